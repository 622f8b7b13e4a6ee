// `super.x` inside an arrow, a callback turned into a comprehension, a field initializer and a
// static method reaches the base class's member on every Python.
class Base {
  greet(): string {
    return "base";
  }
  get label(): string {
    return "L";
  }
  static title(): string {
    return "base-title";
  }
}
class Sub extends Base {
  handler = (): string => super.greet() + "!";
  blockHandler = (): string => {
    const text = super.greet() + "#";
    return text;
  };
  override greet(): string {
    return "sub";
  }
  later(): () => string {
    return () => super.greet() + super.label;
  }
  viaMap(): string[] {
    return [1, 2].map((n) => super.greet() + n);
  }
  viaBlock(): string {
    const f = (x: string): string => {
      const r = super.greet() + x;
      return r;
    };
    return f("?");
  }
  direct(): string {
    return super.greet() + this.greet();
  }
  static override title(): string {
    return "sub2+" + super.title();
  }
  static titles(): string[] {
    return ["a"].map((s) => s + super.title());
  }
}
export function testSuperInArrowsAndFields(): string[] {
  const sub = new Sub();
  return [sub.handler(), sub.blockHandler(), sub.later()(), sub.viaBlock(), sub.direct()];
}
export function testSuperInCallbackComprehension(): string[] {
  return new Sub().viaMap();
}
export function testSuperInStaticMethods(): string[] {
  return [Sub.title(), ...Sub.titles()];
}
