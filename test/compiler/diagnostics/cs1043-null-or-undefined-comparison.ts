// null and undefined are one None in Python: comparing with one of them needs a type that admits only one.
interface Row {
  note?: string | null;
}
export function check(row: Row, cells: unknown[], count: number | null | undefined): boolean[] {
  const first = cells[0];
  const results = [row.note === null, first === undefined, count !== null];
  switch (first) {
    case null:
      results.push(true);
      break;
    default:
      results.push(false);
  }
  return results;
}
export function optional(read: () => unknown): boolean {
  return read() === null;
}
