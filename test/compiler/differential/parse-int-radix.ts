// parseInt past 2^53 in radixes other than 2, 4, 8, 10, 16 and 32 rounds as V8 does: 32-bit parts
// accumulated in a double, cut after leading zeros are skipped (found by the 100,000-program run:
// parseInt("0x1f2147483647", 36) differed in the last digit).
export function testLeadingZerosDoNotMoveTheCuts(): number[] {
  return [parseInt("0x1f2147483647", 36), parseInt("08a2155435b951a7451", 12), parseInt("007i6e17b7dh9ie9j9908i5", 20), parseInt("000z".repeat(6), 36)];
}
export function testManyStrings(): number[] {
  let seed = 99;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz";
  const results: number[] = [];
  for (let index = 0; index < 300; index++) {
    const radix = 2 + Math.floor(next() * 35);
    let text = "0".repeat(Math.floor(next() * 4));
    const length = 1 + Math.floor(next() * 30);
    for (let position = 0; position < length; position++) {
      text += digits[Math.floor(next() * radix)] ?? "0";
    }
    results.push(parseInt(next() < 0.3 ? text.toUpperCase() : text, radix));
  }
  return results;
}
