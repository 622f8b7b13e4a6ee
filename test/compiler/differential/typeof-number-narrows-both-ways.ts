// `typeof value === "number"` narrows both ways for type checkers, as TypeScript's typeof does: the
// runtime's js_is_number is a TypeIs, so `number | string` is a str where the test is false (pyright
// rejected `value.padStart(…)` in the other branch of an everyday formatter).
function format(value: number | string, width = 8): string {
  return typeof value === "number" ? value.toFixed(2) : value.padStart(width, "_");
}
function size(value: number | string[] | boolean): number {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return value.length;
}
export function testTypeofNumber(): unknown {
  return [format(3.14159), format("ab", 5), size(4), size(true), size(["a", "b"])];
}
