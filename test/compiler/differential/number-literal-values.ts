// Number literals are written as exactly the double JavaScript holds: integers past 2^53 by their
// exact value (the shortest text is another Python int), non-finite values and -0 as math.inf,
// math.nan and -0.0 (with math imported), also as enum members.
enum Large {
  D = 2 ** 60 + 1,
  F = 12345678901234567890,
}

enum Limit {
  Zero = 0,
  Max = 1 / 0,
  Missing = 0 / 0,
  Neg = -0,
}

export function testIntegersPastTwoToTheFiftyThree(): unknown[] {
  const big = 12345678901234567890;
  const hash = 0xdeadbeefcafebabe;
  return [big % 10, big | 0, big >>> 0, 18446744073709551616 === 2 ** 64, big % 1000 === 0, hash % 1000, hash >>> 0, (hash & 0xffff).toString(16), -big % 10];
}

export function testEnumMembersPastTwoToTheFiftyThree(): number[] {
  return [Large.F % 10, Large.D % 10];
}

export function testNonFiniteAndNegativeZero(): string[] {
  const huge = 1e999;
  return [String(huge), String(-huge), String(-1e999), String(Limit.Max), String(Limit.Missing), String(Limit.Zero)];
}
