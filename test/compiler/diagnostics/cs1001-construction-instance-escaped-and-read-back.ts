// An instance that leaves its construction (pushed into an array, set in a Map or a static field,
// assigned to another object, handed to a constructor that keeps it where the check does not
// look) and is read back through where it went before a field is set (review S56B, S6): Node reads
// undefined, Python read None. Each read below is refused.
const registry: Pushed[] = [];
class Pushed {
  later: number;
  seen: string;
  constructor() {
    registry.push(this);
    this.seen = String(registry[0]!.later);
    this.later = 5;
  }
}
const byName = new Map<string, Mapped>();
class Mapped {
  later: number;
  seen: string;
  constructor() {
    byName.set("m", this);
    this.seen = String(byName.get("m")!.later);
    this.later = 5;
  }
}
class Holder {
  static current: Held | undefined = undefined;
}
class Held {
  later: number;
  seen: string;
  constructor() {
    Holder.current = this;
    this.seen = String(Holder.current.later);
    this.later = 5;
  }
}
class Link {
  constructor(private readonly kept: Linked) {}
  host(): Linked {
    return this.kept;
  }
}
class Linked {
  later: number;
  seen: string;
  constructor() {
    const link = new Link(this);
    this.seen = String(link.host().later);
    this.later = 5;
  }
}
const bases: Base[] = [];
class Base {
  constructor() {
    bases.push(this);
  }
}
function describeFirst(): string {
  return String((bases[0] as Derived).later);
}
class Derived extends Base {
  seen = describeFirst();
  later: number = 5;
}
export function testA(): unknown {
  return [new Pushed().seen, new Mapped().seen, new Held().seen, new Linked().seen, new Derived().seen];
}
