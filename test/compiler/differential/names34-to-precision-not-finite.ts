// NaN and the infinities print as String() does before toPrecision checks its digit count:
// `NaN.toPrecision(200)` is "NaN" in Node, where the compiled code raised RangeError.

export function testToPrecisionOfNotFinite(): string[] {
  const notANumber = Number("x");
  const infinite = -1 / 0;
  return [notANumber.toPrecision(200), infinite.toPrecision(0), (1 / 0).toPrecision(101), notANumber.toPrecision()];
}
