// Review 22C: a `yield` or a spread of a generator in the key or the object of a compound or logical
// assignment runs once (it was emitted twice: the generator yielded or stepped again).
const rec: Record<"a" | "b", number> = { a: 1, b: 2 };
function* g1(): Generator<string, void, undefined> {
  rec[((yield "k") ?? "a") as "a" | "b"] += 10;
}
export function testCompoundYieldKey(): unknown[] {
  rec["a"] = 1;
  const ys = [...g1()];
  return [ys, rec];
}
const r2: Record<string, number | undefined> = {};
function* g2(): Generator<string, void, undefined> {
  r2[(yield "k") ?? "b"] ??= 5;
}
export function testNullishAssignYieldKey(): unknown[] {
  const ys = [...g2()];
  return [ys, r2];
}
const arr = [1, 2, 3];
function* g3(): Generator<string, void, undefined> {
  arr[(yield "i") ?? 1]! *= 2;
}
export function testArrYieldIndex(): unknown[] {
  const ys = [...g3()];
  return [ys, arr];
}
class C {
  v = 1;
}
const cs = [new C(), new C()];
function* g4(): Generator<string, void, undefined> {
  cs[(yield "i") ?? 0]!.v += 1;
}
export function testAttrOfYieldElem(): unknown[] {
  const ys = [...g4()];
  return [ys, cs.map((c) => c.v)];
}
const m = new Map<string, number>([["a", 1]]);
function* g5(): Generator<string, void, undefined> {
  const k = "a";
  m.set(k, (m.get((yield "g") ?? k) ?? 0) + 1);
}
export function testMapGetYield(): unknown[] {
  const ys = [...g5()];
  return [ys, [...m]];
}
let flag: string | undefined = undefined;
function* g6(): Generator<string, void, undefined> {
  flag ??= (yield "f") ?? "x";
  flag ||= (yield "never") ?? "y";
}
export function testLocalLogicalYield(): unknown[] {
  flag = undefined;
  const ys = [...g6()];
  return [ys, flag];
}
