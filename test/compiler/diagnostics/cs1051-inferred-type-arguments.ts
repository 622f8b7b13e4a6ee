// Review S46A: plain objects given for a type parameter constrained by a class where the declared
// type holds it beyond the places the walk pairs (a Record's values, an intersection, a callback's
// result, a rest tuple, an Iterable, five arrays deep) are refused by what TypeScript inferred for
// T (F1–F3, F6, F9); class instances given for T constrained by data likewise (CS1046). A dict
// variable given where a union of a class and a string or an array, or a tuple of a class, is
// expected is refused where it stands (F4), as are instances in a tuple of a data type (F8, CS1037).
// A computed key in a literal built as an object says why it is one (F7).
class Dflt {
  v = 1;
}
interface Pt {
  x: number;
}
class P {
  constructor(public x: number) {}
}
function fromRecord<T extends Dflt>(r: Record<string, T>): number {
  return r["a"]!.v;
}
function fromIntersection<T extends Dflt>(b: { item: T } & { n: number }): number {
  return b.item.v + b.n;
}
function fromCallback<T extends Dflt>(make: () => T): number {
  return make().v;
}
function fromRestTuple<T extends Dflt>(...xs: [string, ...T[]]): number {
  return xs.length > 1 ? (xs[1] as T).v : 0;
}
function fromIterable<T extends Dflt>(xs: Iterable<T>): number {
  let n = 0;
  for (const x of xs) n += x.v;
  return n;
}
function fromDeep<T extends Dflt>(xs: T[][][][][]): number {
  return xs[0]![0]![0]![0]![0]!.v;
}
function dataFromRecord<T extends Pt>(r: Record<string, T>): number {
  return r["a"]!.x;
}
function dataFromCallback<T extends Pt>(make: () => T): number {
  return make().x;
}
function either(x: Dflt | string): number {
  return typeof x === "string" ? -1 : x.v;
}
function oneOrMany(x: Dflt | Dflt[]): number {
  return x instanceof Dflt ? x.v : x.length;
}
function second(xs: [Dflt, Dflt]): number {
  return xs[1].v;
}
function secondPoint(xs: [Pt, Pt]): number {
  return xs[1].x;
}
export function refused(): unknown {
  const plain = { v: 3 };
  const pair: [{ v: number }, { v: number }] = [{ v: 1 }, { v: 3 }];
  const points: [P, P] = [new P(1), new P(2)];
  const key = "v" as const;
  const built: Dflt | string = { [key]: 3 };
  return [
    fromRecord({ a: { v: 3 } }),
    fromIntersection({ item: { v: 3 }, n: 1 }),
    fromCallback(() => ({ v: 3 })),
    fromRestTuple("a", { v: 3 }),
    fromIterable([{ v: 2 }]),
    fromDeep([[[[[{ v: 2 }]]]]]),
    dataFromRecord({ a: new P(3) }),
    dataFromCallback(() => new P(4)),
    either(plain),
    oneOrMany([plain]),
    second(pair),
    secondPoint(points),
    built,
  ];
}
