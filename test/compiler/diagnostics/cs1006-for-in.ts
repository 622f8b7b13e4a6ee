// `for…in` compiles over data (an interface of data, a Record); over an array it would list the
// indexes as texts ("0", "1"), over a string its positions, over a class instance its own fields
// (the compiled attributes are named otherwise), and over `object` or `unknown` it cannot tell.
export function indexes(items: number[]): string[] {
  const out: string[] = [];
  for (const index in items) {
    out.push(index);
  }
  return out;
}
class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}
export function fields(point: Point, anything: object): string[] {
  const out: string[] = [];
  for (const key in point) out.push(key);
  for (const key in anything) out.push(key);
  return out;
}
