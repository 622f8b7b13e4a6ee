// Review 22C: a `yield` (the consumer runs anything while the generator is paused) and a spread of a
// generator (its body runs) run code: what JavaScript evaluated before them (an assignment's object
// and key, a Set or Map receiver, a switch discriminant) is read once, before them, not again after.
let xs = [1, 2];
function* g1(): Generator<number, boolean, undefined> {
  return xs.includes((yield 0) ?? 1);
}
export function testIncludesReceiverBeforeYield(): unknown[] {
  xs = [1, 2];
  const it = g1();
  it.next();
  xs = [5];
  return [it.next()];
}
let rec: Record<string, number> = { a: 1 };
function* g2(): Generator<number, boolean, undefined> {
  return ((yield 0) ?? "a") in rec;
}
export function testInBeforeYield(): unknown[] {
  rec = { a: 1 };
  const it = g2();
  it.next();
  rec = {};
  return [it.next()];
}
class Box {
  n = 0;
  s = "x";
}
let box = new Box();
function* g3(): Generator<number, void, undefined> {
  box.n ||= (yield 0) ?? 7;
}
export function testLogicalAssignReceiver(): number[] {
  box = new Box();
  const first = box;
  const it = g3();
  it.next();
  box = new Box();
  it.next();
  return [first.n, box.n];
}
let sw = "a";
function* g4(): Generator<number, string, undefined> {
  switch (sw) {
    case (yield 1) ?? "b":
      return "matched b";
    case "a":
      return "matched a";
    default:
      return "none";
  }
}
export function testSwitchDiscriminantBeforeYield(): unknown[] {
  sw = "a";
  const it = g4();
  it.next();
  sw = "b";
  return [it.next()];
}
let nums = [3, 1, 2];
function* g5(): Generator<number, number, undefined> {
  return nums.indexOf((yield 0) ?? 1);
}
export function testIndexOfReceiver(): unknown[] {
  nums = [3, 1, 2];
  const it = g5();
  it.next();
  nums = [1];
  return [it.next()];
}
let text = "hello";
function* g6(): Generator<number, boolean, undefined> {
  return text.startsWith((yield 0) ?? "h");
}
export function testStartsWithReceiver(): unknown[] {
  text = "hello";
  const it = g6();
  it.next();
  text = "world";
  return [it.next()];
}
let base = 10;
function* g7(): Generator<number, number, undefined> {
  return Math.max(base, (yield 0) ?? 0);
}
export function testArgBeforeYield(): unknown[] {
  base = 10;
  const it = g7();
  it.next();
  base = 0;
  return [it.next()];
}
const mp = new Map<string, number>([["a", 1]]);
let mkey = "a";
function* g8(): Generator<number, number, undefined> {
  return (mp.get(mkey) ?? 0) + ((yield 0) ?? 0);
}
export function testMapGetBeforeYield(): unknown[] {
  mkey = "a";
  const it = g8();
  it.next();
  mkey = "zz";
  return [it.next()];
}
let flag = true;
function* g9(): Generator<number, string, undefined> {
  return `${flag}-${(yield 0) ?? "u"}`;
}
export function testTemplateBeforeYield(): unknown[] {
  flag = true;
  const it = g9();
  it.next();
  flag = false;
  return [it.next()];
}
