// Setting an array's length: Python's list has none to set, and a longer array would hold holes.
// `this` in a static field's initializer: the initializer runs after the class statement in Python.
export function shorten(items: number[]): number[] {
  items.length = 1;
  items.length += 1;
  return items;
}
export class Settings {
  static readonly defaults = this.make();
  static make(): string[] {
    return [];
  }
}
