// A method read without calling it: called later, JavaScript gives it `this` undefined, Python keeps it bound.
interface Counter {
  next(): number;
}

class Ticker implements Counter {
  count = 0;
  next(): number {
    this.count += 1;
    return this.count;
  }
  static describe(this: void): string {
    return "ticker";
  }
  static current(): number {
    return this.name.length;
  }
}

export function throughInterface(counter: Counter): number {
  const next = counter.next;
  return next();
}

export function throughDestructuring(counter: Counter): number {
  const { next } = counter;
  return next();
}

export function throughDestructuringAssignment(counter: Counter): number {
  let step: () => number = () => 0;
  ({ next: step } = counter);
  return step();
}

export function asCallback(ticker: Ticker): number[] {
  return [1, 2].map(ticker.next);
}

export function literalMethod(): number {
  const counter = {
    n: 1,
    next() {
      return this.n;
    },
  };
  const next = counter.next;
  return next();
}

export function staticUsingThis(): number {
  const current = Ticker.current;
  return current() + Ticker.describe().length;
}

// A literal key names the method as the dot does.
export function byLiteralKey(counter: Counter): number {
  const next = counter["next"];
  return next();
}
// Review 24B F10: an interface's function-typed property that a class implements with a method using
// `this`, read through the interface: JavaScript's call later has `this` undefined (a TypeError).
interface Formatter {
  format: (value: number) => string;
  name(): string;
}
class Money implements Formatter {
  currency = "$";
  name(): string {
    return "money";
  }
  format(value: number): string {
    return this.currency + String(value);
  }
}
export function formatAll(formatter: Formatter, values: number[]): string[] {
  const { format } = formatter;
  return [...values.map(formatter.format), format(1)];
}
export const money: Formatter = new Money();
// Review 27A F8, F9: the same read through a type parameter, by a literal key, and where an object
// literal implements the property with a method using `this`.
export function viaGeneric<F extends Formatter>(formatter: F): (value: number) => string {
  return formatter.format;
}
export function viaKey(formatter: Formatter): (value: number) => string {
  return formatter["format"];
}
interface Labeller {
  prefix: string;
  label: (value: number) => string;
  describe(): string;
}
const labeller: Labeller = {
  prefix: "#",
  label(value: number): string {
    return this.prefix + String(value);
  },
  describe(): string {
    return "labeller";
  },
};
export function labelAll(values: number[]): string[] {
  const read: Labeller = labeller;
  return values.map(read.label);
}
// Review 27A F16: a generic class implementing the property with a method using `this`.
interface Stamper {
  stamp: (value: number) => string;
}
export class Tagged<T extends number> {
  constructor(public tag: string) {}
  stamp(value: T): string {
    return this.tag + String(value);
  }
}
export function stampAll(stamper: Stamper): string[] {
  return [1, 2].map(stamper.stamp);
}
// The same, where the literal is kept in a `const` of its own type and that variable is given as one.
interface Marker {
  mark: (value: number) => string;
}
const keptMarker = {
  base: "@",
  mark(value: number): string {
    return this.base + String(value);
  },
};
export function markKept(): string[] {
  const given: Marker = keptMarker;
  return [3].map(given.mark);
}

// A static method whose base version reads no `this`, read through the base's type, where a
// subclass's override (a classmethod, bound when read) reads `this` (review S45T, H2).
class PlainMaker {
  static make(): string {
    return "plain";
  }
}
class TaggedMaker extends PlainMaker {
  static tag = "t";
  static describe(): string {
    return "tagged";
  }
  static override make(): string {
    return `tagged ${this.tag}`;
  }
}
export function makers(kind: typeof PlainMaker): string[] {
  return [TaggedMaker.tag].map(kind.make);
}

// A class object given as an interface whose function-typed property its static method using
// `this` stands for (review S45U, K3).
interface Maker {
  make: () => string;
  describe(): string;
}
export function throughAnInterface(): string[] {
  const maker: Maker = TaggedMaker;
  return [TaggedMaker.tag].map(maker.make);
}
