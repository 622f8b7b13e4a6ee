// A computed key is its value's text: JavaScript writes "undefined" for undefined and "null" for null,
// both None in Python, so a key whose type admits both (`any`) is refused, as an element access's
// key is (review S60, t14: `{ [k]: 1 }` of `k: any = undefined` made the key "null"). A number key
// and a text are exact.
export function keyedTables(anyKey: any, position: number, label: string | undefined): Record<string, number>[] {
  return [{ [anyKey]: 1 }, { [position]: 2 }, { [String(label)]: 3 }];
}
