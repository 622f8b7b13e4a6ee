// JSON.stringify of class instances that reach it by ways the compiler does not follow (a generator
// of unknown values, a structural interface's method): the runtime prints each compiled class's
// fields as Node does (base class first, parameter properties, then declared fields), by their
// JavaScript names, leaving out getters, methods, statics, `#private` fields, functions and fields
// holding undefined.
class Shape {
  kind = "shape";
  label?: string;
  lastSeen: number | null = null;
  static count = 0;
  #serial = 7;
  constructor(
    public id: number,
    private secretCode: string,
  ) {}
  get area(): number {
    return 0;
  }
  describe(): string {
    return `${this.kind}${this.#serial}`;
  }
}
class Square extends Shape {
  side = 2;
  onResize = (by: number): number => this.side * by;
  doneAt!: number;
  constructor(
    id: number,
    readonly tags: string[],
  ) {
    super(id, "s");
  }
  override get area(): number {
    return this.side * this.side;
  }
  finish(at: number): void {
    this.doneAt = at;
  }
}
function* everything(values: unknown[]): Generator<unknown> {
  yield* values;
}
function printAll(values: unknown[], space?: number): string {
  return [...everything(values)].map((value) => JSON.stringify(value, null, space)).join("\n");
}
interface Sink {
  put(value: unknown): string;
}
class JsonSink {
  constructor(private readonly keys?: string[]) {}
  put(value: unknown): string {
    return JSON.stringify(value, this.keys ?? null);
  }
}
function send(sink: Sink, value: unknown): string {
  return sink.put(value);
}

export function testFieldsInNodesOrder(): string {
  const square = new Square(1, ["a"]);
  const before = printAll([square, new Shape(2, "x")]);
  square.finish(5);
  square.label = "big";
  square.lastSeen = 3;
  return before + "\n" + printAll([square]);
}

export function testIndentedAndPicked(): string {
  const square = new Square(3, ["b", "c"]);
  square.label = "picked";
  return [printAll([square], 2), send(new JsonSink(), square), send(new JsonSink(["tags", "id", "missing", "label"]), [square, { id: 9 }])].join("\n");
}

class Node2 {
  next: Node2 | null = null;
  constructor(public name: string) {}
}
class Holder {
  inner = new Node2("inner");
  list = [new Node2("a"), new Node2("b")];
  byName = new Map<string, number>([["x", 1]]);
  seen = new Set<number>([1]);
  record: Record<string, Node2> = { one: new Node2("one") };
}
export function testNestedInstances(): string {
  return printAll([new Holder(), { holder: new Holder() }]);
}

class Stamp {
  constructor(public at: number) {}
  toJSON(): string {
    return `@${this.at}`;
  }
}
class Itself {
  x = 1;
  toJSON(): Itself {
    return this;
  }
}
class Stamped {
  made = new Stamp(4);
  constructor(public name: string) {}
}
export function testOwnToJsonInside(): string {
  return printAll([new Stamped("s"), [new Stamp(1)], new Itself()]);
}

class Base {
  kind = "base";
  shared = 1;
}
class Redeclared extends Base {
  extra = true;
  override kind = "derived";
}
export function testRedeclaredFields(): string {
  return printAll([new Redeclared(), new Base()]);
}

class Box<T> {
  constructor(public value: T) {}
}
class Empty {}
export function testGenericAndEmpty(): string {
  return printAll([new Box(3), new Box([new Box("in")]), new Empty(), [new Empty()]]);
}

class Link {
  next: Link | null = null;
  constructor(public name: string) {}
}
export function testCircleMessage(): string {
  const first = new Link("first");
  const second = new Link("second");
  first.next = second;
  second.next = first;
  try {
    return printAll([first]);
  } catch (error) {
    return error instanceof TypeError ? error.message : "other";
  }
}
