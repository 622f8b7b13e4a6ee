// `this.constructor.name` (an Error base class's `this.name = this.constructor.name`) and
// `instance.constructor.name`: the name of the instance's own class as the source writes it, a
// subclass's where it is one, in a constructor, a field initializer, a getter, an arrow in a method,
// also for classes the compiler renames (`list`, `print`) and a default export.
class AppError extends Error {
  constructor(message: string) {
    super(message);
    this.name = this.constructor.name;
  }
}
class NotFoundError extends AppError {}
class list extends AppError {}
class Animal {
  readonly species = this.constructor.name;
  describe(): string {
    const label = () => this.constructor.name.toLowerCase();
    return `${this.constructor.name}:${label()}`;
  }
  get kind(): string {
    return this.constructor.name;
  }
}
class Dog extends Animal {}
class print extends Dog {}
export default class {
  who(): string {
    return this.constructor.name;
  }
}
export function testNames(): unknown {
  const errors = [new AppError("a"), new NotFoundError("b"), new list("c")];
  const animals: Animal[] = [new Animal(), new Dog(), new print()];
  const d = new Dog();
  return [
    errors.map((e) => [e.name, String(e), e instanceof AppError, e.constructor.name]),
    animals.map((a) => [a.describe(), a.species, a.kind, a.constructor.name]),
    d.constructor.name,
  ];
}

class Counter extends Dog {
  static count = 2;
  n = Counter.count;
}

export function testNamesBesideStatics(): unknown {
  const c = new Counter();
  const animal: Animal = c;
  return [c.constructor.name, animal.constructor.name, animal.kind, c.n, Counter.name, list.name, print.name];
}
