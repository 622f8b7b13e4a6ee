// Review S57A: the instance, gone into a registry, converted or iterated while it is constructed,
// reading a field not set yet: a conversion given to `Array.from`, `console.debug`, JSON.stringify of
// an object literal or another class's instance holding it, a generic function given as a callback,
// a `for…of` or a spread of it running its iterator. Node reads undefined; Python read None or
// raised. Each is refused.
const mappedRegistry: Mapped[] = [];
class Mapped {
  label: string;
  seen = "";
  constructor() {
    mappedRegistry.push(this);
    this.seen = Array.from(mappedRegistry, String).join(",");
    this.label = "h";
  }
  toString(): string {
    return "H:" + this.label;
  }
}
const debugRegistry: Debugged[] = [];
class Debugged {
  first: number = this.register();
  second = 5;
  register(): number {
    debugRegistry.push(this);
    console.debug(debugRegistry[0]);
    return 1;
  }
}
const wrappedRegistry: Wrapped[] = [];
class Wrapped {
  text: string = this.register();
  count: number | null = 5;
  register(): string {
    wrappedRegistry.push(this);
    return JSON.stringify({ item: wrappedRegistry[0] });
  }
}
class Box {
  constructor(public item: Boxed) {}
}
const boxedRegistry: Boxed[] = [];
class Boxed {
  text: string = this.register();
  total: number | null = 5;
  register(): string {
    boxedRegistry.push(this);
    return JSON.stringify(new Box(boxedRegistry[0]!));
  }
}
const formattedRegistry: Formatted[] = [];
function format<T>(items: T[]): string {
  return items.join();
}
class Formatted {
  name: string;
  shown = "";
  constructor() {
    formattedRegistry.push(this);
    this.shown = [formattedRegistry].map(format).join("|");
    this.name = "h";
  }
  toString(): string {
    return "F:" + this.name;
  }
}
const bags: Bag[] = [];
class Bag {
  later: string | null;
  seen = "";
  constructor() {
    bags.push(this);
    for (const each of bags[0]!) {
      this.seen += each;
    }
    this.later = "x";
  }
  *[Symbol.iterator](): Generator<string> {
    yield String(this.later);
  }
}
const spreadBags: SpreadBag[] = [];
class SpreadBag {
  afterwards: string | null;
  seen = "";
  constructor() {
    spreadBags.push(this);
    this.seen = [...spreadBags[0]!].join();
    this.afterwards = "x";
  }
  *[Symbol.iterator](): Generator<string> {
    yield String(this.afterwards);
  }
}
export const made = [new Mapped().seen, new Debugged().first, new Wrapped().text, new Boxed().text, new Formatted().shown, new Bag().seen, new SpreadBag().seen];
