// `map.keys().next().value` (also values(), entries(), a Set's values() and keys()): the first element,
// undefined when the collection is empty, `next(iter(map.keys()), None)`; an LRU cache evicting its oldest
// key this way.
class LruCache<V extends NonNullable<unknown>> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly capacity: number) {}
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
  keys(): string[] {
    return [...this.entries.keys()];
  }
}
export function testLru(): unknown {
  const cache = new LruCache<number>(2);
  cache.set("a", 1);
  cache.set("b", 2);
  cache.get("a");
  cache.set("c", 3);
  return [cache.keys(), cache.get("b") ?? "evicted"];
}
export function testFirst(): unknown {
  const m = new Map<string, number>([
    ["a", 1],
    ["b", 2],
  ]);
  const s = new Set<number>([9, 8]);
  const empty = new Set<string>();
  const out: unknown[] = [
    m.keys().next().value,
    m.values().next().value,
    m.entries().next().value,
    s.values().next().value,
    s.keys().next().value,
    empty.values().next().value === undefined,
  ];
  m.delete("a");
  m.set("a", 5);
  out.push(m.keys().next().value, `${m.values().next().value}`);
  return out;
}
