// Review 20: x === undefined || x === null (and x !== null && x !== undefined) together ask x == null, which None answers: compiled, where CS1043 refused each half.
type Value = string | number | null | Value[];
function show(v: Value | undefined): string {
  if (v === undefined || v === null) return "-";
  return String(v);
}
function show2(v: Value | undefined): string {
  if (v === null || v === undefined) return "-";
  return Array.isArray(v) ? "list" : String(v);
}
function present(a: number | null | undefined): boolean {
  return a !== null && a !== undefined && a > 1;
}
function chained(v: Value | undefined): string {
  return v === undefined || v === null || v === "" ? "empty" : "full";
}
export function testPairs(): unknown[] {
  return [
    show(undefined),
    show(null),
    show(3),
    show2(undefined),
    show2(null),
    show2([1]),
    present(undefined),
    present(null),
    present(2),
    chained(""),
    chained(null),
    chained(undefined),
    chained("x"),
  ];
}
