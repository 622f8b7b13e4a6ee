// Review 22C: a `yield` (the consumer runs anything while the generator is paused) and a spread of a
// generator (its body runs) run code: what JavaScript evaluated before them (an assignment's object
// and key, a Set or Map receiver, a switch discriminant) is read once, before them, not again after.
let idx = 0;
const arr = [0, 0, 0];
function* g1(): Generator<number, void, undefined> {
  arr[idx] = (yield idx) ?? 9;
}
export function testTargetBeforeYield(): number[] {
  idx = 0;
  arr.fill(0);
  for (const _ of g1()) idx = 2;
  return arr.slice();
}
const rec: Record<string, number> = {};
let key = "a";
function* g2(): Generator<number, void, undefined> {
  rec[key] = (yield 1) ?? 5;
}
export function testRecordTargetBeforeYield(): Record<string, number> {
  key = "a";
  for (const _ of g2()) key = "b";
  return rec;
}
class Acc {
  total = 1;
}
let acc = new Acc();
function* g3(): Generator<number, void, undefined> {
  acc.total += (yield 1) ?? 10;
}
export function testCompoundTargetBeforeYield(): number[] {
  const first = acc;
  for (const _ of g3()) {
    acc = new Acc();
    acc.total = 100;
  }
  return [first.total, acc.total];
}
let counter = 1;
function* g4(): Generator<number, void, undefined> {
  const r = counter + ((yield 0) ?? 0);
  counter = r;
}
export function testBinaryReadBeforeYield(): number {
  counter = 1;
  for (const _ of g4()) counter = 50;
  return counter;
}
const m = new Map<string, number>();
let mk = "x";
function* g5(): Generator<number, void, undefined> {
  m.set(mk, (yield 1) ?? 3);
}
export function testMapSetBeforeYield(): unknown[] {
  mk = "x";
  for (const _ of g5()) mk = "y";
  return [...m];
}
let s = "a";
function* g6(): Generator<number, void, undefined> {
  s += String((yield 1) ?? "z");
}
export function testStringCompound(): string {
  s = "a";
  for (const _ of g6()) s = "b";
  return s;
}
let list: number[] = [1];
function* g7(): Generator<number, void, undefined> {
  list.push((yield 1) ?? 2);
}
export function testPushReceiver(): unknown[] {
  list = [1];
  const orig = list;
  for (const _ of g7()) list = [100];
  return [orig, list];
}
function* g8(): Generator<number, void, undefined> {
  const o = { a: idx, b: (yield 1) ?? 0, c: idx };
  arr[0] = o.a;
  arr[1] = o.c;
}
export function testObjectLiteralOrder(): number[] {
  idx = 0;
  arr.fill(0);
  for (const _ of g8()) idx = 7;
  return arr.slice();
}
function* g9(): Generator<number, void, undefined> {
  let i = 0;
  arr[i++] = (yield i) ?? 4;
  arr[i] = 8;
}
export function testIncTarget(): number[] {
  arr.fill(0);
  for (const _ of g9()) arr.fill(1);
  return arr.slice();
}
