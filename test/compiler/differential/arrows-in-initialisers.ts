// A block-bodied arrow in a field initializer or a parameter default is defined where its names
// are: inside `__init__` (it reads `self`) or inside the function (it reads earlier parameters).
class Counter {
  n = 1;
  double = (): number => {
    const twice = this.n * 2;
    return twice;
  };
  addTo = (v: number = this.n): number => v + 2;
  handler = (label: string): string => {
    this.n += 1;
    return `${label}:${this.n}`;
  };
}
class Derived extends Counter {
  extra = (): number => {
    const sum = this.n + 100;
    return sum;
  };
}
class WithMethodDefault {
  x = 7;
  m(
    f: () => number = () => {
      const r = this.x * 2;
      return r;
    },
  ): number {
    return f();
  }
}
function withDefault(
  a: number,
  f: (x: number) => number = (x) => {
    const r = x + a;
    return r;
  },
): number {
  return f(10);
}
const withArrowDefault = (
  a: number,
  f: () => string = () => {
    const text = `a=${a}`;
    return text;
  },
): string => f();
export function testBlockArrowFieldsReadThis(): (string | number)[] {
  const counter = new Counter();
  const derived = new Derived();
  return [counter.double(), counter.addTo(), counter.addTo(5), counter.handler("h"), counter.handler("h"), counter.double(), derived.extra(), derived.double()];
}
export function testBlockArrowDefaultsReadThisAndParameters(): (string | number)[] {
  return [
    new WithMethodDefault().m(),
    new WithMethodDefault().m(() => 1),
    withDefault(3),
    withDefault(3, (x) => x * 3),
    withArrowDefault(4),
    withArrowDefault(4, () => "given"),
  ];
}
