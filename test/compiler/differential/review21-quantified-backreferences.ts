// Review 21: a backreference to a group that takes part in every match and cannot match empty cannot
// match empty either, so it may be quantified: Markdown's thematic break, a repeated letter, a quoted
// text's closing quote. (A group in an alternative, under a quantifier or a lookaround may take no
// part, and its backreference then matches empty: still refused.)
const THEMATIC_BREAK = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;
const REPEATED = /^(a)(\1)+$/;
const NAMED = /^(?<mark>[=~]{2})(?:\s*\k<mark>)+$/;
const QUOTED = /(["'])((?:(?!\1).)*)\1/g;
export function testThematicBreaks(): boolean[] {
  return ["- - -", "***", "___", " - - - ", "--", "- * -", "-  -  -  -", "    ---"].map((text) => THEMATIC_BREAK.test(text));
}
export function testRepeated(): boolean[] {
  return ["a", "aa", "aaaa", "ab", ""].map((text) => REPEATED.test(text));
}
export function testNamed(): boolean[] {
  return ["== ==", "~~~~", "== ~~", "=="].map((text) => NAMED.test(text));
}
export function testQuoted(): string[][] {
  return [...`say "hi" and 'it''s' "x"`.matchAll(QUOTED)].map((match) => [match[1] ?? "", match[2] ?? ""]);
}
export function testReplaceWithBackreference(): string {
  return "--- and *** and _-_".replace(/([-*_])(\1){2,}/g, "<hr>");
}
