// JavaScript writes "null" or "undefined"; both are None in Python, so text of a value whose type admits
// both is refused. A caught value is never None (only Errors are thrown), and a type that admits one is exact.
export function describe(value: unknown, cells: (number | null | undefined)[], optional?: string): string[] {
  const parts = [String(value), `${cells[0]}`, "cell: " + String(cells[1])];
  try {
    JSON.parse("{");
  } catch (error) {
    parts.push(String(error));
  }
  parts.push(String(optional), `${value ?? "none"}`);
  return parts;
}
