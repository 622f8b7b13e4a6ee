// Object destructuring reads keys by name: a match array, a list, a string or a Map has none in Python.
export function parts(text: string, items: number[], byName: Map<string, number>): (string | number | undefined)[] {
  const match = /(?<year>\d{4})/.exec(text);
  if (match === null) {
    return [];
  }
  const { index, groups } = match;
  const { length } = items;
  const { size } = byName;
  return [index, groups?.["year"], length, size];
}
