// Setting an array's length: Python's list has none to set, and a longer array would hold holes
// (`items.length = 0;`, emptying it, compiles: array-length-emptied; as a value it does not).
// `this` in a static field's initializer: the initializer runs after the class statement in Python.
export function shorten(items: number[]): number[] {
  items.length = 1;
  items.length += 1;
  const emptied = (items.length = 0);
  return [...items, emptied];
}
export class Settings {
  static readonly defaults = this.make();
  static make(): string[] {
    return [];
  }
}
