// Object.prototype's methods called on a plain object (a Python dict): refused, not a KeyError.
interface Point {
  x: number;
  y: number;
}
export function owns(point: Point): boolean {
  return point.hasOwnProperty("x");
}
export function describe(point: Point): string {
  return point.toString();
}
export function counted(record: Record<string, number>): boolean {
  return record.hasOwnProperty("b");
}
export function plain(point: Point): boolean {
  return point.valueOf() === point;
}
// A function kept in the object under its own name is the program's, and is called.
interface Named {
  toString(): string;
}
export function own(named: Named): string {
  return named.toString();
}
