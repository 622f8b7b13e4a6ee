// Review 21: a toString an instance is given later (`c.toString = () => …`) is the one String(), templates,
// + and join call, as in JavaScript (they called the class's).
class C {
  toString(): string {
    return "C";
  }
}
class D extends C {
  override toString(): string {
    return "D:" + super.toString();
  }
}
export function testReassignToString(): string[] {
  const c = new C();
  c.toString = () => "patched";
  return [String(c), `${c}`, c.toString(), [c, new C()].join("|"), "x" + c];
}
export function testSubclassOverride(): string[] {
  const d: C = new D();
  return [String(d), `${d}`, d.toString(), String([d])];
}
export function testErrorOwnToString(): string[] {
  class Oops extends Error {
    override toString(): string {
      return "oops!";
    }
  }
  const e = new Oops("m");
  return [String(e), `${e}`];
}
