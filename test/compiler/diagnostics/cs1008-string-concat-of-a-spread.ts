// `text.concat(...values)` of values that are not all texts by type (`any[]`) is refused, naming what
// to write: join the parts first. A spread of texts or of a text's characters compiles (review S60B).
export function joined(values: any[], parts: string[]): string[] {
  return ["a".concat(...values), "b".concat(...parts, ..."cd")];
}
