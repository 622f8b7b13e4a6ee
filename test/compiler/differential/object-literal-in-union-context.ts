// An object literal written where a union of a class and an array, a string, a number or null is
// expected is built as an object: of the union's members it can only be the class (review S45V, L6:
// it was built as a dict, and `x.v` raised AttributeError).
class Dflt {
  v = 1;
  twice(): number {
    return this.v * 2;
  }
}
function nested(xss: Dflt[][]): number {
  return xss[0]![0]!.v;
}
function either(x: Dflt[] | Dflt): number {
  return Array.isArray(x) ? x[0]!.v : x.v;
}
function boxed(b: { item: Dflt }): number {
  return b.item.v;
}
function orNull(x: Dflt | null): number {
  return x === null ? -1 : x.v;
}
function optional(x?: Dflt): number {
  return x === undefined ? -1 : x.v;
}
function orText(x: Dflt | string): number {
  return typeof x === "string" ? -1 : x.v;
}
function instanceOrList(x: Dflt | Dflt[]): number {
  return x instanceof Dflt ? x.v : -2;
}
export function testLiteralsAsObjects(): unknown {
  const mixed: (Dflt | number)[] = [{ v: 8, twice: () => 16 }, 1];
  const first = mixed[0] as Dflt;
  return [
    nested([[{ v: 5, twice: () => 10 }]]),
    either({ v: 7, twice: () => 14 }),
    either([{ v: 6, twice: () => 12 }]),
    boxed({ item: { v: 9, twice: () => 18 } }),
    orNull({ v: 2, twice: () => 4 }),
    optional({ v: 3, twice: () => 6 }),
    orText({ v: 4, twice: () => 8 }),
    orText("text"),
    instanceOrList({ v: 5, twice: () => 10 }),
    first.v,
    first.twice(),
    typeof mixed[1],
  ];
}
class Plain {
  v = 1;
}
export function testFieldOnlyClass(): unknown {
  const pick = (x: Plain[] | Plain | string): number => (typeof x === "string" ? -1 : Array.isArray(x) ? x.length : x.v);
  const made: Plain | string = { v: 11 };
  return [pick({ v: 10 }), pick([{ v: 1 }, { v: 2 }]), pick("x"), typeof made === "string" ? made : made.v];
}
