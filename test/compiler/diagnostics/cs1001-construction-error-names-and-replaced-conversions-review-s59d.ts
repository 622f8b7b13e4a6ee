// What construction runs without a call, review S59D: making an Error of a subclass text runs the
// library's toString, which reads the subclass's `name` getter (also through a value typed
// `Error`, or `e` of a catch); making text of an object whose `toString` the program replaced by
// assignment runs whatever function was written there. Each reaches a function the check cannot
// tell, or reads the instance itself, once the instance has gone where other code finds it: it
// may read the instance back before its field is set (Node reads undefined, Python read None).
// Each read below is refused.
const namedReaders: (() => string)[] = [];

class NamedFailure extends Error {
  override get name(): string {
    return namedReaders[0]!();
  }
}

const namedRegistry: NamedRead[] = [];
class NamedRead {
  namedFirst: string;
  namedLater: string | null;
  constructor() {
    namedRegistry.push(this);
    this.namedFirst = String(new NamedFailure("m"));
    this.namedLater = "x";
  }
}
namedReaders.push(() => String(namedRegistry[0]!.namedLater));

function describeFailure(failure: Error): string {
  return `${failure}`;
}

const typedRegistry: TypedRead[] = [];
class TypedRead {
  typedFirst: string;
  typedLater: string | null;
  constructor() {
    typedRegistry.push(this);
    this.typedFirst = describeFailure(new NamedFailure("m"));
    this.typedLater = "x";
  }
}
namedReaders.push(() => String(typedRegistry[0]!.typedLater));

const caughtRegistry: CaughtRead[] = [];
class CaughtRead {
  caughtFirst = "";
  caughtLater: string | null;
  constructor() {
    caughtRegistry.push(this);
    try {
      throw new NamedFailure("m");
    } catch (failure) {
      this.caughtFirst = String(failure);
    }
    this.caughtLater = "x";
  }
}
namedReaders.push(() => String(caughtRegistry[0]!.caughtLater));

class Shared {
  toString(): string {
    return "shared";
  }
}
const replacedHolder: { current: ReplacedRead | null } = { current: null };
const shared = new Shared();
shared.toString = () => String(replacedHolder.current!.replacedLater);

class ReplacedRead {
  replacedFirst: string;
  replacedLater: string | null;
  constructor(source: Shared) {
    replacedHolder.current = this;
    this.replacedFirst = `${source}`;
    this.replacedLater = "x";
  }
}

export function build(): unknown[] {
  return [new NamedRead(), new TypedRead(), new CaughtRead(), new ReplacedRead(shared)];
}
