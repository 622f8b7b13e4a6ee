// A class instance given where JSON.stringify prints it, through a declaration the call resolves to
// that is not the one that prints: an overload, an interface's or a base class's method (the class's
// own prints), an interface's type parameter (the class that implements it prints its own), and a
// function type that a printing function was given for (a variable, a parameter, a list of them, a
// field holding an arrow). Refused at the instance, as where the printing function is called itself.
class Point {
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
