// Review S57A: construction code that calls a function the check cannot tell (an element, a
// parameter, a Map's value, a callback given to the library, a bound method kept in a list), which
// reads the instance from where it went (a static field) or is the instance's own method: it runs
// while a field is not set yet. Node reads undefined; Python read None or raised. Each is refused.
class Holder {
  static element: ThroughAnElement | undefined;
  static parameter: ThroughAParameter | undefined;
  static library: ThroughTheLibrary | undefined;
  static mapped: ThroughAMap | undefined;
  static base: Base | undefined;
}
const readers: (() => string)[] = [() => String(Holder.element!.later)];
class ThroughAnElement {
  later: string | null;
  seen = "";
  constructor() {
    Holder.element = this;
    this.seen = readers[0]!();
    this.later = "x";
  }
}
class ThroughAParameter {
  given: string | null;
  seen = "";
  constructor(read: () => string) {
    Holder.parameter = this;
    this.seen = read();
    this.given = "x";
  }
}
class ThroughTheLibrary {
  mappedLater: string | null;
  seen = "";
  constructor(read: (value: number) => string) {
    Holder.library = this;
    this.seen = [1].map(read).join();
    this.mappedLater = "x";
  }
}
const handlers = new Map<string, () => string>([["read", () => String(Holder.mapped!.kept)]]);
class ThroughAMap {
  kept: string | null;
  seen = "";
  constructor() {
    Holder.mapped = this;
    this.seen = handlers.get("read")!();
    this.kept = "x";
  }
}
const baseReaders: (() => string)[] = [() => String((Holder.base as Leaf).extra)];
class Base {
  seen = "";
  constructor() {
    Holder.base = this;
    this.seen = baseReaders[0]!();
  }
}
class Leaf extends Base {
  extra = 5;
}
const bound: (() => void)[] = [];
class BoundInAList {
  captured: string | null;
  seen = "";
  constructor() {
    bound.push(this.capture.bind(this));
    bound[0]!();
    this.captured = "x";
  }
  capture(): void {
    this.seen = String(this.captured);
  }
}
class BoundInAField {
  walked: string | null;
  seen = "";
  listeners: (() => void)[] = [];
  constructor() {
    this.listeners.push(this.capture.bind(this));
    this.listeners.forEach((listener) => listener());
    this.walked = "x";
  }
  capture(): void {
    this.seen = String(this.walked);
  }
}
export const made = [
  new ThroughAnElement().seen,
  new ThroughAParameter(() => String(Holder.parameter!.given)).seen,
  new ThroughTheLibrary(() => String(Holder.library!.mappedLater)).seen,
  new ThroughAMap().seen,
  new Leaf().seen,
  new BoundInAList().seen,
  new BoundInAField().seen,
];
