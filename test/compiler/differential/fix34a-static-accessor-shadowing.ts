// A subclass's own static field or static method of the name of a base class's static accessor is
// an own property of the subclass in JavaScript, which hides the accessor for reads and writes
// through the subclass (and its own subclasses); the base class keeps its accessor.

export class Store {
  static log: string[] = [];
  static _n = 1;
  static get count(): number {
    Store.log.push("get");
    return Store._n * 10;
  }
  static set count(v: number) {
    Store.log.push("set " + v);
    Store._n = v;
  }
  static get label(): string | undefined {
    return "store";
  }
  static get greet(): () => string {
    return () => "store arrow";
  }
}

class Shop extends Store {
  static override count = 5;
}

class Kiosk extends Shop {}

class Stall extends Store {
  static override label: string | undefined;
}

class Booth extends Store {
  static override greet(): string {
    return "booth method";
  }
}

class Plain {
  static get kind(): string {
    return "plain";
  }
}

class Fancy extends Plain {
  static override kind = "fancy";
  static get extra(): string {
    return Fancy.kind + "+";
  }
}

class Fancier extends Fancy {
  static override get kind(): string {
    return "fancier";
  }
}

class Declared extends Store {
  declare static count: number;
}

class Counted {
  static total = 1;
}

class Recounted extends Counted {
  declare static total: number;
}

export function testFieldHidesAccessor(): (number | string)[] {
  Store.log.splice(0);
  Store._n = 1;
  const before = [Store.count, Shop.count, Kiosk.count];
  Store.count = 3;
  const after = [Store.count, Shop.count, Kiosk.count];
  return [...before, ...after, Store.log.join(", ")];
}

export function testWritesThroughSubclass(): (number | string)[] {
  Store.log.splice(0);
  Store._n = 1;
  Shop.count = 7;
  Kiosk.count = 8;
  Shop.count += 1;
  Kiosk.count++;
  return [Store.count, Shop.count, Kiosk.count, Store.log.join(", ")];
}

export function testDeclaredFieldAndMethod(): string[] {
  Stall.label = Stall.label === undefined ? "stall undefined" : "stall defined";
  return [String(Store.label), String(Stall.label), Booth.greet(), Store.greet(), typeof Booth.greet];
}

export function testAccessorsAroundField(): string[] {
  const read = [Plain.kind, Fancy.kind, Fancy.extra, Fancier.kind, Fancier.extra];
  Fancy.kind = "changed";
  return [...read, Plain.kind, Fancy.kind, Fancier.kind, Fancier.extra];
}

export function testDeclareDefinesNothing(): (number | string)[] {
  Store.log.splice(0);
  Store._n = 2;
  const read = [Declared.count, Recounted.total];
  Counted.total = 4;
  return [...read, Recounted.total, Store.log.join(", ")];
}
