// A Map's or Set's iterator compiles to a list or a dict view, walked once in JavaScript: only where
// it is walked at once (a spread, for…of, a new declaration's array pattern). Array destructuring
// into new names takes the elements from a Map, a Set, a generator or a library iterator
// (collections-destructured, review21-iterators-destructured); a destructuring assignment to existing
// targets from a Set is refused, as JavaScript steps its iterator between the writes.
function* counting(): Generator<number> {
  yield 1;
  yield 2;
}
export function iterators(map: Map<string, number>, set: Set<string>): number[] {
  const keys = map.keys();
  const next = map.entries().next();
  const values = set.values();
  const fine = [...map.keys(), ...map.values()].length + Array.from(set.values()).length + new Set(map.keys()).size;
  return [[...keys].length, next.done ? 0 : 1, [...values].length, fine];
}
export function destructuring(map: Map<string, number>, set: Set<string>): string[] {
  const [first] = map;
  const [a, b] = set;
  const [one] = counting();
  let x: string | undefined = "";
  let y: string | undefined = "";
  [x, y] = set;
  const [fine] = [...map];
  return [String(first), `${a}${b}${one}${x}${y}`, String(fine)];
}
export function assignInto(map: Map<string, number>, set: Set<string>): number {
  Object.assign(map, { extra: 1 });
  Object.assign(set, { extra: 1 });
  return map.size + set.size;
}
// Destructuring assignment to existing targets from a generator: JavaScript steps it between the
// targets' writes, which the generator may see (review 21E); into new `const`s it compiles.
export function assignFromGenerator(box: { a?: number; b?: number }): number {
  [box.a, box.b] = counting();
  return (box.a ?? 0) + (box.b ?? 0);
}
// Behind `??` or a `?:` branch whose result is spread, an iterator is walked at once (it compiles);
// behind `||` it is not: an empty list is falsy in Python, where an iterator is truthy.
export function behindOr(map: Map<string, number> | undefined): string[] {
  return [...(map?.keys() || ["none"])];
}
