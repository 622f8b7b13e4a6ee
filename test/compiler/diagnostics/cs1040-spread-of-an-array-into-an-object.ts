// `{ ...array }` has the indexes as keys in JavaScript; the message names the value's type rather
// than speaking of methods or accessors the literal does not have (review 16).
export function spreadArray(list: number[]): unknown {
  return { ...list };
}
export function spreadMatch(text: string): unknown {
  const match = /(a)/.exec(text)!;
  return { ...match };
}
