// Node's strings hold at most 2^29 - 24 UTF-16 code units: padStart, padEnd and repeat past that
// throw RangeError "Invalid string length" (Python would build the string or raise MemoryError).
function outcome(make: () => string): string {
  try {
    return "length " + String(make().length);
  } catch (error) {
    return String(error instanceof RangeError) + " " + (error as Error).name + ": " + (error as Error).message;
  }
}
export function testPadStartPastTheLimit(): string[] {
  return [outcome(() => "x".padStart(2 ** 40)), outcome(() => "x".padStart(2 ** 29 - 23)), outcome(() => "x".padStart(Infinity))];
}
export function testPadEndPastTheLimit(): string[] {
  return [outcome(() => "x".padEnd(2 ** 30, "ab")), outcome(() => "x".padEnd(2 ** 29 - 23, "\u{1F600}"))];
}
export function testPaddingWithAnEmptyFillNeverThrows(): string[] {
  return [outcome(() => "x".padStart(2 ** 40, "")), outcome(() => "x".padEnd(Infinity, ""))];
}
export function testPaddingBelowTheLengthNeverThrows(): string[] {
  return [outcome(() => "abc".padStart(-Infinity)), outcome(() => "abc".padEnd(NaN)), outcome(() => "abc".padStart(2))];
}
export function testRepeatPastTheLimit(): string[] {
  return [outcome(() => "x".repeat(2 ** 40)), outcome(() => "ab".repeat(2 ** 28)), outcome(() => "x".repeat(2 ** 29 - 23))];
}
export function testRepeatOfAnEmojiCountsItsUnits(): string[] {
  return [outcome(() => "\u{1F600}".repeat(2 ** 28 - 11)), outcome(() => "a\u{1F600}".repeat(2 ** 28))];
}
export function testRepeatCountErrorsComeFirst(): string[] {
  return [outcome(() => "x".repeat(Infinity)), outcome(() => "".repeat(Infinity)), outcome(() => "".repeat(-1))];
}
export function testRepeatOfEmptyTextNeverThrows(): string[] {
  return [outcome(() => "".repeat(2 ** 40)), outcome(() => "ab".repeat(0))];
}
export function testArrayFromPastTheArrayLength(): string[] {
  try {
    return [String(Array.from({ length: 2 ** 32 }).length)];
  } catch (error) {
    return [String(error instanceof RangeError), (error as Error).message];
  }
}
// JSON.stringify too: each array's or object's text is measured before it is built, so that Python
// stops where Node does rather than building gigabytes first. (About 8 s a Python: the two halves
// are quoted first, as in Node.)
export function testJsonStringifyPastTheLimit(): string {
  const half = "x".repeat(2 ** 28 - 2);
  return outcome(() => JSON.stringify([half, half]));
}
