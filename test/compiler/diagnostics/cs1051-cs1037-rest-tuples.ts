// Review S46D, F5: elements past a rest element meet the places counted from the end, and the
// elements between meet the rest's type: a dict where a class is expected, or an instance where a
// data type is expected, there is refused again (323c34e paired only the elements before the rest).
class Plain {
  v = 1;
}
function firstTwo(xs: [Plain, ...Plain[]]): number {
  return xs[0].v + (xs.length > 1 ? xs[1]!.v : 0);
}
function last(xs: [...string[], Plain]): number {
  return (xs[xs.length - 1] as Plain).v;
}
export function trailingRest(): unknown {
  const d = { v: 2 };
  const t: [Plain, { v: number }] = [new Plain(), d];
  return firstTwo(t);
}
export function leadingRest(): unknown {
  const d = { v: 2 };
  const t: [string, { v: number }] = ["a", d];
  return last(t);
}
interface Pt { x: number }
class P { constructor(public x: number) {} }
function lastPoint(xs: [...number[], Pt]): number {
  return (xs[xs.length - 1] as Pt).x;
}
function firstPts(xs: [Pt, ...Pt[]]): number {
  return xs.reduce((a, p) => a + p.x, 0);
}
export function leadingPoints(): unknown {
  const t: [number, P] = [1, new P(5)];
  return lastPoint(t);
}
export function trailingPoints(): unknown {
  const t: [Pt, P] = [{ x: 1 }, new P(5)];
  return firstPts(t);
}
