// A toString written as a field holding an arrow (`toString = () => …`) is what String(), templates,
// `+` and join call, as a toString method is (found by the sixth review: it was ignored).
class FieldError extends Error {
  override toString = (): string => "field-" + this.message;
}
class Money {
  constructor(private cents: number) {}
  toString = (): string => "$" + this.cents / 100;
}
class Later extends Money {}

export function testToStringFields(): string[] {
  const error = new FieldError("m");
  const money = new Money(250);
  const later = new Later(75);
  return [String(error), `${error}`, [error].join(), String(money), `${money}`, [money, money].join(), "sum: " + later];
}
