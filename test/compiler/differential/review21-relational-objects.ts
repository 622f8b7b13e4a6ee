// Review 21: <, <=, >, >= between objects compare their texts (ToPrimitive: a class's own toString, an
// array's join, "[object Object]"), as do Number() and unary + of an object; they compared NaN or added
// numbers. (`+` on `any`, which js_add made exact for objects, is refused now, CS1070: None is null and
// undefined alike there.)
class Plain {
  x = 1;
}
class Ver {
  constructor(private s: string) {}
  toString(): string {
    return this.s;
  }
}
export function testPlainLe(): boolean[] {
  const a = new Plain();
  const b = new Plain();
  return [a <= b, a >= b, a < b];
}
export function testVerCmp(): boolean[] {
  const a = new Ver("10");
  const b = new Ver("9");
  return [a < b, a > b];
}
export function testArrCmp(): boolean[] {
  const a = [2];
  const b = [10];
  return [a < b, a > b, [1, 2] <= [1, 2]];
}
export function testNumberOfInstance(): number[] {
  return [Number(new Ver("5")), Number(new Ver(" 7 ")), Number(new Plain())];
}
export function testNumberOfArray(): number[] {
  return [Number([5]), Number([]), Number([1, 2]), Number(["3"])];
}
export function testUnaryPlus(): number[] {
  const v: unknown = new Ver("8");
  return [Number(v ?? NaN)];
}
export function testParseIntInstance(): number {
  return parseInt(String(new Ver("12px")));
}
export function testIsNaNish(): boolean[] {
  return [Number.isNaN(Number(new Plain())), Number.isInteger(Number(new Ver("3")))];
}
