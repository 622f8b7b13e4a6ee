// Review 22C: a `yield` (the consumer runs anything while the generator is paused) and a spread of a
// generator (its body runs) run code: what JavaScript evaluated before them (an assignment's object
// and key, a Set or Map receiver, a switch discriminant) is read once, before them, not again after.
class T {
  s = "a";
  n = 1;
}
let t = new T();
function* g1(): Generator<number, void, undefined> {
  t.s += (yield 0) ?? "b";
}
export function testAttrStringConcat(): string[] {
  t = new T();
  const first = t;
  const it = g1();
  it.next();
  t = new T();
  t.s = "q";
  it.next();
  return [first.s, t.s];
}
function* g2(): Generator<number, void, undefined> {
  t.n &&= (yield 0) ?? 9;
}
export function testAttrAndAssign(): number[] {
  t = new T();
  const first = t;
  const it = g2();
  it.next();
  t = new T();
  t.n = 5;
  it.next();
  return [first.n, t.n];
}
let d: { n: number } = { n: 1 };
function* g3(): Generator<number, void, undefined> {
  d.n += (yield 0) ?? 2;
}
export function testDictCompound(): number[] {
  d = { n: 1 };
  const first = d;
  const it = g3();
  it.next();
  d = { n: 100 };
  it.next();
  return [first.n, d.n];
}
let rec: Record<string, number> = { a: 1 };
const k = "a";
function* g4(): Generator<number, void, undefined> {
  delete rec[(yield 0) ?? k];
}
export function testDelete(): unknown[] {
  rec = { a: 1 };
  const first = rec;
  const it = g4();
  it.next();
  rec = { a: 2 };
  it.next();
  return [first, rec];
}
let a = 0;
function* g5(): Generator<number, void, undefined> {
  ({ x: t.n, y: a } = { x: (yield 0) ?? 3, y: 4 });
}
export function testDestructAssign(): number[] {
  t = new T();
  const first = t;
  const it = g5();
  it.next();
  t = new T();
  it.next();
  return [first.n, t.n, a];
}
let list: number[] = [];
function* g6(): Generator<number, void, undefined> {
  list.unshift((yield 0) ?? 1);
  list.splice(0, 0, (yield 1) ?? 2);
}
export function testUnshiftSpliceReceiver(): number[][] {
  list = [];
  const first = list;
  const it = g6();
  it.next();
  list = [9];
  it.next();
  list = [8];
  it.next();
  return [first, list];
}
let st = new Set<string>();
function* g7(): Generator<number, void, undefined> {
  st.delete((yield 0) ?? "x");
}
export function testSetDeleteReceiver(): string[][] {
  st = new Set(["x"]);
  const first = st;
  const it = g7();
  it.next();
  st = new Set(["x", "y"]);
  it.next();
  return [[...first], [...st]];
}
let mp = new Map<string, number>([["x", 1]]);
function* g8(): Generator<number, void, undefined> {
  mp.delete((yield 0) ?? "x");
}
export function testMapDeleteReceiver(): unknown[] {
  mp = new Map([["x", 1]]);
  const first = mp;
  const it = g8();
  it.next();
  mp = new Map([["x", 2]]);
  it.next();
  return [[...first], [...mp]];
}
let arr2 = [1, 2, 3];
function* g9(): Generator<number, number, undefined> {
  return arr2.indexOf((yield 0) ?? 2) + arr2.length;
}
export function testArrLengthAfter(): unknown[] {
  arr2 = [1, 2, 3];
  const it = g9();
  it.next();
  arr2 = [2];
  return [it.next()];
}
