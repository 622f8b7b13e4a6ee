// A class's `#private` members belong to it alone, also when its base class (from another module) has the same name.
export class Item {
  #id = "base";
  #count = 1;
  baseId(): string {
    return `${this.#id}${this.#count}`;
  }
  bump(): void {
    this.#count += 1;
  }
}
