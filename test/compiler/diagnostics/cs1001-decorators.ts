// Decorators replace or wrap what they decorate when the class is defined: a bare one, a factory's,
// on a class, a method, a field and an accessor.
function logged<This, Args extends unknown[], Result>(
  method: (this: This, ...args: Args) => Result,
  _context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Result>,
): (this: This, ...args: Args) => Result {
  return method;
}
function route(path: string) {
  return (method: (x: number) => number, _context: ClassMethodDecoratorContext): ((x: number) => number) => (x) => method(x) + path.length;
}
function sealed(target: typeof Api, _context: ClassDecoratorContext): typeof Api {
  return target;
}
function defaultTo(value: number) {
  return (_target: undefined, _context: ClassFieldDecoratorContext): ((initial: number) => number) => () => value;
}
function traced(getter: () => number, _context: ClassGetterDecoratorContext): () => number {
  return getter;
}
@sealed
class Api {
  @defaultTo(42) size = 0;
  @logged
  users(x: number): number {
    return x + 1;
  }
  @route("/calc")
  calc(x: number): number {
    return x + 100;
  }
  @traced
  get total(): number {
    return this.size;
  }
}
export const api = new Api();
