// Object.fromEntries of entries that are not typed as pairs: TypeScript types the result `any`, though a
// line without "=" gives a value that is undefined, and a key that may be undefined is "undefined".
export function parse(text: string): Record<string, string> {
  return Object.fromEntries(text.split("\n").map((line) => line.split("=")));
}
export function byLabel(rows: { label?: string; count: number }[]): Record<string, number> {
  return Object.fromEntries(rows.map((row) => [row.label, row.count]));
}
