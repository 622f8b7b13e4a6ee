// Review S46D: a dict held by another class or a subclass given for the program's class or interface
// (F1: `DictBox extends Box<{ v: number }>` for `Box<Plain>`, a method's result for `Holder<Plain>`,
// a field a subclass overrides), and a Record of dicts given for a Record of a class (F11, also
// through a spread). Their mirror (CS1037): a method or a callback whose parameter is read as a
// dict, given where its callers pass instances.
class Plain {
  v = 1;
}
class Box<T> {
  constructor(public item: T) {}
}
class DictBox extends Box<{ v: number }> {}
interface Holder<T> {
  get(): T;
}
class DictHolder {
  get(): { v: number } {
    return { v: 7 };
  }
}
class Base {
  constructor(public inner: Plain) {}
}
class Narrow extends Base {
  constructor(public override inner: { v: number }) {
    super(new Plain());
  }
}
interface Sink<T> {
  put(x: T): number;
}
class DictSink {
  put(x: { v: number }): number {
    return x.v;
  }
}
function readBox(box: Box<Plain>): number {
  return box.item.v;
}
function readHolder(holder: Holder<Plain>): number {
  return holder.get().v;
}
function fill(sink: Sink<Plain>): number {
  return sink.put(new Plain());
}
export function refused(): unknown {
  const raw: Record<string, { v: number }> = { a: { v: 2 } };
  const direct: Record<string, Plain> = raw;
  const copied: Record<string, Plain> = { ...raw };
  const narrowed: Base = new Narrow({ v: 3 });
  const readsDict = (x: { v: number }): number => x.v;
  const callback: (p: Plain) => number = readsDict;
  return [readBox(new DictBox({ v: 2 })), readHolder(new DictHolder()), direct, copied, narrowed, fill(new DictSink()), callback];
}
