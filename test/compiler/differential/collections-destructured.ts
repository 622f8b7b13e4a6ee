// Array destructuring into new names of a Map (its entries), a Set (its values) and their keys(),
// values() and entries(): the elements the pattern names, in insertion order, as a spread gives them
// (an LRU cache evicting `const [oldest] = cache.keys()`).
export function testFirstKey(): unknown {
  const m = new Map<string, number>([
    ["a", 1],
    ["b", 2],
  ]);
  const [first] = m.keys();
  const [, second] = m.values();
  const [entry, ...restEntries] = m.entries();
  const [k, v] = entry ?? ["none", 0];
  const [none] = new Map<string, number>().keys();
  const [a, b, c] = m.keys();
  const s = new Set([3, 4, 5]);
  const [x, ...others] = s.values();
  const [sk] = s.keys();
  return [first, second, k, v, restEntries, none, a, b, c, x, others, sk];
}
export function testLru(): unknown {
  const cache = new Map<string, number>();
  const out: string[] = [];
  for (const key of ["a", "b", "c", "a", "d", "e"]) {
    if (cache.has(key)) cache.delete(key);
    cache.set(key, key.charCodeAt(0));
    if (cache.size > 3) {
      const [oldest] = cache.keys();
      if (oldest !== undefined) cache.delete(oldest);
      out.push(`evicted ${oldest}`);
    }
  }
  return [out, [...cache.keys()]];
}
export function testCollections(): unknown {
  const s = new Set([3, 4, 5]);
  const m = new Map<string, number>([
    ["a", 1],
    ["b", 2],
  ]);
  const [x, y, z, w] = s;
  const [head, ...tail] = s;
  const [[k, v] = ["none", 0], second] = m;
  const [only] = new Set<string>();
  const [firstEntry, ...others] = m;
  s.add(6);
  const [, , , fourth] = s;
  return [x, y, z, w, head, tail, k, v, second, only, firstEntry, others, fourth];
}
export function testLiveAfterDelete(): unknown {
  const s = new Set(["a", "b", "c"]);
  s.delete("a");
  s.add("a");
  const [first, last] = s;
  return [first, last, [...s]];
}

export function testNestedSetsAndParameters(): unknown {
  const [[first, second]] = [new Set([1, 2])];
  const out: unknown[] = [first, second];
  for (const [a, b] of [new Set(["x", "y"]), new Set(["z"])]) out.push(a, b);
  const pairs = new Map([["k", new Set([7, 8])]]);
  for (const [key, [v]] of pairs) out.push(key, v);
  return out;
}
function firstTwo([a, b]: Set<number>): number[] {
  return [a ?? -1, b ?? -1];
}
export function testParameter(): unknown {
  const arrow = ([x]: Map<string, number>) => x;
  return [firstTwo(new Set([4, 5, 6])), arrow(new Map([["q", 1]]))];
}
