// A tuple of instances given to `xs: T[]` with `T extends Dflt` (review S45V, L8).
class Dflt {
  v = 1;
  twice(): number {
    return this.v * 2;
  }
}
class Sub extends Dflt {
  w = 2;
}
function first<T extends Dflt>(xs: T[]): number {
  return xs[0]!.twice();
}
function firstRO<T extends Dflt>(xs: readonly T[]): number {
  return xs[0]!.twice();
}
export function testTupleToArray(): unknown {
  const pair: [Dflt, Sub] = [new Dflt(), new Sub()];
  const ro: readonly [Sub] = [new Sub()];
  const mixed: (Dflt | Sub)[] = [new Sub()];
  return [first(pair), firstRO(ro), first(mixed), first([new Sub(), new Dflt()]), first<Dflt>([new Sub()])];
}
