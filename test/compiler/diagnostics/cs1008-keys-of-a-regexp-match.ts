// A match array's own keys are its indexes and index, input and groups; the compiled match is a
// list with the indexes only (review 16: Object.keys gave ["0", "1"] where Node gives five keys, and
// Object.assign raised TypeError).
export function keys(text: string): string[] {
  const match = /(a)(b)?/.exec(text)!;
  return Object.keys(match);
}
export function values(text: string): unknown[] {
  const match = text.match(/(a)(b)?/)!;
  return [Object.values(match), Object.entries(match)];
}
export function copy(text: string): unknown {
  const match = /(a)/.exec(text)!;
  return Object.assign({}, match);
}
