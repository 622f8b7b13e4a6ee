// Review 24B F15: a private method read as a value (`this.one.bind(this)`, a private static passed on)
// had no `*_`, so a call through a function type with more parameters raised TypeError.
class Fmt {
  private scale = 10;
  private one(x: number): number {
    return x * this.scale;
  }
  run(): number[] {
    const f: (x: number, i: number) => number = this.one.bind(this);
    return [1, 2].map(f);
  }
  run2(): number[] {
    return [1, 2].map((x, i) => this.call2(this.one.bind(this), x, i));
  }
  private call2(f: (a: number, b: number) => number, a: number, b: number): number {
    return f(a, b);
  }
  run3(): number {
    return [1, 2, 3].reduce(this.add.bind(this));
  }
  private add(a: number, b: number): number {
    return a + b;
  }
  run4(): number[] {
    return Array.from([1, 2], this.one.bind(this));
  }
}
export function testPrivBoundWider(): number[] {
  return new Fmt().run();
}
export function testPrivBoundCallMore(): number[] {
  return new Fmt().run2();
}
export function testPrivBoundReduce(): number {
  return new Fmt().run3();
}
export function testPrivBoundFrom(): number[] {
  return new Fmt().run4();
}
class Registry {
  static #double(value: number): number {
    return value * 2;
  }
  static #hash(value: number): number {
    return value + 1;
  }
  static all(): number[] {
    const steps: ((value: number, index: number) => number)[] = [Registry.#double, Registry.#hash];
    return steps.map((step, index) => step(index + 3, index));
  }
}
export function testPrivateStaticPassedOn(): number[] {
  return Registry.all();
}
