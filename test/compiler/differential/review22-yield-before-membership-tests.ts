// Review 22C: a `yield` (the consumer runs anything while the generator is paused) and a spread of a
// generator (its body runs) run code: what JavaScript evaluated before them (an assignment's object
// and key, a Set or Map receiver, a switch discriminant) is read once, before them, not again after.
let st = new Set<number>([1]);
function* g1(): Generator<number, boolean, undefined> {
  return st.has((yield 0) ?? 1);
}
export function testSetHasReceiver(): unknown[] {
  st = new Set<number>([1]);
  const it = g1();
  it.next();
  st = new Set<number>();
  return [it.next()];
}
let mp = new Map<string, number>([["a", 1]]);
function* g2(): Generator<number, boolean, undefined> {
  return mp.has((yield 0) ?? "a");
}
export function testMapHasReceiver(): unknown[] {
  mp = new Map<string, number>([["a", 1]]);
  const it = g2();
  it.next();
  mp = new Map<string, number>();
  return [it.next()];
}
let words = ["a", "b"];
function* g3(): Generator<number, boolean, undefined> {
  return words.includes((yield 0) ?? "a");
}
export function testStrArrayIncludesReceiver(): unknown[] {
  words = ["a", "b"];
  const it = g3();
  it.next();
  words = [];
  return [it.next()];
}
let text = "abc";
function* g4(): Generator<number, boolean, undefined> {
  return text.includes((yield 0) ?? "a");
}
export function testStringIncludesReceiver(): unknown[] {
  text = "abc";
  const it = g4();
  it.next();
  text = "zzz";
  return [it.next()];
}
let mp2 = new Map<string, number>([["a", 1]]);
function* g5(): Generator<number, number, undefined> {
  return mp2.get((yield 0) ?? "a") ?? -1;
}
export function testMapGetReceiver(): unknown[] {
  mp2 = new Map<string, number>([["a", 1]]);
  const it = g5();
  it.next();
  mp2 = new Map<string, number>([["a", 2]]);
  return [it.next()];
}
let rec: Record<string, number> = { a: 1 };
function* g6(): Generator<number, number, undefined> {
  return rec[(yield 0) ?? "a"] ?? -1;
}
export function testRecordIndexReceiver(): unknown[] {
  rec = { a: 1 };
  const it = g6();
  it.next();
  rec = { a: 2 };
  return [it.next()];
}
let arr = [10, 20];
function* g7(): Generator<number, number, undefined> {
  return arr[(yield 0) ?? 0] ?? -1;
}
export function testArrayIndexReceiver(): unknown[] {
  arr = [10, 20];
  const it = g7();
  it.next();
  arr = [30];
  return [it.next()];
}
let sx = "hello";
function* g8(): Generator<number, string, undefined> {
  return sx.slice((yield 0) ?? 1);
}
export function testSliceReceiver(): unknown[] {
  sx = "hello";
  const it = g8();
  it.next();
  sx = "world";
  return [it.next()];
}
let sx2 = "a-b";
function* g9(): Generator<number, string[], undefined> {
  return sx2.split((yield 0) ?? "-");
}
export function testSplitReceiver(): unknown[] {
  sx2 = "a-b";
  const it = g9();
  it.next();
  sx2 = "c-d";
  return [it.next()];
}
let items = [3, 1, 2];
function* g10(): Generator<number, string, undefined> {
  return items.join((yield 0) ?? ",");
}
export function testJoinReceiver(): unknown[] {
  items = [3, 1, 2];
  const it = g10();
  it.next();
  items = [9];
  return [it.next()];
}
let o = { k: 1 };
function* g11(): Generator<number, boolean, undefined> {
  return ((yield 0) ?? "k") in o;
}
export function testInObj(): unknown[] {
  o = { k: 1 };
  const it = g11();
  it.next();
  o = { k: 2 };
  return [it.next()];
}
