// A class instance or an array that TypeScript reduces into a data type where the whole flows
// nowhere typed (`const shown = maybe() ?? pixel` is a Point): the whole is read as a dict, which a
// Python object or list is not. Review 20: the fallback of ?? and ||, a branch of ?:, an element.
interface Point {
  x: number;
  y: number;
}
interface Sized {
  length: number;
}
class Pixel {
  constructor(
    public x: number,
    public y: number,
  ) {}
  norm(): number {
    return this.x + this.y;
  }
}
const origin: Point = { x: 0, y: 0 };

function maybe(flag: boolean): Point | undefined {
  return flag ? { x: 1, y: 2 } : undefined;
}

function maybeSized(flag: boolean): Sized | undefined {
  return flag ? { length: 3 } : undefined;
}

export function fallback(pixel: Pixel): number {
  const shown = maybe(false) ?? pixel;
  return shown.x;
}

export function destructured(pixel: Pixel): number {
  const { x, y } = maybe(false) ?? pixel;
  return x + y;
}

export function arrayFallback(): number {
  const shown = maybeSized(false) || [1, 2];
  return shown.length;
}

export function branch(pixel: Pixel): number {
  const shown = pixel.x > 100 ? origin : pixel;
  return shown.x;
}

export function element(pixel: Pixel): number {
  const both = [origin, pixel];
  return both.length;
}
