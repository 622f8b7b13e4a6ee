// JSON.stringify through a type parameter or `unknown` (a generic function, a callback, a generic
// class, a function passing its parameter on, an overload, an interface, a function type, a member
// of a parameter) prints data, and class instances with their own toJSON(), as Node does; a class
// instance without one is refused where it is given (cs1017-json-of-instances-given-unseen,
// cs1017-json-of-instances-given-through-types).
class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}
class Dated {
  constructor(public at: number) {}
  toJSON(): { at: number } {
    return { at: this.at };
  }
}
function key<T>(value: T): string {
  return JSON.stringify(value);
}
function keys<T>(values: T[]): string[] {
  return values.map((value) => JSON.stringify(value));
}
function log(value: unknown): string {
  return JSON.stringify({ logged: value });
}
function outer(v: unknown): string {
  return log(v);
}
class Cache<T> {
  private seen: string[] = [];
  add(value: T): string {
    const text = JSON.stringify(value);
    this.seen.push(text);
    return text;
  }
  all(): string {
    return this.seen.join("|");
  }
}
export function testData(): string {
  return key({ x: 1, y: 2 }) + keys([1, 2, 3]).join(",") + log("text") + outer([1, null]);
}
export function testOwnToJson(): string {
  return key(new Dated(5)) + log([new Dated(6)]) + keys([new Dated(7), new Dated(8)]).join(";");
}
export function testGenericClass(): string {
  const plain = new Cache<{ a: number }>();
  plain.add({ a: 1 });
  const dated = new Cache<Dated>();
  dated.add(new Dated(1));
  return plain.all() + dated.all();
}
export function testFieldsCopied(): string {
  const p = new Point(1, 2);
  return key({ x: p.x, y: p.y });
}

// Through an overload, an interface's method, a base's abstract method and a function type.
function overloaded<T>(value: T): string;
function overloaded(value: unknown): string {
  return JSON.stringify(value);
}
interface Sink {
  put(v: unknown): string;
}
class JsonSink implements Sink {
  put(v: unknown): string {
    return JSON.stringify(v);
  }
}
abstract class Shower {
  abstract show(v: unknown): string;
}
class JsonShower extends Shower {
  show(v: unknown): string {
    return JSON.stringify(v, null, 1);
  }
}
function run(fn: (v: unknown) => string, value: unknown): string {
  return fn(value);
}
export function testThroughDeclarations(): string[] {
  const sink: Sink = new JsonSink();
  const shower: Shower = new JsonShower();
  const printer: (v: unknown) => string = log;
  return [
    overloaded({ a: [1, "b"] }),
    overloaded(new Dated(3)),
    sink.put([new Dated(4), null]),
    shower.show({ nested: { deep: true } }),
    printer("text"),
    run((v) => JSON.stringify(v), { x: 1 }),
    run(log, new Dated(9)),
  ];
}

// A member of a parameter, a name destructured from one, a `const` built around one.
interface Envelope {
  kind: string;
  data: unknown;
}
function send(envelope: Envelope): string {
  return JSON.stringify(envelope.data);
}
function sendFirst(list: unknown[]): string {
  return JSON.stringify(list[0]);
}
function pick({ data }: Envelope): string {
  return JSON.stringify(data);
}
function rebuilt(e: Envelope): string {
  const { data } = e;
  return JSON.stringify({ data, kind: e.kind });
}
export function testMembers(): string[] {
  return [
    send({ kind: "a", data: [1, { b: 2 }] }),
    sendFirst(["x", new Dated(2)]),
    pick({ kind: "k", data: null }),
    rebuilt({ kind: "w", data: { deep: [new Dated(1)] } }),
  ];
}

// Given back by a function, then printed; a generic one gives back the type it was given.
function pass(v: unknown): unknown {
  return v;
}
function same<T>(v: T): T {
  return v;
}
function wrapIn(v: unknown): { wrapped: unknown } {
  return { wrapped: v };
}
export function testReturned(): string[] {
  return [JSON.stringify(pass([1, "two"])), JSON.stringify(wrapIn(new Dated(3))), JSON.stringify(same({ s: 1 }))];
}

// Stored in fields typed `unknown`, then printed.
class Queue {
  items: unknown[] = [];
  last: unknown = null;
  bag: Record<string, unknown> = {};
  add(v: unknown): void {
    this.items.push(v);
  }
  setLast(v: unknown): void {
    this.last = v;
  }
  put(k: string, v: unknown): void {
    this.bag[k] = v;
  }
  dump(): string {
    return JSON.stringify([this.items, this.last, this.bag]);
  }
}
class Wrapper {
  constructor(public data: unknown) {}
  show(): string {
    return JSON.stringify(this.data);
  }
}
class Outbox {
  pending: Envelope[] = [];
  queue(e: Envelope): void {
    this.pending.push(e);
  }
  flush(): string {
    return JSON.stringify(this.pending);
  }
}
export function testStored(): string {
  const q = new Queue();
  q.add(1);
  q.add(new Dated(2));
  q.setLast("x");
  q.put("k", [null, { deep: new Dated(3) }]);
  const o = new Outbox();
  o.queue({ kind: "e", data: { a: 1 } });
  return q.dump() + o.flush() + new Wrapper([2]).show();
}

// Stored in variables typed `unknown`, then printed; a member read prints only the member.
export function testVariables(): string {
  const list: unknown[] = [1];
  list.push("a", null, new Dated(4));
  let last: unknown = null;
  last = { l: [true] };
  const bag: Record<string, unknown> = {};
  bag["k"] = [1];
  const holder = { point: new Point(1, 2), count: 3 };
  return JSON.stringify([list, last, bag, holder.count]);
}

// Given back by a getter, a method returning a field, a built-in method of a parameter.
class Box {
  private items: unknown[] = [];
  add(v: unknown): void {
    this.items.push(v);
  }
  get all(): unknown[] {
    return this.items;
  }
  getItems(): unknown[] {
    return this.items;
  }
}
function tail(xs: unknown[]): string {
  return JSON.stringify(xs.slice(1));
}
function joined(xs: unknown[], ys: unknown[]): string {
  return JSON.stringify(xs.concat(ys));
}
export function testGivenBack(): string[] {
  const box = new Box();
  box.add({ b: 1 });
  box.add(new Dated(5));
  return [JSON.stringify(box.all), JSON.stringify(box.getItems()), tail([1, "x", null]), joined([1], [[2], new Dated(6)])];
}

// What is printed shows its type: a data member of a parameter, a list's length, a value narrowed by
// `typeof`. Class instances given to these are never printed, and compile.
interface Tagged {
  kind: string;
  payload: unknown;
}
function kindOf(e: Tagged): string {
  return JSON.stringify(e.kind);
}
function countOf(list: unknown[]): string {
  return JSON.stringify(list.length);
}
function textOnly(v: unknown): string {
  return typeof v === "string" ? JSON.stringify(v) : "other";
}
export function testReadsThatShowTheirType(): string[] {
  return [kindOf({ kind: "k", payload: new Point(1, 2) }), countOf([new Point(1, 2)]), textOnly(new Point(3, 4)), textOnly("s")];
}

// Through a `let` copy written again, a `for…of` variable, a queue drained with `shift()`.
function copied(v: unknown, again: unknown): string {
  let copy = v;
  const first = JSON.stringify(copy);
  copy = again;
  return first + JSON.stringify(copy);
}
function each(items: unknown[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    out.push(JSON.stringify(item));
  }
  return out;
}
class Drain {
  private items: unknown[] = [];
  add(v: unknown): void {
    this.items.push(v);
  }
  drain(): string[] {
    const out: string[] = [];
    let next = this.items.shift();
    while (next != null) {
      out.push(JSON.stringify(next));
      next = this.items.shift();
    }
    return out;
  }
}
export function testCopiesAndLoops(): string[] {
  const drain = new Drain();
  drain.add({ q: 1 });
  drain.add(new Dated(7));
  return [copied(1, [2]), ...each(["a", new Dated(8), { b: null }]), ...drain.drain()];
}

// Made where a function or getter returns it through a result typed `unknown`, then printed.
function load(which: number): unknown {
  return which > 0 ? new Dated(which) : { none: true };
}
class Source {
  get payload(): unknown {
    return [1, "two"];
  }
}
export function testMadeWhereReturned(): string[] {
  return [JSON.stringify(load(3)), JSON.stringify(load(0)), JSON.stringify(new Source().payload)];
}

// An element read of a list or record that holds `unknown` values, then printed.
class Shelf {
  private items: unknown[] = [];
  private byName: Record<string, unknown> = {};
  put(name: string, v: unknown): void {
    this.items.push(v);
    this.byName[name] = v;
  }
  first(): string {
    return JSON.stringify(this.items[0]);
  }
  named(name: string): string {
    return JSON.stringify(this.byName[name]);
  }
}
export function testElementsRead(): string[] {
  const shelf = new Shelf();
  shelf.put("d", new Dated(9));
  shelf.put("e", { e: [1] });
  return [shelf.first(), shelf.named("e"), shelf.named("d")];
}
