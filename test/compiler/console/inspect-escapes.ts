// util.inspect escapes, inside strings and keys, what Node's strEscape escapes: C0 controls, DEL and the
// C1 controls (\x7F to \x9F, upper case), the backslash, the quote it uses, and lone surrogates (\ud83d,
// lower case); a `__proto__` key prints as ['__proto__'].
export function main(): void {
  const emoji = "x😀";
  console.log([emoji.slice(1, 2), "\x85", emoji.slice(2), "\x7f\x80\x9f\xa0", "\x00\x0b\x1b"]);
  console.log({ "\x9f": 1, "\ud83d": 2, "a😀": 3, "\x7f key": 4, "tab\there": 5 });
  console.log("😀".split(""), "ab😀".split(""));
  console.log(["it's \x85", "it's \"\x85", "it's \"`\x85", "it's \"${\x85}", "\udc00\ud800", "\ud83d\ude00"]);
  // Longer than 100 characters: Node escapes with a regular expression instead of its loop.
  const half = emoji.slice(1, 2);
  console.log(["a" + half.repeat(30) + "\x85" + "b".repeat(80)]);
  console.log(["it's " + "\x9f".repeat(120)]);
  console.log({ ["key \x85 " + half]: [half] });
  const parsed = JSON.parse('{"__proto__":5,"b":{"__proto__":[1]}}') as Record<string, number | Record<string, number[]>>;
  console.log(parsed);
  console.log([parsed], { nested: parsed });
}
