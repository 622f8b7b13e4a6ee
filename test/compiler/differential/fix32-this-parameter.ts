// A `this: void` parameter declares that the function uses no `this`: it compiles, and calls pass
// only the other arguments. (A `function` that reads `this` is refused: CS1063.)

function twice(this: void, value: number): number {
  return value * 2;
}

function join(this: void, ...parts: string[]): string {
  return parts.join("-");
}

export function testThisVoidParameter(): (number | string)[] {
  const apply = (f: (this: void, value: number) => number): number => f(5);
  return [twice(3), apply(twice), [1, 2].map((value) => twice(value)).join(","), join("a", "b")];
}

export function testMethodsStillSeeThis(): number[] {
  class Box {
    constructor(private readonly size: number) {}
    grown(this: Box, by: number): number {
      return this.size + by;
    }
  }
  const literal = {
    base: 10,
    plus(this: { base: number }, value: number): number {
      return this.base + value;
    },
  };
  return [new Box(2).grown(3), literal.plus(1)];
}
