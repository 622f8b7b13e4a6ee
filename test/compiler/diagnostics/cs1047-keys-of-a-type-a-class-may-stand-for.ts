// Object.keys/values/entries of a value whose type one of the program's classes has every required
// member of (review 17: Python raised TypeError, "'Square' object is not iterable").
interface Shape {
  name: string;
  area(): number;
}
class Square implements Shape {
  name = "square";
  constructor(public side: number) {}
  area(): number {
    return this.side * this.side;
  }
}
export function keysOfShape(shape: Shape): string[] {
  return Object.keys(shape);
}
export function entriesOfObject(value: object): [string, unknown][] {
  return Object.entries(value);
}
export function valuesOfAnything<T>(value: T): unknown[] {
  return Object.values(value as object);
}
export function keysOfSquare(): string[] {
  return Object.keys(new Square(2));
}
// Not refused: no class has `describe`, and an object literal's own type is the literal's.
interface Described {
  label: string;
  describe(): string;
}
export function keysOfDescribed(value: Described): string[] {
  const literal = { name: "x", area: () => 1 };
  return [...Object.keys(value), ...Object.keys(literal)];
}
