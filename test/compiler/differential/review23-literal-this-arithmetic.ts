// An object literal's methods reading `this`: in a `const` of its own, `this` has the literal's type
// and arithmetic on its members compiles. Given straight where `any` is expected (JSON.stringify's
// value), TypeScript types `this` any and checks nothing done with it, so arithmetic there is refused
// (CS1070), with this form as the advice (review 24A: the literal's member type, taken instead, was no
// promise: a caller could write "5" into `n`, and `this.n * 2` was "55").
export function testGetterArithmetic(): string {
  const base = 4;
  const shown = {
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
  };
  return JSON.stringify(shown);
}
export function testSetterKeepsTheType(): string {
  const halves = {
    n: 1,
    set next(value: number) {
      this.n = value;
    },
    get half() {
      return this.n / 2;
    },
  };
  halves.next = 5;
  return JSON.stringify(halves);
}
