// Review 20E: assignment patterns and empty results of matchAll.
/* eslint-disable prefer-const -- an assignment pattern needs a `let` declared apart */
const re = /(\d)/g;
export function testAssignDestructure(): string {
  let x: RegExpMatchArray | undefined;
  [x] = "1 2".matchAll(re);
  return x ? x[0] : "none";
}
export function testSpreadArgs(): number {
  const f = (...ms: RegExpMatchArray[]): number => ms.length;
  return f(..."1 2 3".matchAll(re));
}
function* again(): Generator<RegExpMatchArray> {
  yield* "7 8".matchAll(re);
}
export function testYieldStar(): string[] {
  return [...again()].map((m) => m[0]);
}
export function testMapCtor(): number {
  return new Map(Array.from("1 2".matchAll(re), (m) => [m[0], m.index ?? 0] as [string, number])).size;
}
function takesIt(it: IterableIterator<RegExpMatchArray>): string {
  const r = it.next();
  return r.done ? "done" : r.value[0];
}
export function testIterParam(): string {
  return takesIt("4 5".matchAll(re));
}
export function testEmptyDestructure(): string {
  const [m] = "abc".matchAll(re);
  return m === undefined ? "undef" : "x";
}
