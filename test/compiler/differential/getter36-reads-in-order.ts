// Getters that run code, read beside other getters where the compiled code took an attribute read
// for free of effects and reordered it: `includes`/`has` (Python's `item in container` evaluates the
// item first), an assignment to `a.b.c` (the value was read before `a.b`), and `String()` of a Map a
// getter returns (the getter was not run at all). The order shows in the log.

class Ticker {
  count = 0;
  constructor(private log: string[]) {}
  get next(): number {
    this.count += 1;
    this.log.push(`next ${this.count}`);
    return this.count;
  }
}

class Shelf {
  items: number[] = [1, 2, 3];
  names = new Map<string, number>([["2", 1]]);
  holder = { value: 0 };
  constructor(
    private log: string[],
    private ticker: Ticker,
  ) {}
  get list(): number[] {
    this.log.push("list");
    this.items = this.items.map((item) => item + this.ticker.count);
    return this.items;
  }
  get table(): Map<string, number> {
    this.log.push("table");
    this.names.set(String(this.ticker.count + 1), this.names.size);
    return this.names;
  }
  get labels(): Set<number> {
    this.log.push("labels");
    return new Set([this.ticker.count, this.ticker.count + 2]);
  }
  get inner(): { value: number } {
    this.log.push("inner");
    this.holder = { value: this.ticker.count };
    return this.holder;
  }
  static get shared(): string[] {
    sharedLog.push("shared");
    return sharedLog;
  }
}

const sharedLog: string[] = [];

// A guard: an array's includes is js_includes (for NaN), which kept the order already.
export function testIncludesOfTwoGetters(): (string | boolean)[] {
  const log: string[] = [];
  const ticker = new Ticker(log);
  const shelf = new Shelf(log, ticker);
  const first = shelf.list.includes(ticker.next);
  const second = shelf.list.includes(ticker.next);
  return [...log, first, second];
}

export function testHasOfTwoGetters(): (string | boolean)[] {
  const log: string[] = [];
  const ticker = new Ticker(log);
  const shelf = new Shelf(log, ticker);
  const inSet = shelf.labels.has(ticker.next);
  const inMap = shelf.table.has(String(ticker.next));
  const again = shelf.table.has(String(ticker.next));
  return [...log, inSet, inMap, again];
}

export function testAssignmentThroughAGetter(): (string | number)[] {
  const log: string[] = [];
  const ticker = new Ticker(log);
  const shelf = new Shelf(log, ticker);
  shelf.inner.value = ticker.next;
  const kept = shelf.holder.value;
  shelf.inner.value += ticker.next;
  return [...log, kept, shelf.holder.value];
}

export function testTextOfAMapAGetterReturns(): string[] {
  const log: string[] = [];
  const ticker = new Ticker(log);
  const shelf = new Shelf(log, ticker);
  const text = String(shelf.table);
  const template = `${shelf.table}|${ticker.next}`;
  return [...log, text, template, String(shelf.names.size)];
}

export function testStaticGetterBesideAnInstanceGetter(): (string | boolean)[] {
  const log: string[] = [];
  const ticker = new Ticker(sharedLog);
  const found = Shelf.shared.includes(`next ${ticker.next}`);
  log.push(...sharedLog);
  return [...log, found];
}

export function testObjectLiteralGetters(): (string | boolean | number)[] {
  const log: string[] = [];
  let reads = 0;
  const source = {
    get items(): Set<number> {
      log.push("items");
      return new Set([reads, reads + 1]);
    },
    get count(): number {
      reads += 1;
      log.push(`count ${reads}`);
      return reads;
    },
  };
  const found = source.items.has(source.count);
  const missing = source.items.has(source.count + 5);
  return [...log, found, missing, reads];
}
