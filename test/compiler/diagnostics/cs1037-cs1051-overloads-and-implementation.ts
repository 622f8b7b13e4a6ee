// Review S48A, F5: an overload against its own implementation. A call that matches an overload passes
// what the overload declares, and the body reads it as the implementation declares (`rd(x: Plain)`
// over `rd(x: { v: number } | string)` read the instance by keys); the body returns what the
// implementation declares, and the caller reads it as the overload promises (`mk(x: string): Plain`
// over a body that returns `Plain | { v: number }`). Reported at the overload.
class Plain {
  v = 1;
}
function rd(x: Plain): number;
function rd(x: string): number;
function rd(x: { v: number } | string): number {
  return typeof x === "string" ? x.length : x.v;
}
function mk(x: string): Plain;
function mk(x: number): Plain;
function mk(x: string | number): Plain | { v: number } {
  return typeof x === "string" ? { v: 5 } : new Plain();
}
class Shape {
  n: number;
  constructor(p: Plain);
  constructor(p: string);
  constructor(x: { v: number } | string) {
    this.n = typeof x === "string" ? 0 : x.v;
  }
}
interface Data {
  v: number;
}
// A rest implementation takes each argument from its place on (review S48B, F2).
function total(a: Plain, b: Plain): number;
function total(a: Data): number;
function total(...xs: Data[]): number {
  return xs.reduce((sum, x) => sum + x.v, 0);
}
// A result that fits two overloads' results, neither of which can hold an instance (F3).
function find(id: string): Data | undefined;
function find(id: string, must: true): Data;
function find(id: string, must?: boolean): Plain | Data | undefined {
  return id === "" && must !== true ? undefined : new Plain();
}
// An implementation's type parameter is read as its constraint says (F4).
function read(x: Plain): number;
function read(x: string): number;
function read<T extends Data | string>(x: T): number {
  return typeof x === "string" ? 0 : x.v;
}
export function refused(): unknown {
  return [rd(new Plain()), mk("a").v, new Shape(new Plain()).n, total(new Plain(), new Plain()), find("a", true).v, read(new Plain())];
}
