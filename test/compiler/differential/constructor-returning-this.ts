// `return this` in a constructor, early or at the end, gives `new` the object made, as a bare
// `return` does in Python's `__init__`; an arrow made in the constructor returns what it returns.
class Early {
  kind = "early";
  size: number;
  constructor(stopEarly: boolean) {
    if (stopEarly) {
      this.size = 1;
      return this;
    }
    this.size = 2;
  }
}
class Chained {
  steps: string[] = [];
  self: () => Chained;
  constructor() {
    this.self = () => {
      return this;
    };
    this.steps.push("made");
    return this;
  }
}
export function testReturnThis(): unknown[] {
  const early = new Early(true);
  const late = new Early(false);
  const chained = new Chained();
  return [early.kind, early.size, late.size, chained.self() === chained, chained.steps];
}
