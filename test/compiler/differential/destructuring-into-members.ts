// Destructuring assignment into properties and elements: each target is written once, after its
// default; an array element is written as `list[i] = v` is (past the end the array grows).
class Point {
  x = 0;
  y = 0;
}
class Logged {
  log = "";
  private stored = 0;
  get a(): number {
    this.log += "get;";
    return this.stored;
  }
  set a(v: number) {
    this.log += `set${v};`;
    this.stored = v;
  }
}
export function testSetterSeesOnlyTheFinalValue(): string {
  const p = new Logged();
  const src: (number | undefined)[] = [undefined];
  [p.a = 5] = src;
  const other: (number | undefined)[] = [7];
  [p.a = 5] = other;
  return p.log;
}
export function testElementTargetsGrowTheArray(): number[] {
  const target: number[] = [];
  const src: [number, number?] = [9];
  [target[0], target[1] = 5] = src;
  return target;
}
export function testElementTargetsWithDefaults(): string {
  const arr = [0, 0, 0, 0];
  const k = 1;
  const src: (number | undefined)[] = [undefined, 8];
  [arr[k] = 5, arr[2] = 6] = src;
  return arr.join(",");
}
export function testPropertyTargetsWithDefaults(): string {
  const point = new Point();
  const record: Record<string, number> = {};
  const src: { x?: number; y?: number } = { y: 3 };
  ({ x: point.x = 10, y: point.y = 20 } = src);
  ({ x: record["first"] = 1, y: record.second = 2 } = src);
  return `${point.x},${point.y},${record["first"]},${record.second}`;
}
