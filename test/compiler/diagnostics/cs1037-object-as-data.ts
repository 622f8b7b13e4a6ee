// A class instance (or a literal with a member named like a dict method) where a data-only type,
// a dict in Python, is expected: `value["x"]` would raise or answer with the member.
interface Point {
  x: number;
  y: number;
}

class Pixel {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
  shade(): number {
    return this.x;
  }
}

function length(point: Point): number {
  return point.x + point.y;
}

export function asArgument(): number {
  return length(new Pixel(1, 2));
}

export function asInitializer(pixel: Pixel): number {
  const point: Point = pixel;
  return point.x;
}

export function asAssignment(pixel: Pixel): number {
  let point: Point = { x: 0, y: 0 };
  point = pixel;
  return point.y;
}

export function asReturn(pixel: Pixel): Point {
  return pixel;
}

export function asPropertyAndElement(pixel: Pixel): number {
  const line: { from: Point; to: Point } = { from: pixel, to: { x: 1, y: 1 } };
  const points: Point[] = [pixel];
  return line.from.x + points.length;
}

export function asArrayOfInstances(pixels: Pixel[]): Point[] {
  return pixels;
}

export function asRecordValue(pixel: Pixel): Record<string, Point> {
  return { origin: pixel };
}

export function literalHidingDictMethod(): Record<string, unknown> {
  return {
    items: 2,
    total() {
      return this.items;
    },
  };
}
