// Setters built from their class's type parameter, written otherwise than their getters, given for
// types whose writers store the same kind of value: each compiles and runs as in Node (their
// refused mirrors: diagnostics/cs1037-generic-setters.ts).
interface Data {
  v: number;
}
class Plain {
  v = 0;
  constructor(v = 0) {
    this.v = v;
  }
}
class Box<T> {
  held: T[] = [];
  get items(): readonly T[] {
    return this.held;
  }
  set items(x: T[]) {
    this.held = x;
  }
  total(): number {
    return this.held.length;
  }
}
interface Holder<T> {
  get items(): readonly T[];
  set items(x: T[]);
  total(): number;
}
interface PlainHolder {
  get items(): readonly Plain[];
  set items(x: Plain[]);
  total(): number;
}
class Shelf<T> {
  held: T[] = [];
  get items(): Plain[] {
    return [new Plain(1)];
  }
  set items(x: T[]) {
    this.held = x;
  }
  total(): number {
    return this.held.length;
  }
}
interface Writer {
  get items(): Plain[];
  set items(x: Data[]);
  total(): number;
}
export function testInstancesThroughAGenericHolder(): number[] {
  const box = new Box<Plain>();
  const holder: Holder<Plain> = box;
  holder.items = [new Plain(2), new Plain(3)];
  return [...box.items.map((plain) => plain.v), holder.total()];
}
export function testDictsThroughAGenericHolder(): number[] {
  const box = new Box<Data>();
  const holder: Holder<Data> = box;
  holder.items = [{ v: 4 }];
  return [box.items[0]!.v, holder.total()];
}
export function testInstancesThroughAPlainHolder(): number {
  const box = new Box<Plain>();
  const holder: PlainHolder = box;
  holder.items = [new Plain(5)];
  return box.items[0]!.v + holder.items.length;
}
export function testDictsStoredInAShelf(): number[] {
  const shelf = new Shelf<Data>();
  const writer: Writer = shelf;
  writer.items = [{ v: 6 }, { v: 7 }];
  return [shelf.held[1]!.v, writer.items[0]!.v, writer.total()];
}
// A data type's `total` is a number, which no method stands behind: reading it is no unbound
// method read, though a generic class here has a method `total` using `this` (it was refused, CS1036).
interface Tally {
  total: number;
  items: number[];
}
export function testANumberNamedLikeAMethod(): number[] {
  const tally: Tally = { total: 1, items: [2] };
  const read = tally.total;
  const { total } = tally;
  return [read, total, tally.items.length];
}
