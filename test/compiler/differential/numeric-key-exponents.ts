// A numeric key is the text JavaScript makes of the number: the literal's exponent is kept.
export function testNumericKeysWithExponents(): string[] {
  const keys = { 1e21: "a", 1e-7: "b", 1.5e300: "c", 2e25: "d", 1_000: "e" };
  return Object.keys(keys);
}
