// A compound or logical assignment reads its target and writes it after: JavaScript evaluates the
// target's receiver and key once for both, whatever they run (a call, a getter, an increment), and
// a getter may stand behind a property that an interface, a type literal or an abstract class declares.

let calls = 0;
function key(): string {
  calls++;
  return `k${calls}`;
}
class Counter {
  count = 0;
}
const made: Counter[] = [];
class Factory {
  get fresh(): Counter {
    const counter = new Counter();
    made.push(counter);
    return counter;
  }
}

export function testCallsAndGettersInTargets(): string {
  calls = 0;
  made.splice(0);
  const memo: Record<string, number> = { k2: 0 };
  const slots: Record<string, number | undefined> = { s0: undefined, s1: 4 };
  let index = 0;
  memo[key()] ??= 1;
  memo[key()] ||= 2;
  slots[`s${index++}`] ??= 7;
  slots[`s${index++}`] ??= 8;
  const factory = new Factory();
  factory.fresh.count += 1;
  factory.fresh.count ||= 3;
  factory.fresh.count++;
  return JSON.stringify([memo, slots, index, calls, made.map((counter) => counter.count)]);
}

class Ticker {
  ticks = 0;
  get key(): "a" | "b" {
    this.ticks += 1;
    return this.ticks % 2 === 0 ? "a" : "b";
  }
  get width(): number {
    return this.ticks;
  }
  set width(value: number) {
    this.ticks = value;
  }
}

export function testGettersInIndexes(): string {
  const ticker = new Ticker();
  const totals: { a: number; b: number } = { a: 1, b: 2 };
  const maybe: { a?: number; b?: number } = {};
  totals[ticker.key] += 10;
  maybe[ticker.key] ??= 7;
  totals[ticker.key] *= 2;
  totals[ticker.key] |= 64;
  totals[ticker.key]--;
  ticker.width += 1;
  ticker.width ||= 5;
  return JSON.stringify([totals, maybe, ticker.ticks]);
}

interface Source {
  readonly next: "a" | "b";
  label: string;
  describe(): string;
}
class CountingSource implements Source {
  reads = 0;
  label = "x";
  describe(): string {
    return "counting";
  }
  get next(): "a" | "b" {
    this.reads += 1;
    return this.reads % 2 === 0 ? "a" : "b";
  }
}
abstract class Shelf {
  abstract readonly items: Record<string, number>;
}
class CountingShelf extends Shelf {
  reads = 0;
  private readonly stock: Record<string, number> = { a: 1 };
  get items(): Record<string, number> {
    this.reads += 1;
    return this.stock;
  }
}

export function testGettersBehindInterfacesInTargets(): string {
  const source: Source = new CountingSource();
  const totals: { a: number; b: number } = { a: 0, b: 0 };
  const names: { a: string; b: string } = { a: "", b: "" };
  const optional: { a?: number; b?: number } = {};
  totals[source.next] += 5;
  totals[source.next] -= 1;
  names[source.next] += "😀";
  names[source.next] += source.label;
  optional[source.next] ??= 9;
  optional[source.next] ||= 10;
  totals[source.next] &&= 3;
  totals[source.next]++;
  const shelf: Shelf = new CountingShelf();
  shelf.items.a! += 1;
  shelf.items.b ??= 5;
  shelf.items["a"]! *= 3;
  return JSON.stringify([totals, names, optional, (source as CountingSource).reads, shelf.items, (shelf as CountingShelf).reads]);
}

export function testReceiverReassignedByKey(): string {
  let table: Record<string, number> = { a: 1 };
  const old = table;
  const swap = (): string => {
    table = { a: 100 };
    return "a";
  };
  table[swap()]! += 1;
  table[swap()] ??= 5;
  return JSON.stringify([old, table]);
}

export function testValueRunsAfterTarget(): string {
  const order: string[] = [];
  const box = { value: 1 };
  const pick = (): { value: number } => {
    order.push("receiver");
    return box;
  };
  const amount = (): number => {
    order.push("value");
    return 2;
  };
  pick().value += amount();
  pick().value ||= amount();
  return JSON.stringify([order, box]);
}

interface Readout {
  readonly level: number | null;
  readonly name: string;
  describe(): string;
}
class CountingReadout implements Readout {
  reads = 0;
  describe(): string {
    return "readout";
  }
  get level(): number | null {
    this.reads += 1;
    return this.reads > 1 ? this.reads : null;
  }
  get name(): string {
    this.reads += 1;
    return this.reads % 2 === 0 ? "" : "named";
  }
}

export function testGettersBehindInterfacesReadOnce(): string {
  const readout: Readout = new CountingReadout();
  const first = readout.level ?? -1;
  const second = readout.level ?? -1;
  const named = readout.name || "anonymous";
  let kind = "";
  switch (readout.name) {
    case "named":
      kind = "named";
      break;
    case "":
      kind = "empty";
      break;
  }
  return JSON.stringify([first, second, named, kind, (readout as CountingReadout).reads]);
}

interface Grower {
  readonly grow: number;
  describe(): string;
}

export function testCallbackReadingAGetterBehindAnInterface(): string {
  const items: number[] = [1, 2, 3];
  const grower: Grower = {
    get grow(): number {
      items.push(items.length * 10);
      return 1;
    },
    describe(): string {
      return "grower";
    },
  };
  const mapped = items.map((item) => item + grower.grow);
  const kept = items.filter((item) => item > grower.grow);
  return JSON.stringify([mapped, kept, items.length]);
}

class Token {
  turns = 0;
  toString(): string {
    this.turns += 1;
    return this.turns % 2 === 0 ? "even" : "odd";
  }
}

export function testObjectTurnedIntoTextInAKey(): string {
  const token = new Token();
  const counts: Record<string, number> = { odd: 0, even: 0 };
  const maybe: Record<string, number | undefined> = {};
  counts[`${token}`]! += 1;
  counts["" + token]! *= 3;
  maybe[`${token}`] ??= 7;
  const label = `${token}` || "none";
  return JSON.stringify([counts, maybe, label, token.turns]);
}
