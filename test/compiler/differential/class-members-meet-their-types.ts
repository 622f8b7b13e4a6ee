// What another class, a subclass or a function holds and gives out meets the type it is given for
// (review S46D, F1, F11): the ones that fit compile and run as in Node, the ones that carry a dict
// where an object is read (or the reverse) are refused (diagnostics/cs1051-cs1037-members-and-callbacks.ts).
class Plain {
  v = 1;
  twice(): number {
    return this.v * 2;
  }
}
class Box<T> {
  constructor(public item: T) {}
  read(): T {
    return this.item;
  }
}
class PlainBox extends Box<Plain> {
  label = "plain";
}
interface Holder<T> {
  get(): T;
}
class MadeHolder {
  get(): Plain {
    const made = new Plain();
    made.v = 7;
    return made;
  }
}
class LiteralHolder {
  get(): Plain {
    return { v: 8, twice: () => 16 };
  }
}
class Shape {
  area(): number {
    return 0;
  }
  scaled(by: number): Shape {
    return by === 1 ? this : new Square(by);
  }
}
class Square extends Shape {
  constructor(public side: number) {
    super();
  }
  override area(): number {
    return this.side * this.side;
  }
  override scaled(by: number): Square {
    return new Square(this.side * by);
  }
}
interface Sink<T> {
  put(x: T): number;
}
class PlainSink {
  put(x: Plain): number {
    return x.twice();
  }
}
class DataSink {
  put(x: { v: number }): number {
    return x.v + 100;
  }
}
function readBox(box: Box<Plain>): number {
  return box.item.v + box.read().twice();
}
function readHolder(holder: Holder<Plain>): number {
  return holder.get().twice();
}
function grow(shape: Shape): number[] {
  return [shape.area(), shape.scaled(2).area(), shape.scaled(1).area()];
}
function fill(sink: Sink<Plain>): number {
  return sink.put(new Plain());
}
function fillData(sink: Sink<{ v: number }>): number {
  return sink.put({ v: 5 });
}
export function testSubclassOfGeneric(): unknown {
  return [readBox(new PlainBox(new Plain())), new PlainBox(new Plain()).label];
}
export function testHolders(): unknown {
  return [readHolder(new MadeHolder()), readHolder(new LiteralHolder())];
}
export function testOverrides(): unknown {
  return [grow(new Square(3)), grow(new Shape())];
}
export function testSinks(): unknown {
  return [fill(new PlainSink()), fillData(new DataSink())];
}
export function testRecords(): unknown {
  const made: Record<string, Plain> = { a: new Plain() };
  const copied: Record<string, Plain> = { ...made, b: new Plain() };
  const data: Record<string, { v: number }> = { a: { v: 2 } };
  const dataCopied: Record<string, { v: number }> = { ...data };
  return [copied["a"]!.twice(), copied["b"]!.v, dataCopied["a"]!.v, Object.keys(copied)];
}
export function testCallbacks(): unknown {
  const twice = (p: Plain): number => p.twice();
  const callback: (p: Plain) => number = twice;
  const readsData = (x: { v: number }): number => x.v;
  const dataCallback: (x: { v: number }) => number = readsData;
  return [callback(new Plain()), dataCallback({ v: 4 }), [new Plain()].map(twice)];
}
