// A function's text is its source as the engine got it (after any bundler); a Python dict cannot tell a
// Map from a record when joined.
export function describe(callback: () => number, maps: Map<string, number>[], maybe: Map<string, number> | null): string[] {
  return [String(callback), `${callback}`, maps.join(","), String(maybe)];
}
// A Map inside an array or a union, or a function inside an array, anywhere text is made of it.
export function inside(maps: Map<string, number>[], either: Map<string, number> | string, nested: Map<string, number>[][]): string[] {
  const callbacks: (() => number)[] = [() => 1];
  const pair: [number, Map<string, number>] = [1, new Map()];
  return [String(maps), `${either}`, "nested: " + nested, nested.join(";"), String(callbacks), callbacks.join(), String(pair)];
}
// Sets are exact anywhere (a class in Python), as is a record, which JavaScript also calls [object Object].
export function exact(sets: Set<number>[], maybe: Set<number> | null, records: Record<string, number>[]): string[] {
  return [String(sets), String(maybe), sets.join(), String(records)];
}
