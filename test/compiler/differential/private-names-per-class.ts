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
