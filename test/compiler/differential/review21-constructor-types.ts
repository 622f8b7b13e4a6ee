// Review 21: constructor types (`new () => T`, `new (n: number) => T`, an interface with `new (): T`) are a
// class, as its own type (`typeof Shape`) is: they were taken for a dict's type (CS1037), so a generic
// factory or a registry of an abstract class's subclasses could not be written.
class Counted {
  constructor(public n: number) {}
}
class Seven {
  v = 7;
  static label = "seven";
}
function build<T>(ctor: new (n: number) => T, n: number): T {
  return new ctor(n);
}
function make<T>(ctor: new () => T): T {
  return new ctor();
}
export function testFactories(): number[] {
  return [build(Counted, 4).n, make(Seven).v];
}
type SevenConstructor = new () => Seven;
interface SevenMaker {
  new (): Seven;
}
export function testConstructorTypes(): number[] {
  const made: SevenConstructor = Seven;
  const maker: SevenMaker = Seven;
  return [new made().v, new maker().v];
}
abstract class Shape {
  abstract area(): number;
}
class Square extends Shape {
  area(): number {
    return 4;
  }
}
class Circle extends Shape {
  area(): number {
    return 3;
  }
}
type ShapeConstructor = new () => Shape;
const registry = new Map<string, ShapeConstructor>([
  ["square", Square],
  ["circle", Circle],
]);
export function testRegistry(): unknown[] {
  const kinds: ShapeConstructor[] = [Square, Circle];
  const found = registry.get("circle");
  return [kinds.map((Kind) => new Kind().area()), found === undefined ? -1 : new found().area(), registry.has("hexagon")];
}
export function testStaticThroughTypeof(): string {
  const kind: typeof Seven = Seven;
  return kind.label;
}
