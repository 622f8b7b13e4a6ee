// Review 23C S1: `super(…)` inside an `if` of a class that declares fields is refused now (the fields
// were set before the base constructor ran); the form its message advises, the arguments computed
// first and `super(…)` a statement of the constructor, gives JavaScript's order: a field the base
// constructor set through an overridden method is reset to undefined when `super()` returns.
class Base {
  n: number;
  constructor(n: number) {
    this.n = n;
    this.init();
  }
  init(): void {}
}
class Sub extends Base {
  note?: string;
  constructor(flag: boolean) {
    const start = flag ? 1 : 2;
    super(start);
  }
  override init(): void {
    this.note = "set in init";
  }
}
export function testFieldsDefinedAfterSuper(): unknown {
  const first = new Sub(true);
  const second = new Sub(false);
  return [first.n, first.note ?? "undefined", second.n, second.note ?? "undefined"];
}
// Review 24A W1: a class declared inside a constructor calls its own base's constructor.
class Greeter {
  who(): string {
    return "base";
  }
}
class Outer {
  n = 1;
  made: string;
  constructor() {
    class Inner extends Greeter {
      constructor() {
        super();
      }
    }
    this.made = new Inner().who();
  }
}
export function testClassDeclaredInAConstructor(): unknown {
  const outer = new Outer();
  return [outer.n, outer.made];
}
// Review 25A F5: a parenthesized super(…) is still a statement of the constructor's own body.
class Tagged {
  tag: string;
  constructor(tag: string) {
    this.tag = tag;
  }
}
class ParenthesizedSuper extends Tagged {
  n = 1;
  constructor() {
    // prettier-ignore
    (super("p"));
  }
}
export function testParenthesizedSuperCall(): unknown {
  const made = new ParenthesizedSuper();
  return [made.tag, made.n];
}
