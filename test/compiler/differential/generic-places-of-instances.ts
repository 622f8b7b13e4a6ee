// Instances at nested places of a generic's type parameter, and object literals given with the type
// argument written out (review S45V, L5: plain objects there are refused, CS1051).
class Dflt {
  v = 1;
  twice(): number {
    return this.v * 2;
  }
}
class Sub extends Dflt {
  w = 2;
}
function nested<T extends Dflt>(xss: T[][]): number {
  return xss[0]![0]!.v + xss[0]![0]!.twice();
}
function either<T extends Dflt>(x: T[] | T): number {
  return Array.isArray(x) ? x[0]!.v : x.twice();
}
function boxed<T extends Dflt>(b: { item: T; count?: number }): number {
  return b.item.v + (b.count ?? 0);
}
function firstTuple<T extends Dflt>(xs: [T, T]): number {
  return xs[1].twice();
}
export function testInstancesAtDepth(): unknown {
  const sub = new Sub();
  sub.v = 4;
  const pair: [Sub, Dflt] = [sub, new Dflt()];
  return [nested([[sub]]), nested([[], [new Dflt()]].reverse()), either([sub]), either(sub), boxed({ item: sub, count: 2 }), firstTuple(pair)];
}
export function testLiteralsWithTypeArguments(): unknown {
  return [nested<Dflt>([[{ v: 5, twice: () => 0 }]]), either<Dflt>({ v: 7, twice: () => 70 }), boxed<Dflt>({ item: { v: 9, twice: () => 1 } })];
}
