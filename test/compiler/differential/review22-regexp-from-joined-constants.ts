// Review 22B: a pattern built with `+` from constant strings (`"^" + WORD + "$"`, which TypeScript
// types `string`), directly or through a `const` holding it, is known at compile time as a template
// of the same constants is (CS1031 refused it).
const WORD = "[a-z]+";
const DIGITS = "\\d+";
const WHOLE_WORD = "^" + WORD + "$";
const PAIR = `${WORD}=` + DIGITS;
export function testThroughConstant(): boolean[] {
  const pattern = new RegExp(WHOLE_WORD);
  return [pattern.test("abc"), pattern.test("ab1")];
}
export function testJoinedInTheCall(): string[] {
  return "a=1, b=22, c".match(new RegExp("(" + PAIR + ")", "g")) ?? [];
}
export function testParenthesizedAndLiteral(): boolean {
  return new RegExp("a" + "b" + "c", "i").test("xABCx");
}
// Review 22D: `new RegExp(/ab/g)` copies the literal's pattern and flags; with flags, takes the new ones.
export function testCopyOfALiteral(): (string | boolean | number)[] {
  const copy = new RegExp(/a(b)/g);
  const retagged = new RegExp(/a(b)/g, "i");
  return [copy.source, copy.flags, copy.global, "xabab".replace(copy, "-"), retagged.flags, retagged.test("AB"), "abAB".replace(retagged, "-")];
}
