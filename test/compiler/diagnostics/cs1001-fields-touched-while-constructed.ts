// Code that runs while an instance is constructed and touches a field JavaScript has not defined yet:
// a base class's constructor calling a method a subclass overrides, which writes a field of the
// subclass other than the first it defines (JavaScript creates that key then, ahead of the others)
// or reads one (undefined in JavaScript; no attribute yet in Python):
class Widget {
  id = 1;
  constructor() {
    this.setup();
  }
  setup(): void {}
}
class Button extends Widget {
  text = "ok";
  state = "initial";
  override setup(): void {
    this.state = "setup";
  }
}
class Counter extends Widget {
  count = 2;
  override setup(): void {
    this.describe();
  }
  describe(): string {
    return String(this.count);
  }
}
// A field's initializer calling the class's own code that reads a parameter property typed to admit
// null (set only after every initializer: JavaScript reads undefined, Python's None would be null),
// or writes a field defined after it (the key comes first in JavaScript):
class Early {
  label = this.describe();
  constructor(public name: string | null) {}
  describe(): string {
    return "#" + String(this.name);
  }
}
class Ahead {
  first = this.prepare();
  later = 0;
  prepare(): number {
    this.later = 5;
    return 1;
  }
}
export function build(): unknown[] {
  return [new Button(), new Counter(), new Early(null), new Ahead()];
}
