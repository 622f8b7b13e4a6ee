// `#id` of a class and `#id` of its base are two fields, also when both classes are named alike
// (the base from another module): each class reads its own.
import { Item as BaseItem } from "./private-base-of-one-name";

class Item extends BaseItem {
  #id = "sub";
  #count = 10;
  subId(): string {
    return `${this.#id}${this.#count}`;
  }
  #secret(): string {
    return "sub secret";
  }
  reveal(): string {
    return this.#secret();
  }
}
class Deeper extends Item {
  #id = "deeper";
  deeperId(): string {
    return this.#id;
  }
}
export function testSubclassOfTheSameNameKeepsItsOwnPrivateFields(): string {
  const item = new Item();
  item.bump();
  return `${item.baseId()} ${item.subId()} ${item.reveal()}`;
}
export function testThreeLevelsWithTwoOfOneName(): string {
  const deeper = new Deeper();
  return `${deeper.baseId()} ${deeper.subId()} ${deeper.deeperId()}`;
}

// A base's constructor reading its own `#label` through a method no subclass overrides, beside a
// subclass with a `#label` of its own: the base's field is defined there, and the subclass's
// method, called only once the instance is made, reads the subclass's.
class Labelled {
  #label = "base";
  readonly seen: string;
  constructor() {
    this.seen = this.ownLabel();
  }
  ownLabel(): string {
    return this.#label;
  }
}
class Relabelled extends Labelled {
  #label = "sub";
  subLabel(): string {
    return this.#label;
  }
}
export function testBaseConstructorReadsItsOwnPrivateFieldBesideASubclassNamesake(): string[] {
  const made = new Relabelled();
  return [made.seen, made.ownLabel(), made.subLabel()];
}
