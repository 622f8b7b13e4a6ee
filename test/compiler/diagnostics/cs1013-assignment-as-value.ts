// A property's or element's assignment, compound assignment or increment compiles as a value
// (`const id = this.nextId++`); `+=` of text onto one that may be undefined does not.
export function exclaim(record: { name?: string }): string {
  const named = (record.name += "!");
  return named;
}
class Base {
  private stored = 1;
  get size(): number {
    return this.stored;
  }
  set size(value: number) {
    this.stored = value;
  }
}
export class Derived extends Base {
  grow(): number {
    return (super.size = 5);
  }
}
// An arrow whose whole body is such an assignment is told to take a block body.
export function appender(record: { name?: string }): (piece: string) => string {
  return (piece) => (record.name += piece);
}
