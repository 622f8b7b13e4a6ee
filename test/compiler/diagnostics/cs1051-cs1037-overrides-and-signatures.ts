// Review S47A: what moves between a class and the type it is used as, in every form the members take.
// A subclass's override read by the base's own methods through `this` (F10, reported at the base's
// name); an optional method (F2); a class given for a constructor type (F4); a target with two call
// signatures (F5); a rest parameter meeting single ones (F6); an intersection (F7); Sets and
// Iterables (F9); a destructured parameter, named by its place (F11).
class Plain {
  v = 1;
}
class Base {
  inner: Plain = new Plain();
  make(): Plain {
    return new Plain();
  }
  take(x: Plain): number {
    return x.v;
  }
  run(): number {
    return this.make().v + this.take(new Plain()) + this.inner.v;
  }
}
class DictMake extends Base {
  override make(): { v: number } {
    return { v: 5 };
  }
}
class DictTake extends Base {
  override take(x: { v: number }): number {
    return x.v + 10;
  }
}
interface OptGet {
  get?(): Plain;
}
class DictOptGet {
  get(): { v: number } {
    return { v: 7 };
  }
}
type Ctor = new (p: Plain) => { n: number };
class ReadsDict {
  n: number;
  constructor(p: { v: number }) {
    this.n = p.v;
  }
}
interface TwoWays {
  (s: string): number;
  (p: Plain): number;
}
interface Holder<T> {
  get(): T;
}
interface Tag {
  tag(): string;
}
class TaggedDict {
  get(): { v: number } {
    return { v: 3 };
  }
  tag(): string {
    return "t";
  }
}
class Box<T> {
  constructor(public item: T) {}
}
class DictBox extends Box<{ v: number }> {}
export function refused(): unknown {
  const optional: OptGet = new DictOptGet();
  const made: Ctor = ReadsDict;
  const either: TwoWays = (x: string | { v: number }): number => (typeof x === "string" ? 0 : x.v);
  const rest = (...xs: { v: number }[]): number => xs[0]!.v;
  const single: (p: Plain) => number = rest;
  const both: Holder<Plain> & Tag = new TaggedDict();
  const boxes: Set<Box<Plain>> = new Set([new DictBox({ v: 2 })]);
  const plains: Iterable<Plain> = [{ v: 2 }];
  const destructured: (p: Plain) => number = ({ v }: { v: number }) => v;
  return [new DictMake().run(), new DictTake().run(), optional, made, either, single, both, boxes, plains, destructured];
}
