// Setters that take what their type's writers store (review S47A, F3): a readonly target, a setter
// of the same type as its getter, a generic class's setter typed by its parameter, and a setter
// that takes more than the target stores compile and run as in Node; the ones that meet a dict
// where an instance goes (or the reverse) are refused (diagnostics/cs1037-cs1051-setters.ts).
class Plain {
  v = 1;
}
interface Slot {
  item: Plain;
  touch(): number;
}
class DictSlot {
  raw = 0;
  get item(): Plain {
    return new Plain();
  }
  set item(x: { v: number }) {
    this.raw = x.v;
  }
  touch(): number {
    return this.raw;
  }
}
// The mirror: the setter takes an instance, the target's writers store dicts.
interface DictWriter {
  get item(): Plain;
  set item(x: { v: number });
  count(): number;
}
class TakesPlain {
  raw = 0;
  get item(): Plain {
    return new Plain();
  }
  set item(x: { v: number } | Plain) {
    this.raw = x instanceof Plain ? 5 : x.v;
  }
  count(): number {
    return this.raw;
  }
}
export function testSetterWide(): unknown {
  const s: DictWriter = new TakesPlain();
  s.item = { v: 3 };
  return s.count();
}
// Readonly target: nothing is written through it, so the setter's type does not matter.
interface ReadSlot {
  readonly item: Plain;
  touch(): number;
}
export function testReadonlyTarget(): unknown {
  const s: ReadSlot = new DictSlot();
  return s.item.v;
}
// Same types on both sides: no write flow reported.
class PlainSlot {
  private held = new Plain();
  get item(): Plain {
    return this.held;
  }
  set item(x: Plain) {
    this.held = x;
  }
  touch(): number {
    return this.held.v;
  }
}
export function testSameTypes(): unknown {
  const s: Slot = new PlainSlot();
  s.item = new Plain();
  return s.touch();
}
// A generic class whose setter is typed by its parameter.
class Box<T> {
  constructor(private held: T) {}
  get item(): T {
    return this.held;
  }
  set item(x: T) {
    this.held = x;
  }
}
class TouchBox extends Box<Plain> {
  touch(): number {
    return this.item.v;
  }
}
export function testGenericSame(): unknown {
  const s: Slot = new TouchBox(new Plain());
  s.item = new Plain();
  return s.touch();
}
