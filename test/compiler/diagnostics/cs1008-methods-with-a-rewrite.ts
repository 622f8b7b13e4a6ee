// Methods refused with the exact rewrite to write instead: substr's start below 0 counts from the
// end and stops at the beginning, and its length is never negative (review 19: the advice gave ""
// for "abcd".substr(-10, 2), which is "ab").
export function legacySubstring(text: string): string[] {
  return [text.substr(-10, 2), text.substr(1)];
}

export function otherRewrites(text: string, values: number[]): string[] {
  return [text.normalize(), text.valueOf(), values.toLocaleString()];
}
