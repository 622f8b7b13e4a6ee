// Review 27A F10: a generic Set or Map searched by a key of its type parameter compiles where the
// parameter admits null and not undefined (the advice of CS1043), and finds null as JavaScript does.
function hasIn<T extends NonNullable<unknown> | null>(set: Set<T>, value: T): boolean {
  return set.has(value);
}
function getIn<K extends NonNullable<unknown> | null>(map: Map<K, string>, key: K): string {
  return map.get(key) ?? "absent";
}
function addTo<T extends NonNullable<unknown> | null>(set: Set<T>, value: T): number {
  return set.add(value).size;
}
export function testNullKeysOfTypeParameters(): unknown {
  const set = new Set<number | null>([null, 1]);
  const map = new Map<string | null, string>([[null, "n"]]);
  return [hasIn(set, null), hasIn(set, 2), getIn(map, null), getIn(map, "x"), addTo(set, null), addTo(set, 3)];
}
