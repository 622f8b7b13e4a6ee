// A method or accessor of an object literal given where `any` is expected (JSON.stringify's value):
// TypeScript types `this`, and so `this.n`, any, but `this` is the literal, whose own member says what
// it holds. Arithmetic on such a read compiles (the generative test writes it in a tenth of its
// programs), where arithmetic on a value typed `any` is refused (CS1070).
export function testGetterArithmetic(): string {
  const base = 4;
  return JSON.stringify({
    n: base,
    s: "x",
    get twice() {
      return this.n * 2;
    },
    get joined() {
      return this.s + this.n;
    },
    get sum() {
      return this.n + 1;
    },
    get below() {
      return this.n < 5;
    },
  });
}
export function testSetterKeepsTheType(): string {
  return JSON.stringify({
    n: 1,
    set next(value: number) {
      this.n = value;
    },
    get half() {
      return this.n / 2;
    },
  });
}
