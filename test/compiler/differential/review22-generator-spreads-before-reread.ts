// Review 22C: a `yield` (the consumer runs anything while the generator is paused) and a spread of a
// generator (its body runs) run code: what JavaScript evaluated before them (an assignment's object
// and key, a Set or Map receiver, a switch discriminant) is read once, before them, not again after.
let st = new Set<number>([1]);
function* g(): Generator<number> {
  st = new Set<number>();
  yield 1;
}
export function testSpreadGenInHasArg(): boolean {
  st = new Set<number>([1]);
  const it = g();
  return st.has([...it].length);
}
class Acc {
  total = 1;
}
let acc = new Acc();
function* g2(): Generator<number> {
  acc = new Acc();
  acc.total = 100;
  yield 10;
}
export function testSpreadGenInCompound(): number[] {
  acc = new Acc();
  const first = acc;
  const it = g2();
  acc.total += [...it][0] ?? 0;
  return [first.total, acc.total];
}
let mp = new Map<string, number>();
let key = "x";
function* g3(): Generator<number> {
  key = "y";
  yield 3;
}
export function testSpreadGenInMapSet(): unknown[] {
  mp = new Map<string, number>();
  key = "x";
  const it = g3();
  mp.set(key, [...it].length);
  return [...mp];
}
let sw = "a";
function* g4(): Generator<string> {
  sw = "b";
  yield "b";
}
export function testSpreadGenInSwitchCase(): string {
  sw = "a";
  const it = g4();
  switch (sw) {
    case [...it].join(""):
      return "b-case";
    case "a":
      return "a-case";
    default:
      return "none";
  }
}
let words = ["a"];
function* g5(): Generator<string> {
  words = [];
  yield "a";
}
export function testSpreadGenDestructureInIncludes(): boolean {
  words = ["a"];
  const it = g5();
  const [first] = [...it];
  return words.includes(first ?? "");
}
