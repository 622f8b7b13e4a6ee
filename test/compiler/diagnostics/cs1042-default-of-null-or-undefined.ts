// A default applies for undefined only; None cannot say whether a value whose type admits both was null.
interface Row {
  note?: string | null;
}
export function count(limit: number | null = 10): number {
  return limit ?? 0;
}
export function describe(row: Row, cells: unknown[]): string {
  const { note = "none" } = row;
  const [first = "empty"] = cells;
  return `${note ?? ""}${typeof first === "string" ? first : ""}`;
}
