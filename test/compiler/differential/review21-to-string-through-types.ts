// Review 21: x.toString() through an interface, a type parameter's constraint or a union is String(x):
// the value's own toString if its class has one, else Object's, Error's, a number's or an array's
// (it called a to_string attribute the value may not have, or was refused).
class Ver {
  constructor(private s: string) {}
  toString(): string {
    return this.s;
  }
}
class Sub extends Ver {}
export function testErrDirect(): string {
  const e = new Error("m");
  return e.toString();
}
export function testErrCaught(): string {
  try {
    throw new TypeError("t");
  } catch (e) {
    return e instanceof Error ? e.toString() : "";
  }
}
export function testSubInherited(): string {
  return new Sub("s").toString();
}
interface Showable {
  toString(): string;
}
export function testIfaceVer(): string {
  const s: Showable = new Ver("v");
  return s.toString();
}
function show<T extends { toString(): string }>(x: T): string {
  return x.toString();
}
export function testGenNum(): string {
  return show(3.5);
}
export function testGenVer(): string {
  return show(new Ver("q"));
}
export function testGenArr(): string {
  return show([1, [2, 3]]);
}

export function testUnionNum(): string[] {
  const xs: (Ver | number)[] = [new Ver("1"), 2.5];
  return xs.map((x) => x.toString());
}
export function testUnionStr(): string[] {
  const xs: (Ver | string)[] = [new Ver("1"), "s"];
  return xs.map((x) => x.toString());
}
function maybeVer(on: boolean): Ver | undefined {
  return on ? new Ver("o") : undefined;
}
export function testOptional(): (string | undefined)[] {
  return [maybeVer(true)?.toString(), maybeVer(false)?.toString()];
}
export function testUnionArr(): string[] {
  const xs: (Ver | number[])[] = [new Ver("1"), [1, 2]];
  return xs.map((x) => x.toString());
}
export function testUnionVerPlainStr(): string[] {
  const xs: (Ver | Plain)[] = [new Ver("1"), new Plain()];
  return xs.map((x) => String(x));
}
export function testUnionErr(): string[] {
  const xs: (Ver | Error)[] = [new Ver("1"), new Error("e")];
  return xs.map((x) => x.toString());
}
export function testIfacePlain(): string {
  const s: Showable = new Plain();
  return s.toString();
}
abstract class Base {
  describe(): string {
    return String(this);
  }
}
class Derived extends Base {}
class Sub2 extends Base {
  override toString(): string {
    return "sub2";
  }
}
export function testThisToString(): string[] {
  return [new Derived().describe(), new Sub2().describe()];
}
export function testErrorToString(): string {
  const e: Showable = new Error("m");
  return e.toString();
}
class Plain {
  x = 1;
}
