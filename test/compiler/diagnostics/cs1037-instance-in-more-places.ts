// Every place a class instance flows into a data-only type (a dict in Python), beyond plain
// initialisers, assignments, arguments and returns: built-in methods storing it, the branches of
// `?:`, `??`, `||` and `&&`, defaults, arrow bodies, callbacks' returns, `yield`.
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

const pixel = new Pixel(1, 2);

export function arrayMethods(points: Point[]): number {
  points.push(pixel);
  points.unshift({ x: 0, y: 0 }, pixel);
  points.splice(0, 1, pixel);
  points.fill(pixel);
  return points.concat([pixel], pixel).length;
}

export function collections(byName: Map<string, Point>, all: Set<Point>): number {
  byName.set("a", pixel);
  all.add(pixel);
  return byName.size + all.size;
}

export function assigned(point: Point): number {
  Object.assign(point, pixel);
  return point.x;
}

export function spreadAndFrom(pixels: Pixel[]): number {
  const spread: Point[] = [...pixels];
  const copied: Point[] = Array.from(pixels);
  return spread.length + copied.length;
}

export function branches(flag: boolean, maybe: Pixel | undefined): number {
  const chosen: Point = flag ? pixel : { x: 1, y: 1 };
  const fallback: Point = maybe ?? { x: 1, y: 1 };
  const either: Point = maybe || { x: 1, y: 1 };
  const both: Point | undefined = flag && maybe ? maybe : undefined;
  const guarded: Point | undefined = maybe && pixel;
  return chosen.x + fallback.x + either.x + (both?.x ?? 0) + (guarded?.x ?? 0);
}

function withDefault(point: Point = pixel): number {
  return point.x;
}

export function defaults(): number {
  const { point = pixel }: { point?: Point } = {};
  return withDefault() + point.x;
}

export function arrowsAndCallbacks(): number {
  const make = (): Point => pixel;
  const points: Point[] = [1, 2].map(() => pixel);
  const found: Point[] = [1].map((each) => {
    return new Pixel(each, each);
  });
  return make().x + points.length + found.length;
}

export function* generated(): Generator<Point> {
  yield pixel;
}

export function constructedAndSpread(points: Point[], pixels: Pixel[]): number {
  const byName = new Map<string, Point>([["a", pixel]]);
  const all = new Set<Point>([pixel]);
  points.push(...pixels);
  const reduced = pixels.reduce<Point[]>((found, each) => [...found, each], []);
  return byName.size + all.size + reduced.length;
}

class Holder {
  point: Point = pixel;
  readonly list: Point[] = [];
  add(): void {
    this.list.push(pixel);
  }
}

export function held(): number {
  return new Holder().point.x;
}

// Fine: JavaScript's own functions that read objects and dicts alike, destructuring, literals.
export function allowed(points: Point[]): number {
  const { x, y } = pixel;
  const checked = pixel satisfies Point;
  points.push({ x: checked.x, y: checked.y });
  points.push({ x: pixel.x, y: pixel.y });
  return Object.keys({ x, y }).length + JSON.stringify({ x, y }).length;
}

export function intoAUnion(): number | string {
  const either: Point | string = pixel;
  return typeof either === "string" ? either : either.x;
}
