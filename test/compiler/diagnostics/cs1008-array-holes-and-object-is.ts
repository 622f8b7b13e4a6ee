// `new Array(n)` not filled at once by `.fill(value)` holds holes (forEach, map and `in` skip them),
// which a Python list cannot hold; `Array(value)` of one value that may not be a number; Object.is of
// values whose types admit null and undefined between them (one None in Python).
export function holes(count: number): number[] {
  const sparse = new Array<number>(count);
  const partly = new Array<number>(count).fill(0, 1);
  const single = Array<string | number>(count as string | number);
  return [...sparse, ...partly, single.length];
}
export function nones(left: string | null, right: string | undefined): boolean {
  return Object.is(left, right);
}
