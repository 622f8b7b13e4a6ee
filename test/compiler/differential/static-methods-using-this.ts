// `this` in a static method is the class the method was called on: a singleton's
// `this.instance ??= this.make()`, a factory's `new this(sides)` through a subclass, a static
// counter that a subclass's call gives the subclass its own of, `super` of a static method that uses
// `this`, an arrow inside reading `this` (review E1, F15: refused before; the method is a classmethod).
class Config {
  private static instance?: Config;
  static created = 0;
  private values = new Map<string, string>();
  static get(): Config {
    return (this.instance ??= this.make());
  }
  static make(): Config {
    this.created++;
    return new Config();
  }
  set(k: string, v: string): void {
    this.values.set(k, v);
  }
  read(k: string): string | undefined {
    return this.values.get(k);
  }
}
export function testSingleton(): unknown {
  Config.get().set("a", "1");
  return [Config.get() === Config.get(), Config.get().read("a") ?? null, Config.created];
}
class Shape {
  static count = 0;
  constructor(readonly sides: number) {}
  static create<T extends Shape>(this: new (sides: number) => T, sides: number): T {
    return new this(sides);
  }
  static describe(): string {
    this.count += 1;
    const label = (): string => `${this === Shape ? "shape" : "other"} ${this.count}`;
    return label();
  }
}
class Square extends Shape {
  static override describe(): string {
    return `square of ${super.describe()}`;
  }
  area(): number {
    return this.sides * this.sides;
  }
}
export function testThroughSubclasses(): unknown {
  const square = Square.create(4);
  return [square instanceof Square, square.area(), Shape.describe(), Square.describe(), Square.describe(), Shape.count, Square.count, Shape.describe()];
}
class Plain {
  static make(): string {
    return "plain";
  }
}
class Tagged extends Plain {
  static tag = "t";
  static override make(): string {
    return `tagged ${this.tag}`;
  }
}
export function testReadOnTheClassItself(): unknown {
  // `Plain.make` read on the class itself can only be Plain's, which reads no `this` (review S45U, K4).
  return [[1].map(Plain.make), Tagged.make()];
}
