// A subclass that narrows a base's optional field (`declare value?: number`), or gives it
// `= undefined` again: the compiled code runs as Node does, and type checks (the base's annotation
// stands; `label?: string = undefined` is Optional[str]) (review S45R, G15: 5 pyright errors).
class A {
  value?: number | string;
  tag?: string;
}
class B extends A {
  declare value?: number;
}
class C {
  declare x?: string;
  y = 1;
}
class D extends C {
  override x?: string = undefined;
}
class E extends A {
  override tag?: string = undefined;
}
export function testOverride(): unknown {
  const b = new B();
  b.value = 2;
  const d = new D();
  d.x = "x";
  const e = new E();
  e.tag = "t";
  return [b.value, d.x, new D().x === undefined, e.tag, new E().tag === undefined];
}
