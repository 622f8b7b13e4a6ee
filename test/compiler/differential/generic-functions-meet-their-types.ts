// Generic functions given for function types whose callers pass and read the same kind of value:
// each compiles and runs as in Node (their refused mirrors: diagnostics/cs1037-cs1051-generic-functions-given.ts).
interface Data {
  v: number;
}
class Plain {
  v = 0;
  constructor(v = 0) {
    this.v = v;
  }
  twice(): number {
    return this.v * 2;
  }
}
const same = <T>(x: T): T => x;
function first<T>(xs: T[]): T | undefined {
  return xs[0];
}
function each<T>(xs: T[], visit: (x: T) => void): void {
  for (const x of xs) {
    visit(x);
  }
}
function wrap<T>(x: T): { item: T } {
  return { item: x };
}
function pairUp<K, V>(key: K, value: V): [K, V] {
  return [key, value];
}
function maker<T>(x: T): () => T {
  return () => x;
}
class Keep {
  keep<T>(x: T): T {
    return x;
  }
}
interface PlainKeeper {
  keep(x: Plain): Plain;
}
interface DataKeeper {
  keep(x: Data): Data;
}
function pick<T>(x: T): T;
function pick(x: unknown): unknown {
  return x;
}
export function testIdentityMapsInstances(): number[] {
  return [new Plain(1), new Plain(2)].map(same).map((plain) => plain.twice());
}
export function testIdentityMapsDicts(): number[] {
  const data: Data[] = [{ v: 3 }, { v: 4 }];
  return data.map(same).map((item) => item.v);
}
export function testFirstAsATypedFunction(): number {
  const firstPlain: (xs: Plain[]) => Plain | undefined = first;
  return firstPlain([new Plain(5)])?.twice() ?? -1;
}
export function testEachWithInstances(): number {
  let total = 0;
  const walk: (xs: Plain[], visit: (x: Plain) => void) => void = each;
  walk([new Plain(1), new Plain(6)], (plain) => {
    total += plain.twice();
  });
  return total;
}
export function testEachWithDicts(): number {
  let total = 0;
  const walk: (xs: Data[], visit: (x: Data) => void) => void = each;
  walk([{ v: 2 }, { v: 9 }], (item) => {
    total += item.v;
  });
  return total;
}
export function testWrapAnInstance(): number {
  const wrapPlain: (p: Plain) => { item: Plain } = wrap;
  return wrapPlain(new Plain(7)).item.twice();
}
export function testPairUp(): [string, number] {
  const pairPlain: (key: string, value: Plain) => [string, Plain] = pairUp;
  const [key, plain] = pairPlain("a", new Plain(8));
  return [key, plain.twice()];
}
export function testMakerOfDicts(): number {
  const makeData: (p: Data) => () => Data = maker;
  return makeData({ v: 11 })().v;
}
export function testGenericMethodForEachKind(): number[] {
  const plainKeeper: PlainKeeper = new Keep();
  const dataKeeper: DataKeeper = new Keep();
  return [plainKeeper.keep(new Plain(3)).twice(), dataKeeper.keep({ v: 12 }).v];
}
export function testGenericOverload(): number {
  const apply = (f: (p: Plain) => Plain): number => f(new Plain(13)).twice();
  return apply(pick);
}
export function testWrittenGenericArrow(): number {
  const apply = (f: (p: Data) => Data): number => f({ v: 14 }).v;
  return apply(<T>(x: T): T => x);
}
