class IdSource {
  private nextId = 1;
  static created = 0;
  take(): number {
    IdSource.created++;
    return this.nextId++;
  }
  peekAfter(): number {
    return ++this.nextId;
  }
}

export function testIdsFromAField(): unknown {
  const ids = new IdSource();
  const items = ["a", "b", "c"].map((name) => ({ id: ids.take(), name }));
  return { items, after: ids.peekAfter(), created: IdSource.created };
}

interface Totals {
  count: number;
  sum: number;
  label: string;
}

export function testCompoundOnDataAsValues(): unknown {
  const totals: Totals = { count: 0, sum: 0, label: "t" };
  const seen: number[] = [];
  for (const value of [3, 4.5, -2]) {
    seen.push((totals.sum += value), totals.count++, ++totals.count);
  }
  const labelled = (totals.label += "!");
  const halved = (totals.sum /= 2);
  const rest = (totals.count %= 4);
  const scaled = (totals.sum *= 3) - (totals.sum -= 1);
  const powered = (totals.count **= 2);
  return { totals, seen, labelled, halved, rest, scaled, powered };
}

const values0 = (): number => 2;
export function testAssignmentChains(): unknown {
  class Node2 {
    next: Node2 | null = null;
    constructor(public value: number) {}
  }
  const list = { first: null as Node2 | null, last: null as Node2 | null };
  const made = (list.first = list.last = new Node2(1));
  const record: Record<string, number> = {};
  const values = [(record.a = 5), (record["b"] = values0() + 1)];
  const grid: number[] = [];
  const stored = (grid[2] = 7);
  return { made: made.value, same: list.first === list.last, record, values, grid, stored };
}

let calls = 0;
function next<T>(value: T): T {
  calls++;
  return value;
}

export function testReceiversAndKeysEvaluatedOnce(): unknown {
  calls = 0;
  const boxes = [{ n: 1 }, { n: 10 }];
  const counts: Record<string, number> = { x: 0, y: 100 };
  const a = next(boxes)[next(1)]!.n++;
  const b = ++next(boxes[0]!).n;
  const c = (counts[next("y")]! += next(5));
  const d = (next(counts)[next("x")] = next(42));
  return { a, b, c, d, boxes, counts, calls };
}

export function testOrderOfReadAndValue(): unknown {
  const log: string[] = [];
  const state = {
    get value(): number {
      log.push("get");
      return 10;
    },
    set value(v: number) {
      log.push("set " + v);
    },
  };
  const right = (): number => {
    log.push("right");
    return 5;
  };
  const out = (state.value += right());
  const post = state.value++;
  const pre = --state.value;
  return { out, post, pre, log };
}

class Counter {
  #hits = 0;
  private _total = 0;
  get total(): number {
    return this._total;
  }
  set total(value: number) {
    this._total = Math.max(0, value);
  }
  hit(): number {
    return ++this.#hits;
  }
  add(n: number): number {
    return (this.total += n);
  }
}

export function testAccessorsAndPrivateNames(): unknown {
  const counter = new Counter();
  return [counter.hit(), counter.hit(), counter.add(5), counter.add(-10), counter.total];
}

export function testInsideArrowsAndConditions(): unknown {
  const box = { total: 0 };
  const setTo = (value: number): number => (box.total = value);
  const bump = (): number => box.total++;
  const results = [setTo(3), bump(), bump(), box.total];
  let loops = 0;
  const limit = { left: 3 };
  while (limit.left-- > 0) loops++;
  const stack = { depth: 0 };
  const deeper = [1, 2, 3].map(() => ++stack.depth);
  return { results, loops, left: limit.left, deeper };
}

export function testArrayElementsAsValues(): unknown {
  const items = [1, 2, 3];
  const old = items[0]!++;
  const grown = (items[4] = 9);
  const doubled = (items[1]! *= 2);
  let i = 0;
  const taken = items[i++]!++;
  return { items, old, grown, doubled, taken, i };
}

export function testBigCountsRoundAsDoubles(): unknown {
  const o = { n: 2 ** 53 };
  const a = ++o.n;
  const b = (o.n += 3);
  return [a, b, o.n];
}

export function testBitwiseCompoundAssignmentsAsValues(): unknown {
  const state = { flags: 1, hash: 5381 };
  let mask = 0xff;
  const values = [(state.flags |= 6), (state.flags &= 3), (state.flags ^= 0xffffffff), (state.hash <<= 27), (state.hash >>>= 1), (mask >>= 4), (mask |= -1)];
  return { values, state, mask };
}
