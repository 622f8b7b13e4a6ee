// Review S48B, F9: a generic function given for a function type. TypeScript instantiates its own
// type parameters with what the type's callers pass, so a value they pass comes back where they read
// another kind of value: a dict read as an object by attributes, or an instance read as a dict.
interface Data {
  v: number;
}
class Plain {
  v = 0;
}
const same = <T>(x: T): T => x;
function one<T>(x: T): T[] {
  return [x];
}
function each<T>(xs: T[], visit: (x: T) => void): void {
  for (const x of xs) {
    visit(x);
  }
}
function wrap<T>(x: T): { item: T } {
  return { item: x };
}
function maker<T>(x: T): () => T {
  return () => x;
}
function taker<T>(): (x: T) => T[] {
  return (x) => [x];
}
class Keep {
  keep<T>(x: T): T {
    return x;
  }
}
interface Keeper {
  keep(x: Data): Plain;
}
// One overload, generic, behind an implementation that takes anything.
function pick<T>(x: T): T;
function pick(x: unknown): unknown {
  return x;
}
// A generic overload among others: it fits any call.
function pickOrAdd<T>(x: T): T;
function pickOrAdd(x: number, y: number): number;
function pickOrAdd(x: unknown, y?: number): unknown {
  return y === undefined ? x : 0;
}
// A generic implementation behind an overload that promises another kind of value: reported at the overload.
function keepAs(x: Data): Plain;
function keepAs<T>(x: T): T {
  return x;
}
function applyOne(f: (p: Data) => Plain): number {
  return f({ v: 4 }).v;
}
export function refused(): void {
  applyOne(same);
  const back: (p: Plain) => Data = same;
  const listed: (p: Data) => Plain[] = one;
  const walk: (xs: Data[], visit: (x: Plain) => void) => void = each;
  const wrapped: (p: Data) => { item: Plain } = wrap;
  const made: (p: Data) => () => Plain = maker;
  const taken: () => (x: Data) => Plain[] = taker;
  const keeper: Keeper = new Keep();
  applyOne(pick);
  applyOne(pickOrAdd);
  applyOne(<T>(x: T): T => x);
  keepAs({ v: 5 });
}
