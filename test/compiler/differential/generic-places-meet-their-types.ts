// Generic functions whose type parameters stand in Records, function-typed properties, Iterables,
// intersections, mapped types, rest tuples and containers they store into, given for function
// types whose callers pass and read the same kind of value; a generic class given for a
// constructor type; a base's setter reached through a generic subclass: each compiles and runs as
// in Node (their refused mirrors: diagnostics/cs1037-cs1051-generic-places.ts).
interface Data {
  v: number;
}
class Plain {
  v = 0;
  constructor(v = 0) {
    this.v = v;
  }
  twice(): number {
    return this.v * 2;
  }
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
type Nested<T> = T | T[] | T[][];
type OneOrMany<T> = T | Record<string, T>;
function keep<T>(x: Nested<T>): Nested<T> {
  return x;
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
class Box<T> {
  constructor(public item: T) {}
  get(): T {
    return this.item;
  }
}
interface PlainBox {
  get(): Plain;
}
export function testRecordsAndProperties(): number[] {
  const fromRecord: (record: Record<string, Plain>) => Plain = only;
  const fromProperty: (holder: { get: () => Data }) => Data = read;
  return [fromRecord({ a: new Plain(3) }).twice(), fromProperty({ get: () => ({ v: 4 }) }).v];
}
export function testIterablesAndMappedTypes(): number[] {
  const fromIterable: (xs: Plain[]) => Plain = firstOf;
  const fromNonNullable: (p: Plain | undefined) => Plain = must;
  const fromReadonly: (p: Data) => Data = freeze;
  const fromRestTuple: (p: Plain, n: number) => Plain = firstOfPair;
  return [fromIterable([new Plain(5)]).twice(), fromNonNullable(new Plain(6)).twice(), fromReadonly({ v: 7 }).v, fromRestTuple(new Plain(8), 1).twice()];
}
export function testStoringTheSameKind(): number[] {
  const pushing: (xs: Plain[], x: Plain) => void = pushInto;
  const storing: (box: { item: Data }, x: Data) => void = store;
  const plains = [new Plain(1)];
  pushing(plains, new Plain(2));
  const box = { item: { v: 0 } };
  storing(box, { v: 9 });
  return [...plains.map((plain) => plain.twice()), box.item.v];
}
export function testNestedOrFlat(): number[] {
  const f: (x: Nested<Data>) => Nested<Data> = keep;
  const one = f({ v: 1 });
  const many = f([{ v: 2 }, { v: 3 }]);
  return [Array.isArray(one) ? -1 : one.v, Array.isArray(many) ? many.length : -1];
}
export function testSetterThroughAGenericSubclass(): number[] {
  const middle = new Middle<Plain>();
  const holder: PlainHolder = middle;
  holder.item = new Plain(4);
  return [holder.count(), middle.held[0]!.twice()];
}
export function testGenericClassForAConstructorType(): number {
  const Made: new (x: Plain) => PlainBox = Box;
  return new Made(new Plain(10)).get().twice();
}
export function testOneOrAnIndex(): number[] {
  // An interface's fields are no values of a Record's T (review S49C, H7: this was refused).
  const f: (x: OneOrMany<Data>) => OneOrMany<Data> = (x) => x;
  const g: <T>(x: OneOrMany<T>) => OneOrMany<T> = (x) => x;
  const h: (x: OneOrMany<Data>) => OneOrMany<Data> = g;
  return [Object.keys(f({ v: 3 })).length, Object.keys(h({ a: { v: 1 }, b: { v: 2 } })).length];
}
