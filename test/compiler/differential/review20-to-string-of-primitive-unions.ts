// Review 20: x.toString() of a number | string | boolean is what String(x) gives.
export function testA(): string[] {
  const values: (number | string | boolean)[] = [1, "a", true, -0, 1e21, 0.1 + 0.2, false, NaN];
  return values.map((x) => x.toString());
}
export function testB(x: number | boolean): string {
  return x.toString() + "!";
}
export function testC(): string {
  return testB(2.5) + testB(false);
}
