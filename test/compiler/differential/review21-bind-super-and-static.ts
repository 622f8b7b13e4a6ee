// Review 21: `super.who.bind(this)` and `Registry.count.bind(Registry)` bind a method to the object it is
// read from, as `this.who.bind(this)` does: Python's `super().who` and the class's own function.
class Base {
  name = "base";
  who(): string {
    return "I am " + this.name;
  }
}
class Derived extends Base {
  override name = "derived";
  override who(): string {
    return "derived says " + super.who();
  }
  baseWho(): () => string {
    return super.who.bind(this);
  }
}
class Registry {
  static entries: string[] = ["a", "b"];
  static count(): number {
    return Registry.entries.length;
  }
}
export function testSuperBind(): string[] {
  const d = new Derived();
  const f = d.baseWho();
  return [f(), d.who()];
}
export function testStaticBind(): number {
  const counter = Registry.count.bind(Registry);
  Registry.entries.push("c");
  return counter();
}
