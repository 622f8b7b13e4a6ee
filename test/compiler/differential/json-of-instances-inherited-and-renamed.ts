// JSON.stringify of class instances where the class's field list alone would not say what Node
// prints: a field a subclass narrows, into which the base class's method writes null (the field
// then means null, as both declarations together say); `#private` fields of classes whose names
// start with underscores (Python mangles the names again); a field named toJSON holding data (not
// called, as Node calls only a function); an instance hydrated with Object.assign from JSON data
// typed `Partial<User>` (a null copied into a field typed `string | null` stays null); a base
// constructor calling an override that writes the first field the subclass defines (its place is
// the one its definition gives).
class Labelled {
  label: string | null = "base";
  clear(): void {
    this.label = null;
  }
}
class Required extends Labelled {
  override label: string = "required";
  size = 1;
}
export function testSubclassNarrowingAField(): string[] {
  const required = new Required();
  const before = JSON.stringify(required);
  required.clear();
  return [before, JSON.stringify(required)];
}
class _Internal {
  #secret = 1;
  visible = 2;
  reveal(): number {
    return this.#secret;
  }
}
class __Hidden {
  #n = 3;
  shown = 4;
  get n(): number {
    return this.#n;
  }
}
class Internal extends _Internal {
  #secret = 5;
  mine(): number {
    return this.#secret;
  }
}
export function testPrivateFieldsOfUnderscoredClasses(): unknown[] {
  const internal = new Internal();
  return [JSON.stringify(new _Internal()), JSON.stringify(new __Hidden()), new __Hidden().n, JSON.stringify(internal), internal.reveal(), internal.mine()];
}
class Odd {
  toJSON: string | null = "data";
  a = 1;
}
export function testToJsonFieldHoldingData(): string {
  return JSON.stringify([new Odd(), { toJSON: "plain" }]);
}
class User {
  id = 0;
  name = "";
  nickname: string | null = "none";
  static fromJson(text: string): User {
    return Object.assign(new User(), JSON.parse(text) as Partial<User>);
  }
}
export function testHydratedFromJson(): string[] {
  return [JSON.stringify(User.fromJson('{"name":"n","id":3,"nickname":"nn"}')), JSON.stringify(User.fromJson('{"nickname":null,"id":4}'))];
}
class Widget {
  id = 1;
  constructor() {
    this.setup();
  }
  setup(): void {}
}
class Label extends Widget {
  caption!: string;
  color = "red";
  override setup(): void {
    this.caption = "from setup";
  }
}
class Titled extends Widget {
  title = "initial";
  shown = true;
  override setup(): void {
    this.title = "from setup";
  }
}
export function testBaseConstructorWritingTheFirstSubclassField(): string[] {
  return [JSON.stringify(new Label()), JSON.stringify(new Titled())];
}
// An instance typed by an intersection (Object.assign's result, a brand) or by `Readonly<C>` is
// printed as its class's instance.
class Account {
  id = 0;
  name = "";
}
class Order {
  constructor(
    public id: number,
    public total: number,
  ) {}
}
type Verified<T> = T & { readonly verified: true };
class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
  length(): number {
    return Math.hypot(this.x, this.y);
  }
}
export function testIntersectionsAndReadonly(): string[] {
  const verified = new Order(1, 9) as Verified<Order>;
  const frozen: Readonly<Point> = new Point(1, 2);
  return [JSON.stringify(Object.assign(new Account(), { name: "n", id: 5 })), JSON.stringify(verified), JSON.stringify([frozen, frozen.length()])];
}
// A generic class whose type parameter leaves out undefined, as CS1017's advice for a field typed by
// it says: its fields' None is null for every instance.
class Stack<T extends NonNullable<unknown> | null> {
  items: T[] = [];
  top: T | null = null;
  push(value: T): void {
    this.items.push(value);
    this.top = value;
  }
}
class Box<T extends NonNullable<unknown> | null> {
  constructor(public value: T) {}
}
export function testTypeParameterLeavingOutUndefined(): string[] {
  const stack = new Stack<number>();
  const before = JSON.stringify(stack);
  stack.push(1);
  return [before, JSON.stringify(stack), JSON.stringify([new Box<string | null>(null), new Box("s")])];
}
