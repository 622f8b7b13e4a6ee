// util.inspect groups arrays of more than 6 items in columns measured by display width (Node's
// getStringWidth): East Asian wide and fullwidth characters and emoji count 2, combining marks, format
// characters and zero-width spaces 0, after NFC; padding is by that width.
export function main(): void {
  console.log(["日本語", "a", "b", "c", "d", "e", "f", "g"]);
  console.log(["日本", "a", "b", "c", "d", "e", "f", "g"]);
  console.log(["a😀b", "ab", "abc", "abcd", "a", "b", "c", "d", "e", "f"]);
  console.log(["e\u0301", "ée", "x", "y", "z", "w", "v", "u", "t"]);
  console.log(["\u200b\u200b\u200b", "a\u200d", "\u00ad", "b", "c", "d", "e", "f", "g"]);
  console.log(["Ａ", "ＡＢ", "ｱ", "ｱｲｳ", "a", "b", "c", "d", "e", "f", "g"]);
  console.log(["❤", "⌚", "🇯🇵", "👍🏽", "a", "b", "c", "d", "e", "f", "g"]);
  console.log(["한국어", "中文字符", "ひらがな", "カタカナ", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]);
  console.log(Array.from({ length: 26 }, (_, index) => String.fromCharCode(0x4e00 + index * 7).repeat((index % 4) + 1)));
  console.log({ nested: ["日本語", "a", "b", "c", "d", "e", "f", "g"], other: Array.from({ length: 12 }, (_, index) => "😀".repeat(index % 3)) });
  console.log([["日本語", "a", "b", "c", "d", "e", "f", "g"], "x\u0308y", "Ω", "\u2126", "ß", "ﬁ", "\u3000", "·"]);
}
