// Review 14's findings. Evaluation order of map.set, includes and has when a side runs code that
// changes the other (Python's `map[key] = value` evaluates the value, then the map, then the key;
// `item in container` the item first); `a ?? b` reading b up front where it may raise; and
// destructuring assignment: a nested pattern's default, a nested pattern read by the source's own
// type (a class instance, optional members), object rest, and patterns in a for…of head.

class Registry {
  seen = new Set<number>([1]);
  names: string[] = ["a"];
  map = new Map<number, string>([[1, "a"]]);
  renew(): number {
    this.seen = new Set([5]);
    this.names = ["b"];
    this.map = new Map([[5, "z"]]);
    return 5;
  }
}

export function testArgumentThatReplacesTheReceiver(): (boolean | number | number[])[] {
  const first = new Registry();
  const inSet = first.seen.has(first.renew());
  const second = new Registry();
  const inArray = second.names.includes(second.renew() === 5 ? "a" : "b");
  const third = new Registry();
  const inMap = third.map.has(third.renew());
  const fourth = new Registry();
  const before = fourth.map;
  fourth.map.set(fourth.renew(), "q");
  const fifth = new Registry();
  const kept = fifth.map;
  fifth.map.set(2, "b").set(fifth.renew(), "c");
  return [inSet, inArray, inMap, before.size, fourth.map.size, [...kept.keys()], [...fifth.map.keys()]];
}

export function testChainedSetsInOrder(): string[] {
  const log: string[] = [];
  const tag = (text: string): string => {
    log.push(text);
    return text;
  };
  const tags = new Map<string, string>();
  tags.set(tag("k1"), tag("v1")).set(tag("k2"), tag("v2"));
  const sizes = new Map<string, number>();
  sizes.set("a", 1).set(`k${sizes.size}`, 2);
  return [...log, ...sizes.keys()];
}

class Walker {
  position = 0;
  seen = new Set<number>([1]);
  constructor(private log: string[]) {}
  get visited(): Set<number> {
    this.log.push(`visited at ${this.position}`);
    this.position++;
    return this.seen;
  }
  get store(): Map<string, number> {
    this.log.push("store");
    return new Map();
  }
  compute(): number {
    this.log.push("compute");
    return 1;
  }
}

export function testReceiverThatChangesTheArgument(): (string | boolean | number)[] {
  const log: string[] = [];
  const walker = new Walker(log);
  const found = walker.visited.has(walker.position);
  let key = "a";
  const pick = (): Set<string> => {
    key = "b";
    return new Set(["b"]);
  };
  const picked = pick().has(key);
  walker.store.set("a", walker.compute());
  return [...log, found, picked, walker.position];
}

// The right side of `??` is read only when the left is null or undefined: `js_nullish(left, right)`
// read it up front, which raised for a variable not bound yet (and for `this.parent!.base` with no parent).
export function testNullishRightSideReadOnlyWhenNeeded(): number[] {
  const read = (): number => found.get("x") ?? later;
  const found = new Map([["x", 1]]);
  const first = read();
  const later = 5;
  found.clear();
  return [first, read()];
}

interface Options {
  pos?: { x: number; y: number };
  name?: string;
}

export function testNestedPatternDefaults(): number[] {
  let x = -1;
  let y = -1;
  const options: Options = { name: "n" };
  ({ pos: { x, y } = { x: 3, y: 4 } } = options);
  const placed: Options = { pos: { x: 5, y: 6 } };
  const kept = [x, y];
  ({ pos: { x, y } = { x: 3, y: 4 } } = placed);
  const pairs: [number, number][] = [];
  let a = 9;
  let b = 9;
  [[a, b] = [1, 2]] = pairs;
  return [...kept, x, y, a, b];
}

class Inner {
  count = 3;
  itemName = "z";
  get twice(): number {
    return this.count * 2;
  }
}

class Outer {
  inner = new Inner();
  list = [new Inner()];
}

interface Config {
  server: { port?: number; host?: string };
  name: string;
}

export function testNestedPatternsReadByTheSourcesType(): (number | string | undefined)[] {
  const outer = new Outer();
  let count = 0;
  let itemName = "";
  let twice = 0;
  ({
    inner: { count, itemName, twice },
  } = outer);
  let listed = 0;
  [{ count: listed }] = outer.list as [Inner];
  const config: Config = { server: { host: "h" }, name: "n" };
  let port: number | undefined = 1;
  let host: string | undefined = "unset";
  ({
    server: { port, host },
  } = config);
  const list: { a?: number }[] = [{}];
  let a: number | undefined = 1;
  [{ a }] = list as [{ a?: number }];
  return [count, itemName, twice, listed, port, host, a];
}

interface Item {
  id: number;
  name: string;
  tag?: string;
}

export function testObjectRestInAnAssignment(): (number | string)[] {
  const item: Item = { id: 1, name: "a", tag: "t" };
  let id = 0;
  let rest: { name: string; tag?: string } = { name: "" };
  ({ id, ...rest } = item);
  return [id, JSON.stringify(rest)];
}

class Accumulator {
  key = "";
  value = 0;
}

export function testPatternsInAForOfHead(): (string | number)[] {
  const out: (string | number)[] = [];
  const accumulator = new Accumulator();
  const pairs: [string, number][] = [
    ["a", 1],
    ["b", 2],
  ];
  for ([accumulator.key, accumulator.value] of pairs) {
    out.push(accumulator.key, accumulator.value);
  }
  let a = 0;
  let b = 0;
  for ({ a, b = 5 } of [{ a: 1 }, { a: 2, b: 3 }] as { a: number; b?: number }[]) {
    out.push(a, b);
  }
  let x = 0;
  let y = 0;
  for ([x, [y]] of [
    [1, [2]],
    [3, [4]],
  ] as [number, [number]][]) {
    out.push(x, y);
  }
  return [...out, accumulator.key, a, b, x, y];
}

interface Overrides {
  limit?: number;
  offset?: number;
}

// A default that reads the variable it stands in for sees its old value: JavaScript runs the default before the write.
export function testDefaultsThatReadTheirOwnVariable(): number[] {
  let limit = 10;
  let offset = 0;
  const overrides: Overrides = { offset: 5 };
  ({ limit = limit, offset = offset } = overrides);
  let n = 3;
  [n = n * 2] = [] as number[];
  let current = 4;
  const read = (): number => current + 1;
  [current = read()] = [] as number[];
  return [limit, offset, n, current];
}

// What a loop's condition or increment needs before it (a function for an arrow with a block body,
// a temporary) runs before each test and each increment, not once before the loop.
export function testLoopConditionsAndIncrementsThatNeedStatements(): (number | string)[] {
  const taken = [0, 1, 3];
  let found = -1;
  for (let i = 0; i < 5 && found < 0; i++) {
    if (
      !taken.some((t) => {
        return t === i;
      })
    ) {
      found = i;
    }
  }
  let k = 0;
  for (
    let i = 0;
    taken.some((t) => {
      return t === i;
    });
    i++
  ) {
    k = i;
  }
  let total = 0;
  for (
    let i = 0;
    i < 3;
    i++,
      total += [1, 2].filter((v) => {
        return v > i;
      }).length
  ) {
    total += 0;
  }
  const seen = new Map<string, number>();
  let step = 0;
  for (; step < 3; step++, seen.set(`step${step}`, step)) {
    total += 1;
  }
  let w = 0;
  while (
    taken.some((t) => {
      return t === w;
    })
  ) {
    w++;
  }
  let d = 0;
  do {
    d++;
    if (d === 1) {
      continue;
    }
  } while (
    taken.some((t) => {
      return t === d;
    })
  );
  let e = 5;
  do {
    e--;
  } while (
    [0, 1, 2].some((t) => {
      return t === e;
    })
  );
  return [found, k, total, JSON.stringify([...seen]), w, d, e];
}

interface Tally {
  total: number;
  items: number[];
}

function bump(tally: Tally): number {
  tally.total += 10;
  return tally.total;
}

function sum(...values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

// A spread is read where it stands, before the elements after it run (Python 3.8 unpacked every
// spread of a display or a call after evaluating all its elements).
export function testSpreadsReadWhereTheyStand(): (string | number)[] {
  const xs = [1, 2];
  const ys = [...xs, xs.push(3)];
  const tally: Tally = { total: 1, items: [] };
  const snapshot = { ...tally, after: bump(tally) };
  const q = [5, 6, 7];
  const summed = sum(...q, q.pop()!);
  const parts = ["a"];
  const joined = [...parts, ...parts.splice(0, 1, "z")].join();
  let ticks = 0;
  const shape = {
    get size(): number {
      return ticks;
    },
    describe(): string {
      return `size ${this.size}`;
    },
  };
  const copy = { ...shape, ticked: ++ticks };
  return [ys.join(), JSON.stringify(snapshot), summed, q.length, joined, copy.size, copy.ticked, copy.describe()];
}

class Holder {
  cache?: Map<string, string> = new Map();
  lazy?: Map<string, string>;
}

export function testMapSetThroughOptionalAndLazyReceivers(): (string | number | undefined)[] {
  const log: string[] = [];
  const key = (): string => {
    log.push("key");
    return "k";
  };
  const value = (): string => {
    log.push("value");
    return "v";
  };
  const holder = new Holder();
  holder.cache?.set(key(), value());
  (holder.lazy ??= new Map()).set(key(), value());
  return [...log, holder.cache?.size, holder.lazy?.size];
}

interface Headers {
  "content-type": string;
  "x-id"?: string;
}

function contentType({ "content-type": type }: Headers): string {
  return type;
}

class Plain {
  plain = 1;
  camelCase = 2;
}

// Keys written quoted, escaped, numeric or as a literal computed name are read by the key they
// stand for, not by their source text.
export function testQuotedAndNumericKeysInPatterns(): (string | number | undefined)[] {
  const record: Record<string, string> = { "content-type": "json", A: "a", "1": "one" };
  const { "content-type": fromRecord, "\u0041": escaped, 0x1: numeric } = record;
  const headers: Headers = { "content-type": "text", "x-id": "7" };
  const { "x-id": id } = headers;
  const { [`content-type`]: computed = "none" } = record;
  // prettier-ignore
  const { "plain": p, "camelCase": c } = new Plain();
  let assigned = "";
  let tab = 0;
  ({ "\u0041": assigned, "tab\tkey": tab } = { A: "b", "tab\tkey": 3 } as { A: string; "tab\tkey": number });
  return [fromRecord, escaped, numeric, id, contentType(headers), computed, p, c, assigned, tab];
}
