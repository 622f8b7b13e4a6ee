// A string, an array, a Map or a function given where a data-only type (a dict in Python) is
// expected: every dict-form access (`x["length"]`, `xs.get("0")`) would raise or read nothing.
function size(x: { length: number }): number {
  return x.length;
}
function first<T>(xs: ArrayLike<T>): T | undefined {
  return xs[0];
}
function len<T extends { length: number }>(x: T): number {
  return x.length;
}
export function main(): number {
  const counted: { size: number } = new Map<string, number>();
  const label: { length: number } | undefined = "label";
  const words: { length: number }[] = ["a", "b"];
  return size("hello") + size([1, 2]) + (first("xyz") === "x" ? 1 : 0) + len("abc") + counted.size + (label?.length ?? 0) + words.length + size({ length: 3 });
}
