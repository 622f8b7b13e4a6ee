// A static initializer or block running code that reads a static field declared after it: Node
// reads undefined, Python the None the class holds there until the field's turn (taken for null,
// or for a number: `Registry.count + 1` raises TypeError at import). Through a constructor, an
// instance field's initializer, a static method and a getter.
export class Registry {
  static readonly shared = new Registry();
  static count = 0;
  static label: string | null = "registry";
  id = Registry.next();
  constructor() {
    Registry.count = Registry.count + 1;
  }
  static next(): string {
    return String(Registry.label);
  }
}
export class Settings {
  static get describe(): string {
    return `mode ${Settings.mode}`;
  }
  static defaults: string[] = [];
  static {
    Settings.defaults.push(Settings.describe);
  }
  static mode: string = "dark";
}
// Reached otherwise: a static method given as a reference, the class read by a key or destructured,
// and a subclass's static override reached through `this` in the base's static method.
export class Formats {
  static names = ["a"].map(Formats.format);
  static keyed = Formats["describe"]();
  static prefix: string | null = ">";
  static suffix: string | null = "<";
  static format(name: string): string {
    return `${String(Formats.prefix)}${name}`;
  }
  static describe(): string {
    const { suffix } = Formats;
    return String(suffix);
  }
}
export class Base {
  static label = "base";
  static init(): string {
    return this.describe();
  }
  static describe(): string {
    return Base.label;
  }
}
export class Derived extends Base {
  static made = Derived.init();
  static tag: string | null = "d";
  static override describe(): string {
    return String(Derived.tag);
  }
}
// Code the check cannot follow, which may read any later static: the class handed over as a value
// (to a function that constructs it), `new this()` in an inherited factory, a function held in a
// `let`; and the class's own code reached by joining an instance into text (its toString), by a
// constructor's parameter default; a static a subclass declares again without initializer (Node
// reads the base's value until its definition).
function build(made: typeof Item): Item {
  return new made();
}
export class Item {
  static first = build(Item);
  static unit: string | null = "kg";
  label = `u=${String(Item.unit)}`;
}
export class Factory {
  static make(): Factory {
    return new this();
  }
}
export class Made extends Factory {
  static instance = Made.make();
  static size: number = 3;
}
let describeLater = (): string => "none";
describeLater = (): string => String(Later.tag);
export class Later {
  static text = describeLater();
  static tag: string | null = "t";
}
export class Joined {
  static first = `${new Joined()}`;
  static unit: string | null = "kg";
  toString(): string {
    return `joined ${String(Joined.unit)}`;
  }
}
export class Defaulted {
  static first = new Defaulted();
  static rate: number = 2;
  readonly doubled: number;
  constructor(rate: number = Defaulted.rate * 2) {
    this.doubled = rate;
  }
}
export class Unit {
  static unit: string | undefined = "base";
}
export class Leaf extends Unit {
  static seen = Leaf.show();
  static override unit: string | undefined;
  static show(): string {
    return `u=${String(Leaf.unit)}`;
  }
}
