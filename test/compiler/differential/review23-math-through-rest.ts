// Review 23B M1: the wrapper CS1065 advises where the expected function type takes a rest parameter compiles.
function apply(f: (...xs: number[]) => number, v: number): number {
  return f(v);
}
export function testAbs(): number[] {
  return [apply((...values) => Math.abs(values[0] ?? NaN), -2), apply((...values) => Math.max(...values), 3)];
}
