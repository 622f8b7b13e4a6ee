// Review S47A, F3: a setter may take another type than its getter gives (TypeScript 5.1). What the
// target's writers store goes to the setter: a Plain instance stored through `Slot` reached a
// setter that reads a dict, and the mirror. The message names the setter to change (F8).
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
// A generic class whose setter is typed by its type parameter, given `{ v: number }` for it.
class LooseBox<T> {
  raw = 0;
  get item(): Plain {
    return new Plain();
  }
  set item(x: T) {
    this.raw = (x as { v: number }).v;
  }
  touch(): number {
    return this.raw;
  }
}
// The mirror: the target's writers store dicts, the setter reads an instance by attributes.
class Holder {
  value = 0;
  read(): number {
    return this.value;
  }
}
interface DictWriter {
  get item(): Holder;
  set item(x: { value: number });
  count(): number;
}
class TakesHolder {
  raw = 0;
  get item(): Holder {
    return new Holder();
  }
  set item(x: Holder) {
    this.raw = x.read();
  }
  count(): number {
    return this.raw;
  }
}
// A generic interface whose accessors take and give T[] (review S48A, F1): its writers store Plain[].
interface ListSlot<T> {
  get items(): T[];
  set items(x: T[]);
  touch(): number;
}
class DictListSlot {
  raw = 0;
  get items(): Plain[] {
    return [new Plain()];
  }
  set items(x: { v: number }[]) {
    this.raw = x[0]!.v;
  }
  touch(): number {
    return this.raw;
  }
}
// A function given where a union of a function type and a number is expected (review S48A, F2).
function readsDict(p: { v: number }): number {
  return p.v;
}
export function refused(): unknown {
  const slot: Slot = new DictSlot();
  const loose: Slot = new LooseBox<{ v: number }>();
  const writer: DictWriter = new TakesHolder();
  const list: ListSlot<Plain> = new DictListSlot();
  const either: ((p: Plain) => number) | number = readsDict;
  return [slot, loose, writer, list, either];
}
