// Review 22D: an enum member initialised to minus zero is +0, as TypeScript's emit makes it (it writes
// the folded value as text, where -0 prints 0); the member was -0.0 in Python.
/* eslint-disable @typescript-eslint/no-duplicate-enum-values -- the members are all zero on purpose */
enum Zeros {
  Negative = -0,
  Parenthesized = -0,
  Product = 0 * -1,
  Fraction = -0.0,
  Quotient = 0 / -5,
}
const enum Inlined {
  Zero = -0,
}
enum Mixed {
  Negative = -0,
  Half = 0.5,
  Big = 1e21,
  Small = 1e-7,
  Text = "s",
}
export function testNegativeZeroMembers(): string[] {
  return [1 / Zeros.Negative, 1 / Zeros.Parenthesized, 1 / Zeros.Product, 1 / Zeros.Fraction, 1 / Zeros.Quotient, 1 / Inlined.Zero].map(String);
}
export function testObjectIs(): boolean[] {
  return [Object.is(Zeros.Negative, -0), Object.is(Mixed.Negative, 0)];
}
export function testReverseMappingAndKeys(): string[] {
  return [Mixed[0] ?? "none", Mixed[0.5] ?? "none", Mixed[1e21] ?? "none", Mixed[1e-7] ?? "none", JSON.stringify(Object.keys(Mixed)), JSON.stringify(Mixed)];
}
