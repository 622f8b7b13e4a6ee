// A constructor that returns an object: `new` gives that object in JavaScript, where Python's
// `__init__` may return nothing else than None (TypeError). Refused, with what to write instead.
class Shared {
  static readonly instance = new Shared(false);
  value = 1;
  constructor(fresh: boolean) {
    if (!fresh && Shared.instance !== undefined) {
      return Shared.instance;
    }
  }
}
class Replaced {
  value = 1;
  constructor(other: boolean) {
    if (other) return { value: 2 } as Replaced;
  }
}
export const values = [new Shared(false).value, new Replaced(true).value];
