// Code that runs while an instance is constructed and touches a field JavaScript has not defined yet:
// a base class's constructor calling a method a subclass overrides, which writes a field of the
// subclass other than the first it defines (JavaScript creates that key then, ahead of the others)
// or reads one (undefined in JavaScript; no attribute yet in Python):
class Widget {
  id = 1;
  constructor() {
    this.setup();
  }
  setup(): void {}
}
class Button extends Widget {
  text = "ok";
  state = "initial";
  override setup(): void {
    this.state = "setup";
  }
}
class Counter extends Widget {
  count = 2;
  override setup(): void {
    this.describe();
  }
  describe(): string {
    return String(this.count);
  }
}
// A field's initializer calling the class's own code that reads a parameter property typed to admit
// null (set only after every initializer: JavaScript reads undefined, Python's None would be null),
// or writes a field defined after it (the key comes first in JavaScript):
class Early {
  label = this.describe();
  constructor(public name: string | null) {}
  describe(): string {
    return "#" + String(this.name);
  }
}
class Ahead {
  first = this.prepare();
  later = 0;
  prepare(): number {
    this.later = 5;
    return 1;
  }
}
export function build(): unknown[] {
  return [new Button(), new Counter(), new Early(null), new Ahead()];
}
// Writes by destructuring, logical assignment and a `for…of` head count as writes.
class Swapped {
  first = this.prepare();
  later = 0;
  other = 0;
  prepare(): number {
    [this.later, this.other] = [5, 6];
    this.other ??= 7;
    for (this.later of [1, 2]) {
      this.other += this.later;
    }
    return 1;
  }
}
export const swapped = new Swapped();
// Reached through `super.name`, `this["name"]`, a destructuring of `this`, Object.assign(this, …),
// JSON.stringify(this) in an initializer, a parameter's default, and a middle class's initializer
// running a subclass's override; a `declare`d field is defined by no class.
class Root {
  constructor() {
    this["hook"]();
  }
  hook(): void {}
  init(): void {
    this.hook();
  }
}
class Middle extends Root {
  constructor() {
    super();
    super.init();
  }
}
class Leaf extends Middle {
  seen = 0;
  override hook(): void {
    this.seen += 1;
  }
}
class Reader {
  first = this.read();
  owner: string | null = null;
  second = this.copy();
  other = 0;
  printed = JSON.stringify(this);
  read(): string {
    const { owner } = this;
    return String(owner);
  }
  copy(): number {
    Object.assign(this, { other: 1 });
    return 2;
  }
}
class Defaults {
  constructor(
    public size: number,
    label: string = this.describe(),
  ) {
    console.log(label);
  }
  describe(): string {
    return String(this.size);
  }
}
class Announcer {
  constructor() {
    this.announce();
  }
  announce(): void {}
}
class Noted extends Announcer {
  declare note: string;
  override announce(): void {
    console.log(this.note);
  }
}
class Mid {
  a = this.calc();
  title: string | null = "t";
  calc(): string {
    return "mid";
  }
}
class Tip extends Mid {
  override calc(): string {
    return String(this.title);
  }
}
export const reached = [new Leaf(), new Reader(), new Defaults(1), new Noted(), new Tip()];
// Through `this!`, `this as C`, a local holding `this`, an arrow kept in a local and called,
// String(this) running the class's toString(); and a later field typed to admit neither null nor
// undefined read by an initializer's code (`typeof` gives "undefined" in Node, "object" in Python).
class Aliased {
  first = this.read();
  owner: string | null = null;
  label: string = "l";
  text = String(this);
  read(): string {
    const self = this;
    const later = (): string => String(this!.owner);
    return String(self.owner) + later() + (this as Aliased).label + typeof this.label;
  }
  toString(): string {
    return `owner=${String(this.owner)}`;
  }
}
export const aliased = new Aliased();
// A method bound and called at once runs now (bound and kept, it runs later: construction-code-and-later-fields).
class BindingBase {
  text: string;
  constructor() {
    this.text = this.hook.bind(this)();
  }
  hook(): string {
    return "base";
  }
}
class BindingSub extends BindingBase {
  label: string | null = "l";
  override hook(): string {
    return String(this.label);
  }
}
export const bound = new BindingSub();
// console.log(this) from an initializer's code: Node shows only the fields defined so far, Python
// every field it set to None first (`b: undefined`).
class Shown {
  a = 1;
  shown = this.show();
  b = 2;
  show(): number {
    console.log(this);
    return 1;
  }
}
export const shown = new Shown();
// A function-valued field kept in a local that the code calls runs now.
class KeptHandler {
  handler = (): string => String(this.owner);
  first = this.run();
  owner: string | null = null;
  run(): string {
    const go = this.handler;
    return go();
  }
}
export const kept = new KeptHandler();
// A later `string | null` field whose value leaves the test (`this.owner && …` gives undefined in
// Node, null in Python); only a test of it (`!this.owner`, `this.owner ?? "x"`) compiles.
class Gated {
  first = this.read();
  owner: string | null = null;
  read(): string {
    return String(this.owner && this.owner.length);
  }
}
export const gated = new Gated();
