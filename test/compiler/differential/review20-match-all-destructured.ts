// Review 20E: array destructuring of matchAll's result (an iterator, walked once) takes the elements the pattern names, and leaves the rest to a later walk.
const re = /(\d)(\w)?/g;
function count(it: Iterable<RegExpMatchArray>): number {
  let n = 0;
  for (const _m of it) n++;
  return n;
}
function first<T>(it: Iterable<T>): T | undefined {
  for (const v of it) return v;
  return undefined;
}
export function testSpread(): string[] {
  return [..."1a 2b 3".matchAll(re)].map((m) => m[0]);
}
export function testArrayFrom(): string[] {
  return Array.from("1a 2b 3".matchAll(re)).map((m) => m[1] + "@" + m.index);
}
export function testArrayFromMap(): string[] {
  return Array.from("1a 2b 3".matchAll(re), (m) => m[0] + (m[2] ?? "-"));
}
export function testForOf(): string {
  let s = "";
  for (const m of "1a 2b 3".matchAll(re)) s += m[0] + m.index;
  return s;
}
export function testDestructure(): string {
  const [firstM] = "1a 2b 3".matchAll(re);
  return firstM ? firstM[0] : "none";
}
export function testDestructure2(): string {
  const [, second, ...rest] = "1a 2b 3 4".matchAll(re);
  return String(second?.[0]) + rest.length;
}
export function testIterableParam(): number {
  return count("1a 2b 3".matchAll(re));
}
export function testGenericFirst(): string {
  const m = first("x 7y".matchAll(re));
  return m ? m[0] : "none";
}
export function testTwice(): number[] {
  const it = "1 2 3".matchAll(/\d/g);
  const a = [...it];
  const b = [...it];
  return [a.length, b.length];
}
export function testBreakResume(): string[] {
  const it = "1 2 3".matchAll(/\d/g);
  const out: string[] = [];
  for (const m of it) {
    out.push(m[0]!);
    break;
  }
  for (const m of it) out.push("r" + m[0]!);
  return out;
}
export function testStoreArr(): number {
  const ms = [..."aaa".matchAll(/a/g)];
  return ms.length + ms[2]!.index!;
}
export function testLength(): number {
  const ms = Array.from("x1x2".matchAll(/x(\d)/g));
  return ms.reduce((s, m) => s + Number(m[1]), 0);
}
export function testInputProp(): string {
  const m = [..."ab".matchAll(/b/g)][0]!;
  return m.input + m.index;
}
export function testStringOf(): string {
  return String("ab".matchAll(/b/g));
}
export function testMapOverEntries(): string {
  const it = "ab".matchAll(/./g);
  const m = new Map<number, string>();
  for (const x of it) m.set(x.index ?? -1, x[0]);
  return JSON.stringify([...m]);
}
export function testNewSet(): number {
  return new Set(Array.from("abab".matchAll(/./g), (m) => m[0])).size;
}
