// A function's text is its source as the engine got it (after any bundler): refused wherever text is
// made of one, also inside an array, a tuple or a union.
export function describe(callback: () => number, either: (() => number) | string): string[] {
  const callbacks: (() => number)[] = [() => 1];
  const pair: [number, () => number] = [1, callback];
  return [String(callback), `${callback}`, `${either}`, String(callbacks), callbacks.join(), "pair: " + pair];
}
// Maps and Sets are exact anywhere (classes of their own in Python), as is a record, which JavaScript
// also calls [object Object].
export function exact(maps: Map<string, number>[], maybe: Map<string, number> | null, sets: Set<number>[], records: Record<string, number>[]): string[] {
  return [String(maps), String(maybe), maps.join(), String(sets), sets.join(), String(records)];
}
// join of a tuple, or of a union of arrays, that holds a function.
export function joined(callback: () => number, either: (() => number)[] | string[]): string[] {
  const pair: [number, () => number] = [1, callback];
  return [pair.join("|"), either.join("|")];
}
// A class's text is its source too (or its own static toString()), which Python does not have (review 21).
class Router {
  static toString(): string {
    return "Router!";
  }
}
export function classTexts(kind: new () => Router): string[] {
  return [String(Router), `${kind}`];
}
