// Review 22C: a `yield` (the consumer runs anything while the generator is paused) and a spread of a
// generator (its body runs) run code: what JavaScript evaluated before them (an assignment's object
// and key, a Set or Map receiver, a switch discriminant) is read once, before them, not again after.
let arr: [number, number] = [1, 2];
let i: 0 | 1 = 0;
function* g1(): Generator<number, void, undefined> {
  arr[i] += (yield 0) ?? 10;
}
export function testElemCompound(): number[][] {
  arr = [1, 2];
  i = 0;
  const first = arr;
  const it = g1();
  it.next();
  arr = [5, 6];
  i = 1;
  it.next();
  return [first, arr];
}
let rec: Record<string, number | undefined> = { a: 1 };
let k = "a";
function* g2(): Generator<number, void, undefined> {
  rec[k] ??= (yield 0) ?? 10;
}
export function testRecNullishAssign(): unknown[] {
  rec = { a: undefined };
  k = "a";
  const first = rec;
  const it = g2();
  it.next();
  rec = {};
  k = "b";
  it.next();
  return [first, rec];
}
class C {
  n = 1;
}
let c = new C();
function* g3(): Generator<number, void, undefined> {
  c.n++;
  c.n *= (yield 0) ?? 3;
}
export function testAttrMulAssign(): number[] {
  c = new C();
  const first = c;
  const it = g3();
  it.next();
  c = new C();
  it.next();
  return [first.n, c.n];
}
let counter = 0;
function* g4(): Generator<number, void, undefined> {
  counter += (yield 0) ?? 5;
}
export function testGlobalCompound(): number {
  counter = 1;
  const it = g4();
  it.next();
  counter = 100;
  it.next();
  return counter;
}
function* g5(): Generator<number, number, undefined> {
  let local = 1;
  const f = (): undefined => {
    local = 50;
    return undefined;
  };
  local += ((yield 0) ?? 0) + (f() ?? 1);
  return local;
}
export function testLocalCompoundClosure(): unknown[] {
  const it = g5();
  it.next();
  return [it.next()];
}
