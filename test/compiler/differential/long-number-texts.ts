// Number texts longer than a double or than Python's 4,300-digit int limit: Node gives Infinity or
// the value, where int() would raise OverflowError or ValueError. Results are strings so that
// Infinity does not turn into JSON's null.
export function testParseIntOf310Digits(): string[] {
  return [String(parseInt("1" + "0".repeat(309))), String(parseInt("-" + "9".repeat(400)))];
}
export function testParseIntJustBelowTheLargestDouble(): string[] {
  return [String(parseInt("17976931348623157" + "0".repeat(292))), String(parseInt("1" + "0".repeat(308)))];
}
export function testParseIntOfHexPastTheLargestDouble(): string[] {
  return [String(parseInt("f".repeat(300), 16)), String(parseInt("0x" + "f".repeat(300))), String(parseInt("1".repeat(1100), 2))];
}
export function testParseIntPastTheDigitLimitWithLeadingZeros(): string[] {
  return [String(parseInt("0".repeat(5000) + "7")), String(parseInt("-" + "0".repeat(5000) + "12345678901234567890"))];
}
export function testParseIntPastTheDigitLimit(): string[] {
  return [String(parseInt("3".repeat(5000))), String(parseInt("0".repeat(5000) + "7", 16)), String(parseInt("0".repeat(5000) + "z", 36))];
}
export function testParseIntOfNegativeZerosPastTheLimit(): string[] {
  const zero = parseInt("-" + "0".repeat(5000));
  return [String(zero === 0 && 1 / zero < 0)];
}
export function testNumberParseIntOfLongTexts(): string[] {
  return [String(Number.parseInt("1" + "0".repeat(309))), String(Number.parseInt("0".repeat(5000) + "42", 10))];
}
export function testParseIntOfLongTextsWithATail(): string[] {
  return [String(parseInt("9".repeat(400) + "abc")), String(parseInt("  +" + "0".repeat(4400) + "5.5e3"))];
}
export function testJsonParseOfLongIntegers(): string[] {
  const values = JSON.parse("[" + "1".repeat(400) + ", -" + "2".repeat(5000) + ", 1" + "0".repeat(308) + "]") as number[];
  return values.map((value) => String(value));
}
export function testJsonParseOfALongIntegerAlone(): string {
  return String(JSON.parse("9".repeat(310)) as number);
}
export function testNumberOfLongTexts(): string[] {
  return [
    String(Number("1" + "0".repeat(400))),
    String(Number("0".repeat(5000) + "3")),
    String(Number("0x" + "f".repeat(300))),
    String(Number("0b" + "1".repeat(1100))),
    String(Number("0o" + "7".repeat(400))),
  ];
}
export function testParseFloatOfLongTexts(): string[] {
  return [String(parseFloat("1" + "0".repeat(400))), String(parseFloat("0".repeat(5000) + "3.5")), String(Number.parseFloat("-" + "9".repeat(5000)))];
}
export function testUnaryPlusOfALongText(): string {
  const text = "1" + "0".repeat(400);
  return String(+text);
}
