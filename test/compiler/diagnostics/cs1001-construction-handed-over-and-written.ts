// The instance handed to code that writes a field defined later (review S54A, F22).
function setup(list: Card[]): number { list[0]!.b = 5; return 1; }
class Card {
  a: number | undefined = setup([this]);
  b: number | undefined = 0;
}
export function testHandedOverWrite(): string { return JSON.stringify(new Card()); }
