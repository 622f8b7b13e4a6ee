// Found by the fuzzer (seed 41, program 1574): JavaScript orders strings by UTF-16 code unit, Python by code point;
// they disagree between an emoji (a surrogate pair from U+D800) and a character from U+E000 or a lone trail surrogate.
export function testLoneTrailSurrogateAfterEmoji(): boolean {
  const text = "😀x";
  return (text[1] ?? "?") >= text;
}
export function testPrivateUseBeforeEmoji(): boolean[] {
  const high = "\uffff";
  const emoji = "😀";
  return [high < emoji, high > emoji, high <= emoji, high >= emoji];
}
export function testEmojiAgainstAsciiLiteral(): boolean[] {
  const emoji = "😀";
  return [emoji > "z", emoji < "a"];
}
export function testAccentedOrder(): boolean {
  const left = "é";
  const right = "z";
  return left > right;
}
// A fresh list of strings sorted without a comparator: UTF-16 code unit order, as the comparisons.
export function testSortedKeysEmojiAgainstPrivateUse(): string[] {
  const record: Record<string, number> = { "\uffff": 1, "😀": 2, z: 3, "\ue000": 4 };
  return Object.keys(record).sort();
}
export function testSortedSliceEmojiAgainstPrivateUse(): string[] {
  const texts = ["\uffff", "a😀", "a\ue000", "😀"];
  return texts.slice().sort();
}
// Found by the fuzzer (seed 20261202, program 20304): a search starting with the second half of an
// emoji matches inside the emoji in JavaScript, which compares UTF-16 units (Python compared code points).
export function testEndsWithHalfAnEmoji(): boolean[] {
  const text = "a😀x";
  const tail = text.substring(2);
  const head = text.substring(0, 2);
  return [text.endsWith(tail), text.startsWith(head), text.includes(tail), text.includes(head), text.endsWith(tail, 4), text.startsWith(head, 0)];
}
