// A parameter typed by a type parameter may be left out (T may be void), so it defaults to None; it
// is annotated Any, not Optional[Any], which type checkers take for "maybe None" at every use of it
// (a method's, a setter's).
class G<T> {
  raw = 0;
  m(x: T): void {
    this.raw = (x as { v: number }).v;
  }
  set s(x: T) {
    this.raw = (x as { v: number }).v;
  }
  get s(): T {
    return { v: 1 } as T;
  }
}
export function testG(): unknown {
  const g = new G<{ v: number }>();
  g.m({ v: 2 });
  g.s = { v: 3 };
  return g.raw;
}
