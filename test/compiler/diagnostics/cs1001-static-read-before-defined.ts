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
