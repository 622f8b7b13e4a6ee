// Object destructuring of a class instance or an object literal with methods reads its members by their
// Python names (it read the instance as a dict: TypeError).
class Box {
  fooBar = 3;
  get doubled(): number {
    return this.fooBar * 2;
  }
}
export function testDestructureInstance(): number[] {
  const { fooBar, doubled } = new Box();
  return [fooBar, doubled];
}
export function testDestructureInstanceParameter(): number[] {
  const read = ({ fooBar, doubled }: Box): number[] => [fooBar, doubled];
  return read(new Box());
}
export function testDestructureObjectLiteralWithMethods(): (number | string)[] {
  const literal = {
    someValue: 1,
    label: "x",
    describe(): string {
      return this.label;
    },
  };
  const { someValue, label } = literal;
  return [someValue, label, literal.describe()];
}
