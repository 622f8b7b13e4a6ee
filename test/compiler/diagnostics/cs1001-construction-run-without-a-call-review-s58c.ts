// What a construction runs without calling it by name, looked into for calls the check cannot tell
// once the instance has escaped (review S58C): a getter read by a literal key, an object literal's
// getter JSON.stringify reads, a `toJSON` nested in what it prints, an element's `toString` when an
// array is made text, a class's iterator walked by an array pattern, an object literal's arrow
// standing for a class's method, and the instance's own `toString` run through a value typed
// `object`. Each may read the instance back before its field is set: Node reads undefined,
// Python read None. Each read below is refused.
const callbacks: (() => string)[] = [];
const keyed: KeyedRead[] = [];
class KeyedSource {
  get keyedCaption(): string {
    return callbacks[0]!();
  }
}
class KeyedRead {
  keyedLater: string | null;
  seen: string;
  constructor(source: KeyedSource) {
    keyed.push(this);
    this.seen = source["keyedCaption"];
    this.keyedLater = "x";
  }
}

interface PrintedOptions {
  readonly printedCaption: string;
}
const printed: PrintedRead[] = [];
class PrintedRead {
  printedLater: string | null;
  seen: string;
  constructor(options: PrintedOptions) {
    printed.push(this);
    this.seen = JSON.stringify(options);
    this.printedLater = "x";
  }
}

class NestedJson {
  toJSON(): string {
    return callbacks[1]!();
  }
}
const nested: NestedRead[] = [];
class NestedRead {
  nestedLater: string | null;
  seen: string;
  constructor(value: NestedJson) {
    nested.push(this);
    this.seen = JSON.stringify([value]);
    this.nestedLater = "x";
  }
}

class JoinedText {
  toString(): string {
    return callbacks[2]!();
  }
}
const joined: JoinedRead[] = [];
class JoinedRead {
  joinedLater: string | null;
  seen: string;
  constructor(value: JoinedText) {
    joined.push(this);
    this.seen = String([value]);
    this.joinedLater = "x";
  }
}

class Pouch {
  *[Symbol.iterator](): Generator<string> {
    yield callbacks[3]!();
  }
}
const pouched: PouchRead[] = [];
class PouchRead {
  pouchLater: string | null;
  seen: string;
  constructor(pouch: Pouch) {
    pouched.push(this);
    const [first] = pouch;
    this.seen = String(first);
    this.pouchLater = "x";
  }
}

class Headline {
  headlineText(): string {
    return "plain";
  }
}
const headlined: HeadlineRead[] = [];
class HeadlineRead {
  headlineLater: string | null;
  seen: string;
  constructor(headline: Headline) {
    headlined.push(this);
    this.seen = headline.headlineText();
    this.headlineLater = "x";
  }
}

const registered: object[] = [];
function describeRegistered(): string {
  return `${registered[0]}`;
}
class Component {
  componentName: string | null;
  log: string;
  constructor(name: string) {
    registered.push(this);
    this.log = describeRegistered();
    this.componentName = name;
  }
  toString(): string {
    return "Component(" + String(this.componentName) + ")";
  }
}

callbacks.push(
  () => String(keyed[0]!.keyedLater),
  () => String(nested[0]!.nestedLater),
  () => String(joined[0]!.joinedLater),
  () => String(pouched[0]!.pouchLater),
);
export const seen = [
  new KeyedRead(new KeyedSource()).seen,
  new PrintedRead({
    get printedCaption(): string {
      return String(printed[0]!.printedLater);
    },
  }).seen,
  new NestedRead(new NestedJson()).seen,
  new JoinedRead(new JoinedText()).seen,
  new PouchRead(new Pouch()).seen,
  new HeadlineRead({ headlineText: () => String(headlined[0]!.headlineLater) }).seen,
  new Component("b").log,
];
