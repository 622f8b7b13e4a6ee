// `toExponential` rounds the exact value of the double with halves away from zero (Python's `%e`
// rounds halves to even: `(2.5).toExponential(0)` would be "2e+00"), and NaN and the infinities print
// before the digit count is checked.

const VALUES = [0, -0, 1, 2.5, 1.45, 9.96, 123456, 1e21, 5e-324, -1.5e-7, 0.1, 1 / 3, 2 ** 53 + 2, 1.7976931348623157e308, 0.00015, 25, 35, -0.5];

export function testToExponentialShortest(): string[] {
  return VALUES.map((value) => value.toExponential());
}

export function testToExponentialDigits(): string[][] {
  return VALUES.map((value) => [0, 1, 2, 5, 20, 100].map((digits) => value.toExponential(digits)));
}

export function testToExponentialArguments(): string[] {
  const out: string[] = [];
  for (const digits of [-1, 101, Number("x"), 1.9, 0.5]) {
    try {
      out.push((12.5).toExponential(digits));
    } catch (error) {
      out.push(error instanceof RangeError ? `RangeError: ${error.message}` : "other");
    }
  }
  return out;
}

export function testNotFiniteBeforeTheArgument(): string[] {
  const notANumber = Number("x");
  const infinite = -1 / 0;
  return [notANumber.toExponential(200), infinite.toExponential(-5), (1 / 0).toExponential()];
}
