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
