// An array of class instances given to a generic parameter `xs: T[]` with `T extends Dflt`: its
// elements meet the constraint (review S45U, K8: refused, CS1051, as if the array itself were given
// where a Dflt is expected).
class Dflt {
  v = 1;
}
type Ds = Dflt[];
function first<T extends Dflt>(xs: T[]): T | undefined {
  return xs[0];
}
export function testGeneric(): unknown {
  const ds: Ds = [new Dflt()];
  const ds2: Dflt[] = [new Dflt()];
  return [first(ds)!.v, first(ds2)!.v];
}
