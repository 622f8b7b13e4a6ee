// A forEach callback's expression body that writes a property or an element (`(this.n += x)`,
// `(copy[key] = value)`, `box.count++`) compiles as the statement it stands for: forEach reads no value.
class Counter {
  n = 0;
  seen: Record<string, number> = {};
  addAll(xs: number[]): number {
    xs.forEach((x) => (this.n += x));
    return this.n;
  }
  countAll(words: string[]): Record<string, number> {
    words.forEach((word) => (this.seen[word] = (this.seen[word] ?? 0) + 1));
    return this.seen;
  }
}
export function testArrowPropertyWrite(): number {
  return new Counter().addAll([1, 2, 3]);
}
export function testArrowRecordWrite(): Record<string, number> {
  return new Counter().countAll(["a", "b", "a"]);
}
export function testIndexedWrite(): number[] {
  const out: number[] = [0, 0, 0];
  [5, 6, 7].forEach((v, i) => (out[i] = v * 2));
  return out;
}
export function testMapForEach(): Record<string, number> {
  const copy: Record<string, number> = {};
  new Map([
    ["a", 1],
    ["b", 2],
  ]).forEach((value, key) => (copy[key] = value));
  return copy;
}
export function testSetForEach(): { total: number } {
  const box: { total: number } = { total: 0 };
  new Set([1, 2, 3]).forEach((v) => (box.total += v));
  return box;
}
export function testIncrement(): { count: number } {
  const box: { count: number } = { count: 0 };
  ["x", "y"].forEach(() => box.count++);
  return box;
}
export function testThreeParams(): number[] {
  const out: number[] = [];
  const xs = [1, 2, 3];
  xs.forEach((v, i, all) => (out[i] = all.length - v));
  return out;
}
export function testLogical(): Record<string, string> {
  const names: Record<string, string> = { a: "x" };
  ["a", "b"].forEach((k) => (names[k] ??= k.toUpperCase()));
  return names;
}
export function testNestedIndexSideEffect(): number[] {
  const out = [0, 0, 0, 0];
  let j = 0;
  [1, 2].forEach((v) => (out[j++] = v * 10));
  return [...out, j];
}
