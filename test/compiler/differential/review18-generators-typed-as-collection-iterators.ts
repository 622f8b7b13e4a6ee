// Review 18 (found by a reviewer's probe, kept as written): a generator passed where ArrayIterator, MapIterator or SetIterator is expected, walked from inside itself, throws TypeError as in Node (the walk was left unchecked because of the type name).
function describe(e: unknown): string {
  return e instanceof TypeError ? "TypeError " + e.message : e instanceof Error ? "Error " + e.message : "other";
}
let log: string[] = [];
let cur: Generator<number, undefined, unknown> | undefined;

function sumArrayIterator(it: ArrayIterator<number>): number {
  let s = 0;
  for (const v of it) s += v;
  return s;
}
function spreadMapIterator(it: MapIterator<number>): number[] {
  return [...it];
}
function fromSetIterator(it: SetIterator<number>): number[] {
  return Array.from(it);
}

function* body(kind: string): Generator<number, undefined, unknown> {
  yield 1;
  const self = cur!;
  try {
    if (kind === "array") log.push(String(sumArrayIterator(self)));
    if (kind === "map") log.push(String(spreadMapIterator(self)));
    if (kind === "set") log.push(String(fromSetIterator(self)));
  } catch (e) {
    log.push(describe(e));
  }
  yield 2;
}
function run(kind: string) {
  log = [];
  cur = body(kind);
  const seen = [...cur];
  return [log, seen];
}
export function testArrayIteratorParam() {
  return run("array");
}
export function testMapIteratorParam() {
  return run("map");
}
export function testSetIteratorParam() {
  return run("set");
}

// Not running: these helpers on real collection iterators and on generators
function* nums(): Generator<number, undefined, unknown> {
  yield 4;
  yield 5;
}
export function testHelpersNotRunning() {
  return [sumArrayIterator(nums()), spreadMapIterator(nums()), fromSetIterator(nums()), sumArrayIterator([1, 2].values())];
}
