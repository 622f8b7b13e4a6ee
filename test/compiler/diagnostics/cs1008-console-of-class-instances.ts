// console.log prints the program's class instances as Node does (console program class-instances),
// except where their Python form cannot say what Node prints: a field whose type admits both null
// and undefined, a field holding a function (Node prints its name), an Error (Node prints its
// stack), a Map field, and a value of an interface with methods (which may be an instance of a class
// that is not the program's).
class Note {
  text?: string | null;
}
class Button {
  onClick = (): number => 1;
}
class Failure extends Error {
  code = 1;
}
class Registry {
  byName = new Map<string, number>();
}
interface Shape {
  area(): number;
}
// A method written to the instance as a bound handler: Node prints it as a field holding a function.
class Clicker {
  clicks = 0;
  constructor() {
    this.handleClick = this.handleClick.bind(this);
  }
  handleClick(): number {
    return ++this.clicks;
  }
}
export function main(shape: Shape): void {
  console.log(new Clicker());
  console.log(new Note());
  console.log([new Button()]);
  console.log(new Failure("m"));
  console.log({ registry: new Registry() });
  console.log(shape);
}
