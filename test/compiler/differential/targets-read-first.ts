// JavaScript reads an assignment's target (receiver and key) before it runs the value. A call in
// the value may change what the target reads: a variable bound by destructuring, a property of an
// object (`state.pos`, `this.current`), or a variable a class's field initializer writes (it runs
// in `__init__`, a function of its own). The write must go where the target pointed first.

// Records keyed by number where the key is a `number` variable or field: Python's list index must be an int.
export function testDestructuredVariableChangedByTheValue(): string[] {
  const out: Record<number, string> = { 0: "", 1: "", 2: "", 3: "" };
  let [i] = [0];
  const bump = (): string => {
    i++;
    return "x";
  };
  out[i] += bump();
  out[i] += bump();
  const rec: Record<string, string> = { a: "", b: "" };
  let { k } = { k: "a" };
  const sw = (): string => {
    k = "b";
    return "y";
  };
  rec[k] = sw();
  const counts: Record<number, number> = { 0: 0, 1: 0, 2: 0 };
  let { at: slot } = { at: 0 };
  const move = (): number => {
    slot = 2;
    return 4;
  };
  counts[slot]! += move();
  return [JSON.stringify(out), JSON.stringify(rec), JSON.stringify(counts), String(i), k, String(slot)];
}

function fill({ start }: { start: number }, out: Record<number, string>): void {
  const next = (): string => {
    start++;
    return "x";
  };
  out[start] += next();
  out[start] += next();
}

function fillPairs([first]: [number], out: Record<number, string | undefined>): void {
  const next = (): string => {
    first = 2;
    return "p";
  };
  out[first] ??= next();
}

export function testDestructuredParameterChangedByTheValue(): string[] {
  const out: Record<number, string> = { 0: "", 1: "", 2: "", 3: "" };
  fill({ start: 0 }, out);
  const pairs: Record<number, string | undefined> = {};
  fillPairs([0], pairs);
  let [pos] = [0];
  const bump = (): number => {
    pos = 2;
    return 1;
  };
  const arr: Record<number, string> = { 0: "a", 1: "", 2: "c" };
  arr[pos] ||= String(bump());
  pos = 1;
  arr[pos] ||= String(bump());
  return [JSON.stringify(out), JSON.stringify(pairs), JSON.stringify(arr)];
}

class Writer {
  out: Record<number, string> = { 0: "", 1: "", 2: "" };
  pos = 0;
  nums: Record<number, number> = { 0: 1, 1: 1, 2: 1 };
  next(): string {
    this.pos++;
    return "x";
  }
  nextNumber(): number {
    this.pos++;
    return 5;
  }
  run(): string[] {
    this.out[this.pos] += this.next();
    this.out[this.pos] += this.next();
    this.pos = 0;
    this.nums[this.pos]! += this.nextNumber();
    this.nums[this.pos]! *= this.nextNumber();
    return [JSON.stringify(this.out), JSON.stringify(this.nums), String(this.pos)];
  }
}

export function testPropertyKeyChangedByTheValue(): string[] {
  const state = { pos: 0, key: "a" };
  const out = ["", "", ""];
  const step = (): string => {
    state.pos++;
    return "y";
  };
  out[state.pos] += step();
  out[state.pos] += step();
  const maybe: (string | undefined)[] = [undefined, undefined, undefined];
  state.pos = 0;
  maybe[state.pos] ??= step();
  maybe[state.pos] ||= step();
  const rec: Record<string, number> = {};
  const mk = (): number => {
    state.key = "b";
    return 1;
  };
  rec[state.key] ??= mk();
  const flags: boolean[] = [true, true, true];
  const f = (): boolean => {
    state.pos = 0;
    return false;
  };
  state.pos = 1;
  flags[state.pos] &&= f();
  return [...new Writer().run(), JSON.stringify(out), JSON.stringify(maybe), JSON.stringify(rec), JSON.stringify(flags)];
}

interface Box {
  label: string;
  count?: number;
  total: number;
}

class Cursor {
  boxes: Box[] = [
    { label: "", total: 1 },
    { label: "", total: 1 },
  ];
  current: Box = this.boxes[0]!;
  advance(): number {
    this.current = this.boxes[1]!;
    return 7;
  }
  text(): string {
    this.current = this.boxes[1]!;
    return "t";
  }
  run(): string {
    this.current.count ??= this.advance();
    this.current = this.boxes[0]!;
    this.current.label += this.text();
    this.current = this.boxes[0]!;
    this.current.total -= this.advance();
    this.current = this.boxes[0]!;
    this.current.total **= this.advance();
    return JSON.stringify(this.boxes);
  }
}

interface Counts {
  a: number;
  s: string;
}

export function testPropertyReceiverChangedByTheValue(): string[] {
  const first: Counts = { a: 1, s: "" };
  const second: Counts = { a: 100, s: "" };
  const state = { counts: first };
  const swap = (): number => {
    state.counts = second;
    return 5;
  };
  state.counts.a += swap();
  state.counts = first;
  state.counts.a *= swap();
  state.counts = first;
  state.counts.a = state.counts.a + swap();
  const grids: { grid: number[][] } = {
    grid: [
      [0, 0],
      [0, 0],
    ],
  };
  const other: number[][] = [[9, 9]];
  const replace = (): number => {
    grids.grid = other;
    return 3;
  };
  grids.grid[0]![1]! += replace();
  return [new Cursor().run(), JSON.stringify([first, second]), JSON.stringify(grids), JSON.stringify(other)];
}

// TypeScript narrows a second read of a getter on the right of `??` to undefined; the getter may
// return something else, and is read in JavaScript (found by the fuzz, program 20,289).
class NarrowedTicker {
  reads = 0;
  get maybe(): number | undefined {
    this.reads += 1;
    return this.reads % 2 === 0 ? undefined : this.reads;
  }
}
export function testGetterReadAgainAfterNarrowing(): unknown[] {
  const ticker = new NarrowedTicker();
  ticker.reads = 1;
  return [ticker.maybe ?? (ticker.maybe || 0), ticker.maybe ?? (ticker.maybe && 5) ?? 7, ticker.reads];
}
