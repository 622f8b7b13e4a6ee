// Construction code that reaches the instance in ways the check follows conservatively: a method's
// parameter default; an arrow or a bound method given to any function (which may call it now); an
// arrow returned, or put in an object literal, and called; `this` inside a literal given to
// JSON.stringify or console.log, joined with `+=`, spread, given to other code, or printed with a
// key list or a `%s` format; aliases of aliases; fluent methods returning `this`; a member the base
// declares abstract (a getter) or by a merged interface that a subclass defines as a field; a field
// without initializer read before the constructor assigns it; a later `#private` field; a
// subclass's `#private` field reached from the base's constructor.
class Defaulted {
  text = this.describe();
  owner: string | null = "ann";
  describe(flag: boolean = this.owner === null): string {
    return flag ? "nobody" : "not yet";
  }
}
class Mapped {
  text = this.calc();
  owner: string | null = "ann";
  calc(): string {
    const format = (n: number): string => String(this.owner) + String(n);
    return [1].map(format).join();
  }
}
class Wrapped {
  snap = this.take();
  owner: string | null = "ann";
  take(): string {
    return JSON.stringify({ me: this });
  }
}
class Joined {
  text = this.join();
  owner: string | null = "ann";
  join(): string {
    let text = "card:";
    text += this;
    return text;
  }
  toString(): string {
    return String(this.owner);
  }
}
class Chained {
  text = this.read();
  owner: string | null = "ann";
  read(): string {
    const first = this;
    const second = first;
    return String(second.owner);
  }
}
abstract class Shape {
  text: string;
  constructor() {
    this.text = this.describe();
  }
  abstract get kind(): string;
  describe(): string {
    return `shape ${String(this.kind)}`;
  }
}
class Circle extends Shape {
  kind = "circle";
}
class Iterated {
  first = [...this][0];
  items: number[] | null = [1];
  *[Symbol.iterator](): Generator<string> {
    yield this.items === null ? "null" : "other";
  }
}
class AssignedLater {
  owner: string | null;
  text = this.peek();
  constructor() {
    this.owner = "ann";
  }
  peek(): string {
    return this.owner === null ? "nobody" : "not yet";
  }
}
class ReadBeforeAssigned {
  text: string;
  owner: string | null;
  constructor() {
    this.text = this.peek();
    this.owner = "ann";
  }
  peek(): string {
    return this.owner === null ? "nobody" : "not yet";
  }
}
class Fluent {
  text = this.read();
  owner: string | null = "ann";
  read(): string {
    return this.self().owner === null ? "nobody" : "not yet";
  }
  self(): this {
    return this;
  }
}
class CallsBack {
  text = this.run(() => String(this.owner));
  owner: string | null = "ann";
  run(callback: () => string): string {
    return `[${callback()}]`;
  }
}
class KeyListed {
  printed = JSON.stringify(this, ["state"]);
  owner = "ann";
  get state(): string {
    return typeof this.owner;
  }
}
class PrivateLater {
  first = this.peek();
  #count?: number = 1;
  peek(): string {
    return this.#count === undefined ? "unset" : "set";
  }
}
class InLiteral {
  text = this.call();
  owner: string | null = "ann";
  call(): string {
    const handlers = { run: (): string => String(this.owner) };
    return handlers.run();
  }
}
const registry: object[] = [];
function register(instance: object): void {
  registry.push(instance);
}
class Registered {
  constructor() {
    register(this);
    console.log("%s", this);
  }
}
class Button extends Registered {
  label = "ok";
  override toString(): string {
    return this.label;
  }
}
// The instance given to another class's constructor, which reads a field not assigned yet through
// its parameter property.
class Leaf {
  constructor(
    readonly tree: Forest,
    readonly label: string,
  ) {
    this.tree.log.push(`${label} of ${String(this.tree.owner)}`);
  }
}
class Forest {
  log: string[] = [];
  owner: string | null;
  leaves: Leaf[];
  constructor(labels: string[]) {
    this.leaves = labels.map((label) => new Leaf(this, label));
    this.owner = "ann";
  }
}
// Kept in the new instance's plain field and read through it; a parameter property's parameter used
// directly; a function stored in a field and called through it; a setter run with an arrow; a member
// returning a local holding `this`.
class Page {
  private book: Book;
  text: string;
  constructor(book: Book) {
    this.book = book;
    this.text = this.book.title();
  }
}
class Book {
  page = new Page(this);
  name: string | null = "b";
  title(): string {
    return String(this.name);
  }
}
class Cover {
  text: string;
  constructor(private readonly book: Shelf) {
    this.text = book.title();
  }
}
class Shelf {
  cover = new Cover(this);
  name: string | null = "s";
  title(): string {
    return String(this.name);
  }
}
class StoredCallback {
  callback: () => string;
  out: string;
  size: number | null;
  constructor() {
    this.callback = () => String(this.size);
    this.out = this.callback();
    this.size = 5;
  }
}
class Watched {
  seen = "";
  size: number | null;
  set onChange(read: () => string) {
    this.seen = read();
  }
  constructor() {
    this.onChange = () => String(this.size);
    this.size = 3;
  }
}
class FluentAlias {
  out: string;
  size: number | null;
  constructor() {
    this.out = String(this.self().size);
    this.size = 3;
  }
  self(): FluentAlias {
    const me = this;
    return me;
  }
}
class Shown {
  shown: string;
  constructor() {
    try {
      this.shown = this.describe();
    } catch (error) {
      this.shown = error instanceof TypeError ? "not yet" : "other";
    }
  }
  describe(): string {
    return "base";
  }
}
class Secret extends Shown {
  #secret = "s";
  override describe(): string {
    return this.#secret;
  }
}
export const reached = [
  new Book(),
  new Shelf(),
  new StoredCallback(),
  new Watched(),
  new FluentAlias(),
  new Forest(["x"]),
  new Defaulted(),
  new Mapped(),
  new Wrapped(),
  new Joined(),
  new Chained(),
  new Circle(),
  new Iterated(),
  new AssignedLater(),
  new ReadBeforeAssigned(),
  new Fluent(),
  new CallsBack(),
  new KeyListed(),
  new PrivateLater(),
  new InLiteral(),
  new Button(),
  new Secret(),
];
