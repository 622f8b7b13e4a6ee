// Review S57C: functions the check took for told, and values it took for other objects. A `const`
// holding a parameter's function, a method the program replaces on another object, the instance
// given back to its own constructor through an untold call, an instance nested deep in arrays, a
// field holding a constructor's parameter rewritten through an interface, a method replaced through
// a type parameter. Node reads undefined; Python read None. Each is refused.
class Holder {
  static aliased: Aliased | undefined;
  static replaced: Replaced | undefined;
  static nested: Nested | undefined;
}
class Aliased {
  later: string | null;
  seen = "";
  constructor(read: () => string) {
    Holder.aliased = this;
    const alias = read;
    this.seen = alias();
    this.later = "x";
  }
}
class Bus {
  fire(): string {
    return "";
  }
}
const bus = new Bus();
bus.fire = () => String(Holder.replaced!.value);
class Replaced {
  value: string | null;
  seen = "";
  constructor() {
    Holder.replaced = this;
    this.seen = bus.fire();
    this.value = "x";
  }
}
class Nested {
  label: string | null;
  seen = "";
  constructor(owner: Nested | null, make: () => string) {
    Holder.nested = this;
    this.seen = owner === null ? make() : String(owner.label);
    this.label = "x";
  }
}
const deep: Deep[] = [];
class Deep {
  title: string | null;
  seen = "";
  constructor() {
    deep.push(this);
    this.seen = String([[[[[deep[0]!]]]]]);
    this.title = "x";
  }
  toString(): string {
    return String(this.title);
  }
}
interface Linked {
  parent: Chained | null;
  name(): string;
}
function link(node: Linked, parent: Chained): void {
  node.parent = parent;
}
class Chained {
  text: string | null;
  seen = "";
  parent: Chained | null;
  constructor(parent: Chained | null) {
    this.parent = parent;
    link(this, this);
    this.seen = String(this.parent!.text);
    this.text = "x";
  }
  name(): string {
    return "c";
  }
}
function stub<T extends { setX(): void }>(target: T): void {
  target.setX = () => {};
}
class Stubbed {
  x: string | null;
  seen = "";
  constructor() {
    stub(this);
    this.setX();
    this.seen = this.show();
    this.x = "late";
  }
  show(): string {
    return String(this.x);
  }
  setX(): void {
    this.x = "set";
  }
}
export const made = [
  new Aliased(() => String(Holder.aliased!.later)).seen,
  new Replaced().seen,
  new Nested(null, () => new Nested(Holder.nested!, () => "").seen).seen,
  new Deep().seen,
  new Chained(null).seen,
  new Stubbed().seen,
];
