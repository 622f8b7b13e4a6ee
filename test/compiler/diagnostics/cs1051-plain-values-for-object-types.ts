// A plain object (a dict), a number, a string or an array given where a type with methods (a
// Python object read by attributes) is expected: `s.area` and `s.to_string()` would raise.
interface Shape {
  name: string;
  area?(): number;
}
interface Showable {
  toString(): string;
}
interface Labelled {
  toString(): string;
  label: string;
}
class Point {
  x = 0;
}
function describe(s: Shape): string {
  return s.area ? `${s.name}:${s.area()}` : s.name;
}
function show(s: Showable): string {
  return s.toString();
}
function keep(shapes: Shape[]): number {
  return shapes.length;
}
function asShape(raw: { name: string }): Shape {
  return raw;
}
export function main(): string {
  const raw = { name: "sq" };
  const parsed = JSON.parse('{"name":"p"}') as { name: string };
  const plain = { label: "M" };
  const other: Labelled = plain;
  const point: Point = { x: 1 };
  const moved = { x: 2 };
  const at: Point = moved;
  const held: { shape: Shape } = { shape: raw };
  return [
    describe(raw),
    describe(parsed),
    [{ name: "a" }].map(describe).join(),
    show(5),
    show([1, 2]),
    show(true),
    keep([raw]),
    asShape(raw).name,
    other.label,
    point.x,
    at.x,
    held.shape.name,
    describe({ name: "literal" }),
  ].join();
}
