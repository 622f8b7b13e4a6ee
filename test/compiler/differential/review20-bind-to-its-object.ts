// Review 20: a method bound to the object it is read from (counter.inc.bind(counter), this.inc.bind(this)) is Python's bound method.
class Counter {
  count = 0;
  inc(by: number): number {
    this.count += by;
    return this.count;
  }
  listen(): (n: number) => number {
    return this.inc.bind(this);
  }
}
export function testBind(): unknown {
  const c = new Counter();
  const f = c.inc.bind(c);
  f(2);
  const g = c.listen();
  g(5);
  const other = new Counter();
  const h = other.inc.bind(other);
  [1, 2].forEach((n) => h(n));
  return [c.count, f(1), other.count, typeof f];
}
