// JSON.stringify of an instance of a class with its own toJSON() (a method, an override calling
// super, a field holding an arrow) prints what toJSON returns, called with the member's key ("" for the
// value itself, the property name, an index for an element), also nested and indented.
class Money {
  readonly #cents: number;
  constructor(
    cents: number,
    readonly currency = "EUR",
  ) {
    this.#cents = cents;
  }
  toJSON(key: string): { amount: number; currency: string; key: string } {
    return { amount: this.#cents / 100, currency: this.currency, key };
  }
}
class Tagged {
  constructor(readonly tag: string) {}
  toJSON = (): string => `#${this.tag}`;
}
class Order {
  constructor(
    readonly id: number,
    readonly total: Money,
    readonly tags: Tagged[],
  ) {}
  toJSON(): { id: number; total: Money; tags: Tagged[]; count: number } {
    return { id: this.id, total: this.total, tags: this.tags, count: this.tags.length };
  }
}
class Special extends Money {
  override toJSON(key: string): { amount: number; currency: string; key: string } {
    return { ...super.toJSON(key), currency: "special" };
  }
}
export function testToJson(): unknown {
  const order = new Order(7, new Money(1250), [new Tagged("a"), new Tagged("b")]);
  return [
    JSON.stringify(new Money(99)),
    JSON.stringify({ price: new Money(5, "USD"), list: [new Money(1), new Special(2)] }),
    JSON.stringify(order),
    JSON.stringify([order], null, 2),
    JSON.stringify(new Tagged("x")),
    JSON.stringify({ nested: { deeper: [new Tagged("y")] } }),
  ];
}
