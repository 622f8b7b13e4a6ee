// number.toString(radix) of fractions and of numbers past 2^53: V8's digits (DoubleToRadixCString),
// computed in doubles, rounded to even with carry.
export function testFractionsInEveryRadix(): string[] {
  const values = [255.5, 0.1, 0.5, 1 / 3, 2 / 3, -0.1, 123.456, 99.99, Math.PI, 4.35, 0.3, -1.5, 1e-7, 5e-324];
  const results: string[] = [];
  for (const value of values) {
    for (const radix of [2, 3, 7, 8, 16, 36]) {
      results.push(value.toString(radix));
    }
  }
  return results;
}
export function testLargeNumbers(): string[] {
  const values = [2 ** 53 + 2, 2 ** 60, 1e21, 1e300, -(2 ** 70), 1.7976931348623157e308];
  return values.flatMap((value) => [value.toString(2).length.toString(), value.toString(7), value.toString(36)]);
}
export function testManyValues(): string[] {
  // A fixed pseudo-random walk over magnitudes from 1e-20 to 1e20.
  let seed = 12345;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const results: string[] = [];
  for (let index = 0; index < 400; index++) {
    const value = (next() - 0.5) * 10 ** Math.floor(next() * 40 - 20);
    const radix = 2 + Math.floor(next() * 35);
    results.push(value.toString(radix));
  }
  return results;
}
