// Classes of type-only-namesakes.ts: this one is named there only through a type-only namespace import.
export class Shape {
  kind(): string {
    return "library";
  }
}
export function makeLib(): Shape {
  return new Shape();
}
