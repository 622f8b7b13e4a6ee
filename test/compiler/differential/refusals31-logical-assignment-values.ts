// Logical assignments (`??=`, `||=`, `&&=`) to a property or element used as a value: the value read
// or the value written, the receiver and key evaluated once, a getter read once and a setter run once.

export function testGroupByWithNullishAssignment(): string {
  const groups: Record<string, number[]> = {};
  const pairs: [string, number][] = [
    ["a", 1],
    ["b", 2],
    ["a", 3],
  ];
  for (const [key, value] of pairs) {
    (groups[key] ??= []).push(value);
  }
  return JSON.stringify(groups);
}

export function testCacheWithOrAssignment(): (number | string)[] {
  const cache: Record<string, number> = {};
  let computed = 0;
  const compute = (key: string): number => {
    computed++;
    return key.length * 10;
  };
  const first = (cache["abc"] ||= compute("abc"));
  const second = (cache["abc"] ||= compute("abc"));
  cache["zero"] = 0;
  const third = (cache["zero"] ||= compute("zero"));
  return [first, second, third, computed, JSON.stringify(cache)];
}

export function testAndAssignmentValue(): (number | string | undefined)[] {
  const counts: Record<string, number | undefined> = { one: 1, none: 0 };
  const kept = (counts["none"] &&= 5);
  const changed = (counts["one"] &&= 7);
  const missing = (counts["other"] &&= 9);
  return [kept, changed, missing, JSON.stringify(counts), "other" in counts ? "has" : "lacks"];
}

class Lazy {
  private made = 0;
  private items: string[] | undefined;
  list(): string[] {
    return (this.items ??= this.make());
  }
  private make(): string[] {
    this.made++;
    return ["made " + this.made];
  }
  count(): number {
    return this.made;
  }
}

export function testReturnOfMemberAssignment(): (string | number | boolean)[] {
  const lazy = new Lazy();
  const first = lazy.list();
  const second = lazy.list();
  return [first.join(), second.join(), first === second, lazy.count()];
}

class Logged {
  readonly log: string[] = [];
  private stored: string | undefined;
  get value(): string | undefined {
    this.log.push("get " + String(this.stored));
    return this.stored;
  }
  set value(next: string | undefined) {
    this.log.push("set " + String(next));
    this.stored = next;
  }
}

export function testAccessorsReadOnceWrittenOnce(): (string | undefined)[] {
  const logged = new Logged();
  const results = [(logged.value ??= "x"), (logged.value ??= "y"), (logged.value ||= "z"), (logged.value &&= ""), (logged.value ||= "w")];
  return [...results, logged.log.join("; ")];
}

export function testReceiverAndKeyEvaluatedOnce(): (string | number)[] {
  const order: string[] = [];
  const table: Record<string, number> = { k1: 1 };
  let calls = 0;
  const receiver = (): Record<string, number> => {
    order.push("receiver");
    return table;
  };
  const key = (): string => {
    calls++;
    order.push("key " + calls);
    return "k" + calls;
  };
  const value = (): number => {
    order.push("value");
    return 40 + calls;
  };
  const first = (receiver()[key()] ??= value());
  const second = (receiver()[key()] ??= value());
  const third = (receiver()[key()] ||= value());
  return [first, second, third, order.join(", "), JSON.stringify(table)];
}

export function testIndexFromIncrement(): (number | string)[] {
  const slots: (number | undefined)[] = [undefined, 5, undefined];
  let index = 0;
  const first = (slots[index++] ??= 10);
  const second = (slots[index++] ??= 20);
  const third = (slots[index++] ||= 30);
  return [first, second, third, index, JSON.stringify(slots)];
}

export function testArrayGrowsPastItsEnd(): (number | string)[] {
  const values: (number | undefined)[] = [1];
  const written = (values[3] ??= 4);
  return [written, values.length, JSON.stringify(values)];
}

export function testNumberTruthiness(): number[] {
  const scores: Record<string, number> = { a: 0, b: NaN, c: 3 };
  // `&&=` as a value on a record's key that may be missing is refused (CS1013): declared keys here.
  const declared: { a: number; c: number } = { a: 0, c: 3 };
  return [(scores["a"] ||= 1), (scores["b"] ||= 2), (scores["c"] ||= 4), (declared["c"] &&= 0), (declared["a"] &&= 8)];
}

export function testValueChangesReceiverVariable(): string {
  let current: Record<string, string> = {};
  const first = current;
  const replace = (): string => {
    current = {};
    return "assigned";
  };
  const result = (current["key"] ??= replace());
  return JSON.stringify([result, first, current]);
}

export function testNestedLogicalAssignments(): string {
  const tree: Record<string, Record<string, number[]>> = {};
  ((tree["x"] ??= {})["y"] ??= []).push(1);
  ((tree["x"] ??= {})["y"] ??= []).push(2);
  ((tree["x"] ??= {})["z"] ??= []).push(3);
  return JSON.stringify(tree);
}

class Holder {
  static shared: number[] | undefined;
  own: { list?: string[] } = {};
}

export function testStaticAndOptionalMembers(): string {
  (Holder.shared ??= []).push(1);
  (Holder.shared ??= []).push(2);
  const holder = new Holder();
  (holder.own.list ??= []).push("a");
  (holder.own.list ??= []).push("b");
  return JSON.stringify([Holder.shared, holder.own]);
}
