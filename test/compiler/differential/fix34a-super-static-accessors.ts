// `super.x` of a base class's static getter or setter, in a subclass's static getter, setter,
// method, arrow inside one, or static field initializer: JavaScript runs the base's accessor. Also
// of a base class imported under another name.

import { Store as Shelf } from "./fix34a-static-accessor-shadowing";

class Root {
  static log: string[] = [];
  static _label = "root";
  static get label(): string {
    Root.log.push("get " + Root._label);
    return Root._label;
  }
  static set label(value: string) {
    Root.log.push("set " + value);
    Root._label = value;
  }
  static get twice(): (n: number) => number {
    return (n) => n * 2;
  }
}

class Middle extends Root {}

class Leaf extends Middle {
  static first = super.label + "?";
  static override get label(): string {
    return super.label + "!";
  }
  static override set label(value: string) {
    super.label = value + value;
  }
  static shout(): string {
    const later = (): string => super.label + "@";
    return super.label + "?" + later() + super.twice(21);
  }
  static rename(value: string): string {
    super.label = value;
    return super.label;
  }
}

class Shadow extends Root {
  static override get label(): string {
    return "shadow(" + super.label + ")";
  }
}

export function testReadThroughSuper(): string[] {
  Root.log.splice(0);
  Root._label = "root";
  return [Root.label, Middle.label, Leaf.label, Leaf.shout(), Shadow.label, Leaf.first, Root.log.join(", ")];
}

export function testWriteThroughSuper(): string[] {
  Root.log.splice(0);
  Root._label = "root";
  Leaf.label = "abc";
  const afterSetter = [Root._label, Leaf.label];
  const renamed = Leaf.rename("xyz");
  return [...afterSetter, renamed, Root.label, Shadow.label, Root.log.join(", ")];
}

class Imported extends Shelf {
  static override get label(): string | undefined {
    return "imported " + super.label;
  }
  static bump(): number {
    super.count = 6;
    return super.count;
  }
}

export function testImportedBase(): (number | string | undefined)[] {
  Shelf.log.splice(0);
  Shelf._n = 1;
  return [Imported.label, Imported.bump(), Shelf.count, Shelf.log.join(", ")];
}
