// Review 21: super.toString() where no class of the program's chain has its own is Object's or Error's
// (it raised AttributeError).
class A {
  v = 1;
}
class B extends A {
  override toString(): string {
    return "B+" + super.toString();
  }
}
export function testSuperToStringObject(): string[] {
  const b = new B();
  return [String(b), `${b}`, b.toString()];
}
class E extends Error {
  override toString(): string {
    return "E<" + super.toString() + ">";
  }
}
export function testSuperToStringError(): string[] {
  const e = new E("m");
  return [String(e), `${e}`];
}
class E2 extends Error {
  constructor(m: string) {
    super(m);
    this.name = "Custom";
  }
  override toString(): string {
    return super.toString().toUpperCase();
  }
}
export function testSuperToStringError2(): string {
  return String(new E2("hey"));
}
class R {
  x?: number;
  constructor() {
    this.init();
  }
  init(): void {
    this.x = 5;
  }
}
class R3 extends R {
  declare x?: number;
}
export function testDeclare(): number {
  return new R3().x ?? -1;
}
