// Review S49A: a generic function given for a function type, its type parameter standing in a
// Record's values (F1), a function-typed property (F2), an Iterable (F3), an intersection or a mapped
// type (F4), a rest tuple (F5), a container the callers pass and the function stores into (F6); a
// base's setter reached through a generic subclass (F7); a class given for a constructor type (F8).
// Review S49C: a callback's rest parameter, an array or a tuple (H1, H4), a constructor type's
// instance (H3), an overloaded method (H5), a class declared inside the generic function (H6).
// Each compiled and read a dict by attributes.
interface Data {
  v: number;
}
class Plain {
  v = 0;
}
function only<T>(record: Record<string, T>): T {
  return record["a"]!;
}
function read<T>(holder: { get: () => T }): T {
  return holder.get();
}
function firstOf<T>(xs: Iterable<T>): T {
  for (const x of xs) {
    return x;
  }
  throw new Error("empty");
}
function must<T>(x: T): NonNullable<T> {
  if (x === undefined || x === null) {
    throw new Error("missing");
  }
  return x as NonNullable<T>;
}
function freeze<T>(x: T): Readonly<T> {
  return x;
}
function firstOfPair<T>(...args: [T, number]): T {
  return args[0];
}
function pushInto<T>(xs: T[], x: T): void {
  xs.push(x);
}
function store<T>(box: { item: T }, x: T): void {
  box.item = x;
}
function adder<T>(xs: T[]): (x: T) => T[] {
  return (x) => [...xs, x];
}
class Base<T> {
  held: T[] = [];
  get item(): Plain | undefined {
    return undefined;
  }
  set item(x: T) {
    this.held = [x];
  }
}
class Middle<U> extends Base<U> {
  count(): number {
    return this.held.length;
  }
}
interface PlainHolder {
  get item(): Plain | undefined;
  set item(x: Plain);
  count(): number;
}
class DataBox {
  get(): Data {
    return { v: 2 };
  }
}
class Box<T> {
  constructor(public item: T) {}
  get(): T {
    return this.item;
  }
}
interface PlainBox {
  get(): Plain;
}
function applyPair<T>(f: (...xs: [T, number]) => number, x: T): number {
  return f(x, 1);
}
function applyAll<T>(f: (...xs: T[]) => number, x: T): number {
  return f(x);
}
function build<T>(Made: new () => T): T {
  return new Made();
}
interface Source<T> {
  get(): T;
  get(index: number): T;
}
function readSource<T>(source: Source<T>): T {
  return source.get();
}
function boxOf<T>(x: T): { get(): T } {
  class LocalBox {
    constructor(public item: T) {}
    get(): T {
      return this.item;
    }
  }
  return new LocalBox(x);
}
export function refused(): void {
  const fromRecord: (record: Record<string, Data>) => Plain = only;
  const fromProperty: (holder: { get: () => Data }) => Plain = read;
  const fromIterable: (xs: Data[]) => Plain = firstOf;
  const fromNonNullable: (p: Data | undefined) => Plain = must;
  const fromReadonly: (p: Data) => Plain = freeze;
  const fromRestTuple: (p: Data, n: number) => Plain = firstOfPair;
  const pushing: (xs: Plain[], x: Data) => void = pushInto;
  const storing: (box: { item: Plain }, x: Data) => void = store;
  const adding: (xs: Plain[]) => (x: Data) => Plain[] = adder;
  const holder: PlainHolder = new Middle<Data>();
  const Made: new () => PlainBox = DataBox;
  const MadeGeneric: new (x: Data) => PlainBox = Box;
  const pairApplied: (f: (a: Plain, n: number) => number, x: Data) => number = applyPair;
  const allApplied: (f: (a: Plain) => number, x: Data) => number = applyAll;
  const built: (Made: new () => Plain) => Data = build;
  const sourced: (source: Source<Data>) => Plain = readSource;
  const boxed: (x: Data) => { get(): Plain } = boxOf;

}
