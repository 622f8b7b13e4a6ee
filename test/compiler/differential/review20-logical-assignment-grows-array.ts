// Review 20: rows[i] ??= [] as a statement at the array's end grows it, as in JavaScript.
// Group cells into rows by their row number (rows arrive in order, so the array stays dense).
interface Cell {
  row: number;
  col: number;
  text: string;
}
const CELLS: Cell[] = [
  { row: 0, col: 0, text: "a" },
  { row: 0, col: 1, text: "b" },
  { row: 1, col: 0, text: "c" },
  { row: 2, col: 0, text: "d" },
  { row: 2, col: 1, text: "e" },
];
export function testRowsStatement(): unknown {
  const rows: string[][] = [];
  for (const c of CELLS) {
    rows[c.row] ??= [];
    rows[c.row]!.push(c.text);
  }
  return rows.map((r) => r.join(""));
}
export function testWidthsCompound(): unknown {
  const widths: number[] = [];
  for (const c of CELLS) {
    widths[c.col] ||= 0;
    widths[c.col] = Math.max(widths[c.col]!, c.text.length);
  }
  return widths;
}
