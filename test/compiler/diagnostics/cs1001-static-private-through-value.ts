// A `#private` static member reached through a value typed as the class (`counter.#count` with
// `counter: typeof Counter`): JavaScript throws TypeError when the value is a subclass, where
// Python's inherited class attribute is found. Named by its class (`Counter.#count`) it compiles.
export class Counter {
  static #count = 0;
  static #next(): number {
    return Counter.#count + 1;
  }
  static bump(counter: typeof Counter): number {
    counter.#count = Counter.#next();
    return counter.#next();
  }
}
export class Sub extends Counter {}
