// Class fields with ES2022 define semantics (a field without an initialiser is undefined, set in
// declaration order before the constructor body, reset by a subclass that redeclares it), and
// expressions that must be evaluated exactly once.

class Box {
  label?: string;
  size = 1;
  note: string | undefined;
  declare ghost: string;
}

export function testFieldWithoutInitialiserIsUndefined(): unknown[] {
  const box = new Box();
  return [box.label === undefined, String(box.label), box.size, box.note ?? "none", String(box.note)];
}

const constructionLog: string[] = [];

class Logged {
  label?: string;
  count: number;
  constructor(public start: number) {
    constructionLog.push(`label before body: ${String(this.label)}`);
    this.count = start * 2;
  }
}

export function testFieldsDefinedBeforeConstructorBody(): unknown[] {
  constructionLog.splice(0, constructionLog.length);
  const logged = new Logged(4);
  return [...constructionLog, logged.count, logged.start, String(logged.label)];
}

const observed: string[] = [];

class Observer {
  seen = this.peek("field");
  missing?: number;
  constructor(public value: number = observed.push("default")) {
    this.peek("body");
  }
  peek(where: string): number {
    return observed.push(`${where}: ${this.value === undefined ? "no value" : this.value} ${String(this.missing)}`);
  }
}

export function testParameterPropertiesAssignedAfterFieldsAndDefaults(): unknown[] {
  observed.splice(0, observed.length);
  const observer = new Observer();
  return [...observed, observer.value, observer.seen];
}

// A class merged with an interface is how a subclass can redeclare a field the base sets (a field the
// base class declares itself makes the redeclaration error TS2612).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
interface Merged {
  label?: string;
}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class Merged {
  constructor() {
    this.label = "set by the base";
  }
}

class Redeclares extends Merged {
  override label?: string;
  size = 2;
  constructor() {
    super();
    constructionLog.push(`after super: ${String(this.label)}`);
  }
}

class KeepsBase extends Merged {
  declare label?: string;
}

export function testSubclassRedeclarationResetsTheFieldAfterSuper(): unknown[] {
  constructionLog.splice(0, constructionLog.length);
  const redeclares = new Redeclares();
  return [...constructionLog, String(redeclares.label), redeclares.size, String(new KeepsBase().label)];
}

abstract class Shape {
  abstract sides: number;
  name?: string;
  describe(): string {
    return `${String(this.name)} shape`;
  }
}

class Triangle extends Shape {
  sides = 3;
  override describe(): string {
    return `${super.describe()} with ${this.sides}`;
  }
}

export function testAbstractFieldDefinesNothing(): string {
  return new Triangle().describe();
}

const order: string[] = [];

class Defaults {
  first = order.push("field");
  constructor(public value: number = order.push("default")) {
    order.push("body");
  }
}

export function testFieldsInitialisedBeforeParameterDefaults(): unknown[] {
  order.splice(0, order.length);
  const defaults = new Defaults();
  return [...order, defaults.first, defaults.value];
}

class ReadsBeforeAssigning {
  total: number;
  seenFirst: string;
  constructor(start: number) {
    this.seenFirst = this.describe();
    this.total = start;
  }
  describe(): string {
    return this.total === undefined ? "no total yet" : `total ${this.total}`;
  }
}

const kept: Keeper[] = [];

class Keeper {
  constructor() {
    kept.push(this);
  }
}

class KeptEarly extends Keeper {
  amount: number;
  constructor(amount: number) {
    super();
    constructionLog.push(peekKept());
    this.amount = amount;
  }
}

function peekKept(): string {
  const last = kept[kept.length - 1];
  return last instanceof KeptEarly ? String(last.amount === undefined) : "not kept";
}

export function testFieldReadBeforeTheConstructorAssignsIt(): unknown[] {
  constructionLog.splice(0, constructionLog.length);
  const reads = new ReadsBeforeAssigning(5);
  const early = new KeptEarly(7);
  return [reads.seenFirst, reads.describe(), ...constructionLog, early.amount];
}

// Optional chains: the tested value is evaluated once, a getter included, and `this` stays the receiver.
let getterRuns = 0;

const literalWithGetters = {
  count: 2,
  get action(): (() => string) | undefined {
    getterRuns += 1;
    return () => "acted";
  },
  get inner(): { value: number } | undefined {
    getterRuns += 1;
    return { value: 7 };
  },
  get list(): number[] | undefined {
    getterRuns += 1;
    return [1, 2, 3];
  },
  get missing(): { value: number } | undefined {
    getterRuns += 1;
    return undefined;
  },
};

export function testGetterTestedByOptionalChainRunsOnce(): unknown[] {
  getterRuns = 0;
  const results = [
    literalWithGetters.action?.(),
    literalWithGetters.inner?.value,
    literalWithGetters.list?.[1],
    literalWithGetters.list?.join("-"),
    literalWithGetters.missing?.value,
  ];
  literalWithGetters.list?.push(4);
  return [...results, getterRuns];
}

class Counter {
  reads = 0;
  total = 10;
  get handler(): ((amount: number) => number) | undefined {
    this.reads += 1;
    return (amount) => this.total + amount;
  }
  get self(): Counter | undefined {
    this.reads += 1;
    return this;
  }
  add(amount: number): number {
    this.total += amount;
    return this.total;
  }
  optionalAdd?(amount: number): number;
}

export function testClassGetterTestedOnceAndThisKept(): unknown[] {
  const counter = new Counter();
  const viaHandler = counter.handler?.(5);
  const viaSelf = counter.self?.add(1);
  const viaSelfMember = counter.self?.total;
  const missingMethod = counter.optionalAdd?.(1);
  return [viaHandler, viaSelf, viaSelfMember, missingMethod === undefined, counter.reads];
}

class Greeter {
  name = "kodi";
  greet?(): string;
}

class FriendlyGreeter extends Greeter {
  override greet(): string {
    return `hello ${this.name}`;
  }
}

export function testOptionalMethodCallKeepsThis(): unknown[] {
  const holder: { greeter: Greeter } = { greeter: new FriendlyGreeter() };
  return [holder.greeter.greet?.(), new Greeter().greet?.() === undefined];
}
