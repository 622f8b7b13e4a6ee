// A setter built from its class's type parameter and written otherwise than its getter (`get
// items(): readonly T[]` beside `set items(x: T[])`, or beside a getter of another type):
// TypeScript keeps the setter's instantiated type to itself, so the parts standing for the type
// parameter are met as the type argument the instance gives it. A Plain instance stored through the
// expected type reached a setter that holds dicts.
interface Data {
  v: number;
}
class Plain {
  v = 0;
}
class Box<T> {
  private held: T[] = [];
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
interface DataPlainHolder {
  get items(): readonly Data[];
  set items(x: Plain[]);
  total(): number;
}
class Shelf<T> {
  held: T[] = [];
  get items(): Plain[] {
    return [];
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
  set items(x: Plain[]);
  total(): number;
}
// The expected type's setter built from its own type parameter, the given class's taking dicts.
interface GenericHolder<T> {
  get items(): readonly T[];
  set items(x: T[]);
  total(): number;
}
class Flat {
  held: Data[] = [];
  get items(): Plain[] {
    return [];
  }
  set items(x: Data[]) {
    this.held = x;
  }
  total(): number {
    return this.held.length;
  }
}
export function refused(): number {
  const holder: DataPlainHolder = new Box<Data>();
  const writer: Writer = new Shelf<Data>();
  const generic: GenericHolder<Plain> = new Flat();
  return holder.total() + writer.total() + generic.total();
}
