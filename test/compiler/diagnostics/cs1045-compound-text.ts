// `target += text` turns the target into text first: where its type admits both null and undefined,
// JavaScript appends to "null" or "undefined", and both are None in Python. Refused; a target that
// admits only one of them is exact.
interface Row {
  note?: string | null;
  title?: string;
}
export function refused(row: Row, cells: (string | null | undefined)[], either?: string | null): string[] {
  either += "x";
  row.note += "y";
  cells[0] += "z";
  return [String(either ?? ""), String(row.note ?? "")];
}
export function accepted(row: Row): string {
  let missing: string | undefined;
  missing += "a";
  row.title += "b";
  return String(missing) + String(row.title);
}
