// Each pattern below would match differently in Python's re: the compiler refuses it and says why.
export const sticky = /a/y;
export const indices = /a/d;
export const setNotation = new RegExp("[\\p{L}--a]", "v");
export const emptyIterations = /(?:a|)*/;
export const capturedInRepetition = /(?:(a)|b)+/;
export const variableLookbehind = /(?<=a|bc)x/;
export const captureInLookbehind = /(?<=(a))x/;
export const caseInsensitiveBackreference = /(a)\1/i;
export const legacyOctal = new RegExp("\\8");
export const annexBControl = /\c1/;
export const quantifiedLookahead = /(?=a)*/;
export const unicodeGroupName = /(?<café>a)/;
export const hugeRepetition = /a{100000}/;
export const incompleteUnicodeEscape = new RegExp("\\u{41}");
export function fromConstants(): RegExp {
  return new RegExp("(a*)+b", "g");
}
export const invalid = new RegExp("(a");
export function splitWithOptionalGroup(text: string): string[] {
  return text.split(/(\d)|-/);
}
export function splitWithUnseenPattern(text: string, separator: RegExp): string[] {
  return text.split(separator);
}
export const betweenEmojiHalves = /(?<!x)/gu;
// Python 3.8 keeps what a group inside a negative lookahead matched before the lookahead's body
// failed; JavaScript reads it as undefined (review 16: "ac" gave group 1 "a" on 3.8).
export const captureInNegativeLookahead = /(?!(a)b)\w+/;
export const namedCaptureInNegativeLookahead = /^(?!(?<unit>px)\d)\w+$/;
// Python reads \100 and up as an octal escape: a backreference past group 99 cannot be written.
export const backreferencePastGroup99 = /(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(b)\100/;
// A backreference to a group in an alternative may match empty (the group took no part): quantified,
// it is refused; to a group that takes part in every match it is not (a differential case).
export const quantifiedBackreferenceToOptionalGroup = /^(?:(a)|b)(\s*\1){2,}$/;
