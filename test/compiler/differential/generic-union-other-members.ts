// A value given as the other member of a union beside a type parameter (`x: T | string` given a
// string) is that member's, not T's: compiled, where 221c2d5 refused it (review S46A, F5). Object
// literals passed on by `?:`, `&&`, `||` and spreads of data into a literal built as an object compile too.
class Shape {
  constructor(public name: string) {}
  area(): number {
    return this.name.length;
  }
}
interface Pt {
  x: number;
}
class Marker {
  label = "m";
}
class Plain {
  v = 1;
}
function describe<T extends Shape>(x: T | string): string {
  return typeof x === "string" ? x : x.name + x.area();
}
function count<T extends Shape>(x: T | number): number {
  return typeof x === "number" ? x : x.area();
}
function firstOr<T extends Shape>(xs: T[] | string[]): string {
  const first = xs[0];
  return first === undefined ? "" : typeof first === "string" ? first : first.name;
}
function show<T extends Pt>(x: T | Marker): string {
  return x instanceof Marker ? x.label : String(x.x);
}
function pick<T extends Shape>(b: { item: T } | { item: string }): string {
  return typeof b.item === "string" ? b.item : b.item.name;
}
export function testOtherMembers(): unknown {
  return [
    describe("circle"),
    describe(new Shape("square")),
    count(4),
    count(new Shape("ab")),
    firstOr(["a", "b"]),
    firstOr([new Shape("q")]),
    show(new Marker()),
    show({ x: 2 }),
    pick({ item: "x" }),
    pick({ item: new Shape("s") }),
  ];
}
export function testLiteralsPassedOn(): unknown {
  const flag = [1].length > 0;
  const base = { v: 2 };
  const s: Plain | string = flag ? { v: 1 } : "x";
  // `||` rather than `flag && { … }`: Python's checkers type `flag and x` as `bool | …` when assigned.
  const empty = [""][0]!;
  const t: Plain | string = empty || { v: 2 };
  const u: Plain | string = flag ? "z" : { v: 3 };
  const copied: Plain = { ...base };
  const replaced: Plain | string = { ...base, v: 3 };
  return [...[s, t, u, replaced].map((item) => (typeof item === "string" ? item : item.v)), copied.v];
}
