// `this` in a static method is the class it was called on, a subclass too: the method is a
// classmethod, `this` its `cls` (differential/static-methods-using-this.ts). Refused: `this` in a
// static accessor (compiled on the class's metaclass), and a `#private` static reached through
// `this` (JavaScript throws TypeError when the method is called on a subclass, where Python would
// find the base's).
export class Shape {
  static #made = 0;
  static get label(): string {
    return `made ${this.made()}`;
  }
  static made(): number {
    return this.#made;
  }
}
