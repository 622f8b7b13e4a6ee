// JSON.stringify through a type parameter or `unknown` (a generic function, a callback, a generic
// class, a function passing its parameter on) prints data, and class instances with their own
// toJSON(), as Node does; a class instance without one is refused where it is given
// (cs1017-json-of-instances-given-unseen).
class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}
class Dated {
  constructor(public at: number) {}
  toJSON(): { at: number } {
    return { at: this.at };
  }
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
class Cache<T> {
  private seen: string[] = [];
  add(value: T): string {
    const text = JSON.stringify(value);
    this.seen.push(text);
    return text;
  }
  all(): string {
    return this.seen.join("|");
  }
}
export function testData(): string {
  return key({ x: 1, y: 2 }) + keys([1, 2, 3]).join(",") + log("text") + outer([1, null]);
}
export function testOwnToJson(): string {
  return key(new Dated(5)) + log([new Dated(6)]) + keys([new Dated(7), new Dated(8)]).join(";");
}
export function testGenericClass(): string {
  const plain = new Cache<{ a: number }>();
  plain.add({ a: 1 });
  const dated = new Cache<Dated>();
  dated.add(new Dated(1));
  return plain.all() + dated.all();
}
export function testFieldsCopied(): string {
  const p = new Point(1, 2);
  return key({ x: p.x, y: p.y });
}
