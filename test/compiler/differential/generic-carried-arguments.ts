// A type parameter the class neither holds nor gives out (a phantom `Id<User>`, a `Sink<T>` that
// only takes T in) carries no value of it: a `Sink<{ v: number }>` given for a `Sink<Plain>`
// compiles (review S46D, F3, refused by 323c34e). A spread's member that a later member of the
// literal replaces is not checked against the literal's type (F4).
class User {
  name = "u";
  greet(): string {
    return "hi " + this.name;
  }
}
class Id<T> {
  constructor(readonly raw: string) {}
  same(other: Id<T>): boolean {
    return other.raw === this.raw;
  }
}
class Plain {
  v = 1;
}
class Sink<T> {
  count = 0;
  put(value: T): void {
    this.count += value == null ? 0 : 1;
  }
}
class Outer {
  inner: Plain = new Plain();
  n = 0;
}
interface Conf {
  inner: Plain;
  n: number;
}
function show(id: Id<User>): string {
  return id.raw;
}
function feed(sink: Sink<Plain>): number {
  sink.put(new Plain());
  return sink.count;
}
export function testCarriedArguments(): unknown {
  const id = new Id<{ name: string }>("a1");
  const sink = new Sink<{ v: number }>();
  return [show(id), id.same(new Id("a1")), feed(sink), feed(sink)];
}
export function testReplacedSpreadMembers(): unknown {
  const base = { inner: { v: 2 }, n: 1 };
  const outer: Outer = { ...base, inner: new Plain() };
  const conf: Conf = { ...base, inner: { v: 4 } };
  return [outer.inner.v, outer.n, conf.inner.v, conf.n];
}
export function testQuotedReplacedMember(): unknown {
  // A later member written with a quoted key replaces the spread's member too (review S46E, F5).
  const base = { inner: { v: 2 }, n: 1 };
  // prettier-ignore
  const outer: Outer = { ...base, "inner": new Plain() };
  return [outer.inner.v, outer.n];
}
