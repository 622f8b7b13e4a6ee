// A class instance given where JSON.stringify prints it, through a declaration the call resolves to
// that is not the one that prints: an overload, an interface's or a base class's method (the class's
// own prints), an interface's type parameter (the class that implements it prints its own), and a
// function type that a printing function was given for (a variable, a parameter, a list of them, a
// field holding an arrow). Refused at the instance, as where the printing function is called itself.
// (Point's `note` may hold null or undefined, which the runtime cannot print: cs1017-json-of-class.)
class Point {
  note?: string | null;
  constructor(
    public x: number,
    public y: number,
  ) {}
}
function key<T>(value: T): string;
function key(value: unknown): string {
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
interface Store<T> {
  add(v: T): string;
}
class JsonStore<T> implements Store<T> {
  add(v: T): string {
    return JSON.stringify(v);
  }
}
abstract class Base {
  abstract show(v: unknown): string;
}
class Shower extends Base {
  show(v: unknown): string {
    return JSON.stringify(v);
  }
}
function log(value: unknown): string {
  return JSON.stringify(value);
}
function run(fn: (v: unknown) => string, p: Point): string {
  return fn(p);
}
type Printer = (v: unknown) => string;
const printers: Printer[] = [log];
class Holder {
  print: (v: unknown) => string = (v) => JSON.stringify(v);
}
export function given(sink: Sink, store: Store<Point>, base: Base): string[] {
  const p = new Point(1, 2);
  const f: (v: unknown) => string = log;
  return [key(p), sink.put(p), store.add(p), base.show(p), f(p), ...printers.map((each) => each(p)), new Holder().print(p), run(log, p)];
}
export const made = given(new JsonSink(), new JsonStore(), new Shower());

// A member of a parameter that JSON.stringify prints (`envelope.data`, `list[0]`, a name destructured
// from it), and the whole of a data type whose member is `unknown`.
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
function whole(e: Envelope): string {
  return JSON.stringify(e);
}
export function members(): string[] {
  const p = new Point(3, 4);
  return [send({ kind: "a", data: p }), sendFirst([p]), pick({ kind: "b", data: p }), whole({ kind: "c", data: [p] })];
}

// Given back by a function whose result's type hides it, then printed.
function pass(v: unknown): unknown {
  return v;
}
const arrowPass = (v: unknown): unknown => v;
function wrapIn(v: unknown): { wrapped: unknown } {
  return { wrapped: v };
}
export function returned(): string[] {
  const p = new Point(5, 6);
  return [JSON.stringify(pass(p)), JSON.stringify(arrowPass(p)), JSON.stringify(wrapIn(p))];
}

// Stored first, printed later: a field typed `unknown`, `unknown[]` or a Record of `unknown` that
// JSON.stringify prints (written, pushed into, set by key, a constructor's parameter property), and
// a list of a data type holding `unknown`. Refused where the instance is given, or stored.
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
export function stored(): string[] {
  const p = new Point(7, 8);
  const q = new Queue();
  q.add(p);
  q.setLast(p);
  q.put("k", p);
  q.items.push(p);
  q.last = p;
  const o = new Outbox();
  o.queue({ kind: "d", data: p });
  return [q.dump(), new Wrapper(p).show(), o.flush()];
}

// Stored in a variable declared with a type that hides what it holds, then printed.
export function inVariables(): string {
  const p = new Point(9, 9);
  const list: unknown[] = [];
  list.push(p);
  let last: unknown = null;
  last = p;
  const bag: Record<string, unknown> = {};
  bag["k"] = p;
  return JSON.stringify([list, last, bag]);
}

// Given back by a getter or a method returning a field, or by a built-in method of what a
// parameter holds (`slice`, `concat`), then printed.
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
export function givenBack(): string[] {
  const p = new Point(10, 11);
  const box = new Box();
  box.add(p);
  return [JSON.stringify(box.all), JSON.stringify(box.getItems()), tail([1, p]), joined([1], [p])];
}

// Through a `let` copy (written again later too) and a `for…of` variable.
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
export function copiesAndLoops(): string[] {
  const p = new Point(12, 13);
  const drain = new Drain();
  drain.add(p);
  return [copied(1, p), ...each([p]), ...drain.drain()];
}

// Made where a function or getter returns it through a result typed `unknown`, then printed.
function load(): unknown {
  return new Point(14, 15);
}
class Source {
  get payload(): unknown {
    return new Point(16, 17);
  }
}
export const loaded = [JSON.stringify(load()), JSON.stringify(new Source().payload)];

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
export function shelved(): string[] {
  const shelf = new Shelf();
  shelf.put("p", new Point(18, 19));
  return [shelf.first(), shelf.named("p")];
}
