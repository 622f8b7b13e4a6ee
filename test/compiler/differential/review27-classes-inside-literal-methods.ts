// Review 27A F6: a class declared inside an object literal's method has its own `this` and `super`,
// which the method's refusal of a nested function's `this` (CS1040) does not count.
const maker = {
  n: 5,
  make(): number {
    class Base {
      w = 2;
      constructor(public readonly extra: number) {}
      get doubled(): number {
        return this.w * 2;
      }
      total(): number {
        return this.w + this.extra;
      }
    }
    class Derived extends Base {
      override total(): number {
        return super.total() * 10 + this.doubled;
      }
    }
    class Other {
      read(): number {
        return this.value;
      }
      value = 7;
    }
    return new Derived(1).total() + new Other().read() + this.n;
  },
};

export function testClassesDeclaredInALiteralMethod(): number {
  return maker.make();
}
