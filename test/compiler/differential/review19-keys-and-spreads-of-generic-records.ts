// Object.keys, values and entries, and spreads, of a generic Record<K, V>: a record whatever V is
// (a class instance given where one is expected is refused at the call, CS1037), where they were
// refused as a value that may hide a class instance (review 19: mapValues, invert, merge, and a
// generic cache's own Object.keys(this.store), as soon as the program had a class).

class Unrelated {
  run(): number {
    return 1;
  }
}

function mapValues<K extends string, V, W>(record: Record<K, V>, change: (value: V) => W): Record<K, W> {
  const out = {} as Record<K, W>;
  for (const [key, value] of Object.entries(record) as [K, V][]) {
    out[key] = change(value);
  }
  return out;
}

function merge<K extends string, V>(base: Record<K, V>, changes: Partial<Record<K, V>>): Record<K, V> {
  return { ...base, ...changes };
}

class Cache<K extends string, V> {
  private store = {} as Partial<Record<K, V>>;
  put(key: K, value: V): void {
    this.store[key] = value;
  }
  size(): number {
    return Object.keys(this.store).length;
  }
  values(): V[] {
    return Object.values(this.store) as V[];
  }
}

export function testKeysValuesAndEntries(): unknown[] {
  const doubled = mapValues({ a: 1, b: 2 }, (value) => value * 2);
  const cache = new Cache<string, number[]>();
  cache.put("x", [1]);
  cache.put("y", [2, 3]);
  return [doubled, Object.keys(doubled), cache.size(), cache.values(), new Unrelated().run()];
}

export function testSpreads(): unknown[] {
  return [merge({ a: 1, b: 2 }, { b: 5 }), merge<string, string>({ x: "1" }, {})];
}
