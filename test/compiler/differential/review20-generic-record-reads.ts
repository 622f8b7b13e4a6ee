// Review 20: generic record reads by a generic key, in functions and class methods.
function show<K extends string>(r: Record<K, number>, k: K): string {
  return `${k}=${r[k]}`;
}
export function testTemplateAbsent(): string[] {
  const r: Record<string, number> = { a: 1 };
  return [show(r, "a"), show(r, "b")];
}
class Store<K extends string, V extends string | number | boolean> {
  constructor(private data: Record<K, V>) {}
  text(k: K): string {
    return String(this.data[k]);
  }
  get first(): string {
    const keys = Object.keys(this.data) as K[];
    return `${this.data[keys[0]!]}`;
  }
  has(k: K): boolean {
    return this.data[k] !== undefined;
  }
}
export function testClassTemplate(): unknown[] {
  const s = new Store<string, boolean>({ x: true });
  return [s.text("x"), s.text("y"), s.first, s.has("x"), s.has("q")];
}
function pluck<T extends Record<string, number>, K extends keyof T>(items: T[], key: K): T[K][] {
  return items.map((item) => item[key]);
}
export function testPluck(): number[] {
  return pluck([{ a: 1 }, { a: 2 }], "a");
}
function sumBy<T extends Record<string, number>>(items: T[], key: keyof T): number {
  let total = 0;
  for (const item of items) total += item[key] ?? 0;
  return total;
}
export function testSumBy(): number {
  return sumBy(
    [
      { a: 1, b: 2 },
      { a: 3, b: 4 },
    ],
    "b",
  );
}
function truthyCount<K extends string>(r: Record<K, string>, keys: K[]): number {
  return keys.filter((k) => r[k]).length;
}
export function testTruthy(): number {
  return truthyCount<string>({ a: "", b: "x" }, ["a", "b", "c"]);
}
function joinVals<K extends string>(r: Record<K, string[]>, k: K): string {
  return r[k]?.join("+") ?? "none";
}
export function testOptionalChain(): string[] {
  const r: Record<string, string[]> = { a: ["1", "2"] };
  return [joinVals(r, "a"), joinVals(r, "z")];
}
function concatText<K extends string>(r: Record<K, string>, k: K): string {
  return "v:" + r[k];
}
export function testConcatAbsent(): string[] {
  const r: Record<string, string> = { a: "A" };
  return [concatText(r, "a"), concatText(r, "q")];
}
function arr<K extends string>(r: Record<K, number[]>, k: K): string {
  return "v:" + r[k];
}
export function testConcatArrays(): string[] {
  const r: Record<string, number[]> = { a: [1, 2] };
  return [arr(r, "a"), arr(r, "q")];
}
function logIt<K extends string>(r: Record<K, number>, k: K): string {
  const out: string[] = [];
  out.push(JSON.stringify([r[k]]));
  return out.join();
}
export function testJsonAbsent(): string[] {
  const r: Record<string, number> = { a: 1 };
  return [logIt(r, "a"), logIt(r, "z")];
}
