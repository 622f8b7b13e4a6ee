// `new.target.name` in a class's constructor (an Error base class naming its errors, a shape's
// label): the name of the class `new` was given, a subclass's where its constructor called super,
// also read in an arrow function inside the constructor (review E1, F3: refused twice before).
class AppError extends Error {
  readonly kind: string;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
    const describe = (): string => `${new.target.name}: ${message}`;
    this.kind = describe();
  }
}
class NotFound extends AppError {}
class Shape {
  readonly label: string;
  constructor() {
    this.label = `a ${new.target.name.toLowerCase()}`;
  }
}
class Square extends Shape {}
export function testName(): unknown {
  const error = new NotFound("x");
  return [error.name, error.kind, String(error), new AppError("y").name, new Square().label, new Shape().label, error instanceof AppError];
}
