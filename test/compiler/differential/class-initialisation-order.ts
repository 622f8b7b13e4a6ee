// Static initializers run once the class exists (they may name it, call its static methods, construct
// it), in their order; a subclass's fields are undefined while the base constructor runs.
class Config {
  static count = 0;
  static readonly DEFAULT = new Config("default");
  static readonly NAMES = [Config.DEFAULT.name, "other"];
  constructor(readonly name: string) {
    Config.count += 1;
  }
}
class Registry {
  static readonly first = Registry.describe();
  static readonly limit = 3;
  static readonly second = Registry.describe();
  static describe(): string {
    return `limit ${Registry.limit ?? "unset"}`;
  }
}
class Shape {
  readonly seen: string[] = [];
  constructor() {
    this.seen.push(this.describe());
  }
  describe(): string {
    return "shape";
  }
}
class Circle extends Shape {
  label = "circle";
  radius: number;
  constructor(radius: number) {
    super();
    this.radius = radius;
    this.seen.push(this.describe());
  }
  override describe(): string {
    return `${this.label ?? "no label"} r=${this.radius ?? "no radius"}`;
  }
}
class Square extends Shape {
  constructor(readonly side: number) {
    super();
  }
  override describe(): string {
    return this.side === undefined ? "side unset" : `side ${this.side}`;
  }
}
export function testStaticFieldConstructsItsClass(): (string | number)[] {
  return [Config.DEFAULT.name, ...Config.NAMES, Config.count, new Config("x").name, Config.count];
}
export function testStaticInitializersRunInOrder(): string[] {
  return [Registry.first, Registry.second];
}
export function testSubclassFieldsUnsetDuringBaseConstructor(): string[] {
  return new Circle(2).seen;
}
export function testParameterPropertyUnsetDuringBaseConstructor(): string[] {
  const square = new Square(4);
  return [...square.seen, square.describe()];
}
