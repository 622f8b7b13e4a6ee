// Number's and Math's constants as the doubles Node holds (Number.MAX_VALUE and MIN_VALUE were refused).
export function testNumberLimits(): string[] {
  return [String(Number.MAX_VALUE), String(Number.MIN_VALUE), String(Number.MAX_VALUE * 2), String(Number.MIN_VALUE / 2)];
}
export function testNumberLimitsAreExact(): boolean[] {
  return [Number.MAX_VALUE === 1.7976931348623157e308, Number.MIN_VALUE === 5e-324, Number.MIN_VALUE > 0, Number.MAX_VALUE + 1 === Number.MAX_VALUE];
}
export function testOtherNumberConstants(): string[] {
  return [
    String(Number.EPSILON),
    String(Number.NEGATIVE_INFINITY),
    String(Number.POSITIVE_INFINITY),
    String(Number.NaN),
    String(Number.MIN_SAFE_INTEGER),
    String(Number.MAX_SAFE_INTEGER),
    String(1 + Number.EPSILON > 1),
  ];
}
export function testMathConstants(): string[] {
  return [
    String(Math.LN2),
    String(Math.LN10),
    String(Math.LOG2E),
    String(Math.LOG10E),
    String(Math.SQRT2),
    String(Math.SQRT1_2),
    String(Math.PI),
    String(Math.E),
  ];
}
