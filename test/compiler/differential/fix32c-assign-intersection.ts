// Object.assign(this, options) where the options' type is an intersection of data types: each key
// the intersection gives is written through the field's Python name, in the source's order.

interface Options {
  host?: string;
  verbose?: boolean;
}

class Base {
  host = "h";
  verbose = false;
  constructor(o: Options) {
    Object.assign(this, o);
  }
}

class Derived extends Base {
  extraValue = 1;
  constructor(o: Options & { extraValue?: number }) {
    super(o);
    Object.assign(this, o);
  }
  show(): string {
    return `${this.host} ${this.verbose} ${this.extraValue}`;
  }
}

type Named = { label: string };
type Counted = { count: number };

class Counter {
  label = "none";
  count = 0;
  update(patch: Named & Partial<Counted>): string {
    Object.assign(this, patch);
    return `${this.label}:${this.count}`;
  }
}

export function testAssignFromIntersection(): string[] {
  const counter = new Counter();
  return [
    new Derived({ host: "x", extraValue: 5 }).show(),
    new Derived({ verbose: true }).show(),
    counter.update({ label: "a" }),
    counter.update({ label: "b", count: 3 }),
  ];
}
