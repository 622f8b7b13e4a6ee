// Review 21: refusals that name what to write instead, reported once each (a node two transforms look
// at was reported twice): delete of an instance's member, a class extending Map (without one error per
// inherited call), instanceof Object, the ES5 prototype fix-up, a computed enum member, and a union of
// a class and a type of data read by its discriminant.
class Labelled {
  label?: string = "x";
}
export function unlabel(item: Labelled): boolean {
  return delete item.label;
}
class Counts extends Map<string, number> {
  increment(key: string): number {
    const value = (this.get(key) ?? 0) + 1;
    this.set(key, value);
    return value;
  }
}
export function counted(): number {
  return new Counts().increment("a");
}
export function isObject(value: unknown): boolean {
  return value instanceof Object;
}
class Failure extends Error {
  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, Failure.prototype);
  }
}
export function failure(): string {
  return new Failure("m").message;
}
enum Size {
  Small = 1,
  Computed = "abc".length,
}
export function size(): number {
  return Size.Computed;
}
class Circle {
  readonly kind = "circle";
  constructor(readonly radius: number) {}
}
type Shape = Circle | { kind: "square"; side: number };
export function kindOf(shape: Shape): string {
  return shape.kind;
}
// ReferenceError and EvalError are not compiled: declare your own Error subclass named so.
export function unbound(name: string, caught: unknown): boolean {
  const error = new ReferenceError(`${name} is not defined`);
  return error.message.length > 0 && caught instanceof EvalError;
}
// Object.hasOwn names what to write for a plain object and for a class instance.
export function hasLabel(item: Labelled): boolean {
  return Object.hasOwn(item, "label");
}
