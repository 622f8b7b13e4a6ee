// JSON.stringify of a value whose type hides what it is (a type parameter, `unknown`) meets a class
// instance only where the instance is given: refused there, also through a function that passes its
// parameter on, a callback, a generic class (given its type argument, or `unknown`), a subclass
// naming the type argument, an arrow and a type argument written out. (What they print compiles
// when it is data or has its own toJSON(): json-through-hidden-types.)
// (Point's `note` may hold null or undefined, which the runtime cannot print: cs1017-json-of-class.)
class Point {
  note?: string | null;
  constructor(
    public x: number,
    public y: number,
  ) {}
}
function key<T>(value: T): string {
  return JSON.stringify(value);
}
function keys<T>(values: T[]): string[] {
  return values.map((value) => JSON.stringify(value));
}
function log(value: unknown): string {
  return JSON.stringify({ logged: value });
}
function outer(v: unknown): string {
  return log(v);
}
function wrap<U>(u: U): string {
  return key([u]);
}
class Cache<T> {
  add(value: T): string {
    return JSON.stringify(value);
  }
}
class PointCache extends Cache<Point> {}
const asArrow = <T,>(value: T): string => JSON.stringify(value);
export function given(): string[] {
  const p = new Point(1, 2);
  const anything = new Cache<unknown>();
  return [
    ...keys([p]),
    outer(p),
    wrap(p),
    new Cache<Point>().add(p),
    anything.add(p),
    new PointCache().add(p),
    asArrow(p),
    key<Point>(p),
    ...[p].map((each) => log(each)),
  ];
}
