// Review 23C S2, S3: a subclass that declares again a field its base class declares, after a field
// whose initializer runs code: every such field was first set to None, which wiped the base's value
// that JavaScript reads until the subclass's own definition replaces it ("a None" for "a b", or a
// TypeError in arithmetic). The same for a static field moved after the class statement.
class Base {
  first = "a";
  last = "b";
  count = 3;
  get full(): string {
    return `${this.first} ${this.last}`;
  }
  hasItems(): boolean {
    return this.count > 0;
  }
}
class Sub extends Base {
  label = this.full;
  items = this.hasItems();
  override last = "z";
  override count = 0;
}
export function testInstanceFieldsReadTheBasesValue(): unknown {
  const sub = new Sub();
  return [sub.label, sub.items, sub.full, sub.hasItems()];
}
class Widget {
  size = 10;
  theme = "light";
  twice(): number {
    return this.size * 2;
  }
}
class Big extends Widget {
  doubled = this.twice();
  override size = 100;
  summary = `${this.theme}:${this.size}`;
}
export function testArithmeticOnTheBasesValue(): unknown {
  const big = new Big();
  return [big.doubled, big.size, big.summary];
}
class Counted {
  static y = 2;
  static label = "A";
  static describe(c: typeof Counted): string {
    return `${c.label}:${c.y}`;
  }
}
class Recounted extends Counted {
  static z = Counted.describe(Recounted);
  static override y = 5;
  static override label = "B";
}
export function testStaticFieldsReadTheBasesValue(): unknown {
  return [Recounted.z, Recounted.y, Recounted.label, Counted.y];
}
class Link {
  next: string | undefined = "base";
  peek(): string {
    return this.next ?? "none";
  }
}
class Tail extends Link {
  seen = this.peek();
  override next: string | undefined = undefined;
}
export function testRedeclaredWithoutInitializer(): unknown {
  const tail = new Tail();
  return [tail.seen, tail.next ?? "none"];
}
// Review 24A S6: the same for a static field declared after a static block, which reads the base's value.
const staticLog: string[] = [];
class Tagged {
  static tag = "base";
  static n = 5;
}
class Retagged extends Tagged {
  static {
    staticLog.push(Retagged.readTag(), String(Retagged.readCount() + 1));
  }
  static override tag = "sub";
  static override n = 10;
  static readTag(): string {
    return Retagged.tag;
  }
  static readCount(): number {
    return Retagged.n;
  }
}
export function testStaticFieldsAfterABlock(): unknown {
  return [staticLog, Retagged.tag, Retagged.n, Tagged.tag];
}
// Review 24A: a base class's Error `name` is the prototype's until the subclass's own field.
class Named extends Error {
  seen = this.look();
  override name = "Named";
  look(): string {
    return this.name;
  }
}
export function testErrorNameBeforeItsField(): unknown {
  const error = new Named("m");
  return [error.seen, error.name, String(error)];
}
