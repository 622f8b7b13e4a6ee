// Review S46C: a dict inside a generic class given where the class of another type argument is
// expected (`Box<{ v: number }>` for `Box<Plain>`, F9), and its mirror, an instance inside a
// `Box<Pt>` of a data type (CS1037); a spread's member meeting a class-typed member (F10); the
// advice for a constraint naming the call's own type parameter (F14: no type argument to write);
// one refusal, not two, where a call's argument is refused already (F7).
class Plain {
  v = 1;
}
interface Pt {
  x: number;
}
class P {
  constructor(public x: number) {}
}
class Box<T> {
  constructor(public item: T) {}
}
class Outer {
  inner: Plain = new Plain();
  n = 0;
}
interface Ranked<T> {
  rank: number;
  better?(other: T): boolean;
}
function readPlain(box: Box<Plain>): number {
  return box.item.v;
}
function readPoint(box: Box<Pt>): number {
  return box.item.x;
}
function top<T extends Ranked<T>>(make: () => T): number {
  return make().rank;
}
function pickMade<T extends Plain>(first: T, make: () => T): number {
  return first.v + make().v;
}
export function refused(): unknown {
  const plain = { v: 2 };
  const declared: Box<Plain> = new Box(plain);
  const inferred = new Box({ v: 4 });
  const base = { inner: { v: 2 }, n: 1 };
  const outer: Outer = { ...base };
  const points: Box<Pt> = new Box(new P(6));
  return [declared, readPlain(new Box(plain)), readPlain(inferred), outer, readPoint(new Box(new P(5))), points, top(() => ({ rank: 3 })), pickMade(new Plain(), () => ({ v: 4 }))];
}
// Review S46E: a type parameter a base class holds (`Box<T> extends Base<T>`, F2) or an index or
// call signature gives out (`Bag<T>`, `Getter<T>`, F3); review S46D, F2: a function value whose
// result is a dict where one returning a class is expected.
class Base<T> {
  constructor(public value: T) {}
}
class Derived<T> extends Base<T> {}
interface Bag<T> {
  [key: string]: T;
}
interface Getter<T> {
  (): T;
}
function readDerived(box: Derived<Plain>): number {
  return box.value.v;
}
function readBag(bag: Bag<Plain>): number {
  return bag["k"]!.v;
}
function readGetter(getter: Getter<Plain>): number {
  return getter().v;
}
export function carried(): unknown {
  const derived = new Derived<{ v: number }>({ v: 3 });
  const bag: Bag<{ v: number }> = { k: { v: 2 } };
  const getter: Getter<{ v: number }> = () => ({ v: 7 });
  const make = (): { v: number } => ({ v: 1 });
  const typed: () => Plain = make;
  return [readDerived(derived), readBag(bag), readGetter(getter), typed().v];
}
