// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): lru.
export class LRUCache<K extends string | number, V> {
  private readonly map = new Map<K, V>();
  private hits = 0;
  private misses = 0;
  constructor(private readonly capacity: number) {
    if (capacity <= 0) throw new RangeError(`capacity must be positive, got ${capacity}`);
  }
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value == null) {
      this.misses++;
      return undefined;
    }
    this.map.delete(key);
    this.map.set(key, value);
    this.hits++;
    return value;
  }
  set(key: K, value: V): this {
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.capacity) {
      for (const oldest of this.map.keys()) {
        this.map.delete(oldest);
        break;
      }
    }
    this.map.set(key, value);
    return this;
  }
  get size(): number {
    return this.map.size;
  }
  get stats(): { hits: number; misses: number; ratio: string } {
    const total = this.hits + this.misses;
    return { hits: this.hits, misses: this.misses, ratio: total === 0 ? "n/a" : (this.hits / total).toFixed(3) };
  }
  keys(): K[] {
    return [...this.map.keys()];
  }
  *entries(): IterableIterator<[K, V]> {
    for (const [k, v] of this.map) yield [k, v];
  }
}

export function testLru(): unknown {
  const cache = new LRUCache<string, number>(3);
  cache.set("a", 1).set("b", 2).set("c", 3);
  cache.get("a");
  cache.set("d", 4);
  const afterEvict = cache.keys();
  const missing = cache.get("b");
  cache.get("zzz");
  cache.set("c", 30);
  return { afterEvict, missing: missing ?? null, keys: cache.keys(), size: cache.size, stats: cache.stats, entries: [...cache.entries()] };
}

export function testLruNumbers(): unknown {
  const cache = new LRUCache<number, string[]>(2);
  for (let i = 0; i < 5; i++) {
    cache.set(i % 3, [String(i), `#${i}`]);
  }
  const out: string[] = [];
  for (const [k, v] of cache.entries()) out.push(`${k}=${v.join("|")}`);
  return out;
}

export function testLruBad(): unknown {
  try {
    new LRUCache<string, string>(0);
    return "no error";
  } catch (e) {
    if (e instanceof RangeError) return { name: e.name, message: e.message };
    return "other";
  }
}

function memoize<A extends string | number, R>(fn: (a: A) => R, cap = 10): (a: A) => R {
  const cache = new LRUCache<A, R>(cap);
  return (a: A) => {
    const hit = cache.get(a);
    if (hit != null) return hit;
    const r = fn(a);
    cache.set(a, r);
    return r;
  };
}

export function testMemo(): unknown {
  let calls = 0;
  const fib = memoize((n: number): number => {
    calls++;
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
  }, 50);
  return { f30: fib(30), calls, f40: fib(40), big: fib(78) };
}
