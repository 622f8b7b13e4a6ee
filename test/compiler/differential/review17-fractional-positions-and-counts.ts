// A fractional position or count is truncated before it is tested (ToIntegerOrInfinity), review 17:
// lastIndexOf(1, -0.5) searched from half a step before the end (IndexError in Python), and
// repeat(-0.5) threw RangeError where Node gives "".
export function testLastIndexOfFractionalPositions(): number[] {
  const items = [1, 2, 3, 2, 1];
  return [
    items.lastIndexOf(1, -0.5),
    items.lastIndexOf(1, -0.99),
    items.lastIndexOf(2, -1.5),
    items.lastIndexOf(2, 3.7),
    items.lastIndexOf(1, 0.5),
    items.lastIndexOf(1, -5.5),
    items.lastIndexOf(1, -4.5),
    items.lastIndexOf(1, -Infinity),
    items.lastIndexOf(1, Infinity),
    [].lastIndexOf(1 as never, -0.5),
  ];
}
export function testIndexOfFractionalPositions(): number[] {
  const items = [1, 2, 3, 2, 1];
  return [
    items.indexOf(1, -0.5),
    items.indexOf(2, -1.5),
    items.indexOf(2, 1.9),
    items.indexOf(1, -5.5),
    "abcab".indexOf("b", -0.5),
    "abcab".lastIndexOf("a", -0.5),
    "abcab".lastIndexOf("b", 3.9),
  ];
}
export function testRepeatFractionalCounts(): string[] {
  const results: string[] = ["ab".repeat(-0.5), "ab".repeat(-0.99), "ab".repeat(0.5), "ab".repeat(2.9), "".repeat(-0.1)];
  for (const count of [-1, -1.5, Infinity, -Infinity]) {
    try {
      results.push("ab".repeat(count));
    } catch (error) {
      results.push(error instanceof RangeError ? `RangeError ${error.message}` : "other");
    }
  }
  return results;
}
