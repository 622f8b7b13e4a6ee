// The instance given to a method that returns it, used through the result (review S54A, F9).
class Registry {
  all: Widget[] = [];
  register<T extends Widget>(w: T): T { this.all.push(w); return w; }
}
const registry = new Registry();
class Widget {
  shown: string;
  tag: string | null;
  constructor() {
    this.shown = registry.register(this).describe();
    this.tag = "w";
  }
  describe(): string { return `t=${this.tag}`; }
}
export function testReturnsParam(): string { return new Widget().shown; }
