// What to write instead of a class instance where a data-only type (a dict) is expected (CS1037):
// an object literal of its fields, or a type with a method, which class and literal both satisfy.
// A literal with methods still passes as data when no member is named like a dict method.
interface Point {
  x: number;
  y: number;
}

interface Located {
  x: number;
  y: number;
  describe(): string;
}

class Pixel implements Located {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
  describe(): string {
    return `${this.x},${this.y}`;
  }
}

function sum(point: Point): number {
  return point.x + point.y;
}

function describeAll(items: Located[]): string[] {
  return items.map((item) => item.describe() + "@" + (item.x + item.y));
}

export function testFieldsCopiedIntoALiteral(): number[] {
  const first = new Pixel(1, 2);
  const pixels = [first, new Pixel(3, 4)];
  const points: Point[] = pixels.map((pixel) => ({ x: pixel.x, y: pixel.y }));
  return [sum({ x: first.x, y: first.y }), ...points.map(sum)];
}

export function testTypeWithMethodTakesClassAndLiteral(): string[] {
  const literal: Located = {
    x: 5,
    y: 6,
    describe() {
      return "literal";
    },
  };
  return describeAll([new Pixel(1, 1), literal]);
}

export function testLiteralWithMethodsPassesAsData(): unknown[] {
  const shape = {
    x: 2,
    y: 3,
    area() {
      return this.x * this.y;
    },
  };
  const asRecord: Record<string, unknown> = shape;
  return [sum(shape), Object.keys(asRecord), shape.area()];
}
