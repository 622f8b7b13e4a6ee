// WeakMap and WeakSet are not in the runtime: their methods name the built-in that declares them,
// not JavaScript's Object (review 16).
export function remember(key: object): boolean {
  const cache = new WeakMap<object, number>();
  cache.set(key, 1);
  const seen = new WeakSet<object>();
  seen.add(key);
  return cache.has(key) && seen.has(key);
}
