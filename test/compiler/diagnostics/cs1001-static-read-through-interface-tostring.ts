// A static initializer joining a value typed by an interface, whose class's toString reads a later static (review S54C, G10).
interface Shape {
  area(): number;
}
class Sq implements Shape {
  area(): number {
    return 4;
  }
  toString(): string {
    return "sq:" + Sq.unit;
  }
  static readonly one: Shape = new Sq();
  static text = `${Sq.one}`;
  static str = String(Sq.one);
  static unit: string | null = "cm";
}
export function testA(): unknown {
  return [Sq.text, Sq.str, Sq.unit];
}
