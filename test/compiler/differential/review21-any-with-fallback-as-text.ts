// Review 21: String() and templates of `x ?? "none"` where x is `any`: TypeScript types the whole `any`,
// but its fallback is never None, so it is no value that may be null or undefined (CS1045 refused the
// very form its advice asks for).
/* eslint-disable @typescript-eslint/no-explicit-any -- values typed `any` are what these cases are about */
export function testAnyNullish(): string {
  const xs: any[] = [null, 1];
  return xs.map((x) => String(x ?? "none")).join(",");
}
export function testAnyNullishTmpl(): string {
  const xs: any[] = [null, 1];
  return xs.map((x) => `${x ?? "none"}`).join(",");
}
