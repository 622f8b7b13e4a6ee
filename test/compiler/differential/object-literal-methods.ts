// Object literals with methods, getters and setters: `this`, accessors through the object, JSON,
// spread, Object.keys/values/entries, interfaces with methods shared with classes, closures, factories.

interface Shape {
  area(): number;
  readonly name: string;
}

class Square implements Shape {
  readonly name = "square";
  constructor(private readonly side: number) {}
  area(): number {
    return this.side * this.side;
  }
}

function rectangle(w: number, h: number) {
  return {
    w,
    h,
    area() {
      return this.w * this.h;
    },
    get perimeter() {
      return 2 * (this.w + this.h);
    },
    set width(value: number) {
      this.w = value;
    },
  };
}

export function testMethodUsesThis(): number {
  const shape = {
    w: 2,
    h: 3,
    area() {
      return this.w * this.h;
    },
  };
  return shape.area();
}

export function testGetterReadsFields(): number {
  return rectangle(2, 3).perimeter;
}

export function testSetterWritesThroughObject(): number[] {
  const shape = rectangle(2, 3);
  shape.width = 5;
  return [shape.w, shape.area(), shape.perimeter];
}

export function testGetterSeesLaterAssignment(): number[] {
  const shape = rectangle(1, 1);
  const before = shape.perimeter;
  shape.h = 10;
  return [before, shape.perimeter];
}

export function testGetterAndSetterPair(): number[] {
  const temperature = {
    celsius: 0,
    get fahrenheit(): number {
      return this.celsius * 1.8 + 32;
    },
    set fahrenheit(value: number) {
      this.celsius = (value - 32) / 1.8;
    },
  };
  temperature.fahrenheit = 212;
  return [temperature.celsius, temperature.fahrenheit];
}

export function testSetterWrittenBeforeGetter(): string {
  const box = {
    stored: "a",
    set value(next: string) {
      this.stored = next.toUpperCase();
    },
    get value(): string {
      return `<${this.stored}>`;
    },
  };
  box.value = "b";
  return box.value + JSON.stringify(box) + Object.keys(box).join(",");
}

export function testCompoundAssignmentThroughAccessor(): number {
  const counter = {
    raw: 1,
    get value() {
      return this.raw;
    },
    set value(next: number) {
      this.raw = next * 10;
    },
  };
  counter.value += 2;
  return counter.raw;
}

export function testMethodsCallEachOther(): string {
  const greeter = {
    name: "Ada",
    greeting() {
      return `Hello, ${this.name}`;
    },
    shout() {
      return this.greeting().toUpperCase() + "!";
    },
  };
  return greeter.shout();
}

export function testMethodReturnsThisForChaining(): number {
  const builder = {
    total: 0,
    add(value: number) {
      this.total += value;
      return this;
    },
  };
  return builder.add(1).add(2).add(3).total;
}

export function testMethodWithDefaultAndRest(): string {
  const joiner = {
    separator: "-",
    join(first: string, second = "b", ...rest: string[]) {
      return [first, second, ...rest].join(this.separator);
    },
  };
  return [joiner.join("a"), joiner.join("x", "y", "z", "w")].join("|");
}

export function testClosureOverOuterVariable(): number[] {
  let calls = 0;
  const step = 5;
  const tracker = {
    value: 0,
    bump() {
      calls += 1;
      this.value += step;
      return this.value;
    },
  };
  tracker.bump();
  tracker.bump();
  return [tracker.value, calls];
}

export function testFactoryObjectsAreIndependent(): number[] {
  const a = rectangle(1, 2);
  const b = rectangle(3, 4);
  a.width = 10;
  return [a.area(), b.area(), a.perimeter, b.perimeter];
}

function makeCounter(start: number) {
  let count = start;
  return {
    next() {
      count += 1;
      return count;
    },
    get current() {
      return count;
    },
  };
}

export function testFactoryClosureState(): number[] {
  const first = makeCounter(10);
  const second = makeCounter(0);
  first.next();
  first.next();
  second.next();
  return [first.current, second.current];
}

export function testInterfaceWithMethodsFromLiteral(): number {
  const shape: Shape = { name: "unit", area: () => 1 };
  return shape.area();
}

export function testLiteralAndClassThroughOneInterface(): string[] {
  const shapes: Shape[] = [
    new Square(3),
    {
      name: "triangle",
      area() {
        return 6;
      },
    },
    { name: "arrow", area: () => 2.5 },
  ];
  return shapes.map((shape) => `${shape.name}:${shape.area()}`);
}

function describe(shape: Shape): string {
  return `${shape.name} has area ${shape.area()}`;
}

export function testLiteralPassedWhereInterfaceExpected(): string[] {
  return [
    describe(new Square(2)),
    describe({ name: "disc", area: () => 3 }),
    describe({
      name: "odd",
      area() {
        return this.name.length;
      },
    }),
  ];
}

export function testJsonIncludesGettersLeavesMethodsOut(): string {
  return JSON.stringify(rectangle(2, 3));
}

export function testJsonWithIndentAndNesting(): string {
  const outer = {
    label: "outer",
    inner: {
      x: 1,
      get doubled() {
        return this.x * 2;
      },
    },
    describe() {
      return this.label;
    },
  };
  return JSON.stringify(outer, null, 2);
}

export function testSpreadCopiesGetterValuesAsData(): string {
  const shape = {
    w: 2,
    h: 3,
    get area() {
      return this.w * this.h;
    },
  };
  const copy = { ...shape };
  shape.w = 100;
  return JSON.stringify([copy, copy.area, shape.area]);
}

export function testSpreadRebindsMethodsToTheCopy(): number[] {
  const original = {
    w: 2,
    h: 3,
    area() {
      return this.w * this.h;
    },
  };
  const copy = { ...original, w: 10 };
  return [original.area(), copy.area()];
}

export function testSpreadOfDataIntoLiteralWithMethod(): string {
  const data = { firstName: "Grace", age: 85 };
  const person = {
    ...data,
    describe() {
      return `${this.firstName} (${this.age})`;
    },
  };
  return person.describe();
}

export function testObjectKeysValuesEntries(): string {
  const shape = {
    w: 2,
    h: 3,
    area() {
      return this.w * this.h;
    },
    get perimeter() {
      return 2 * (this.w + this.h);
    },
  };
  const values = Object.values(shape).map((value) => (typeof value === "function" ? "fn" : String(value)));
  const entries = Object.entries(shape).map(([key, value]) => `${key}=${typeof value}`);
  return JSON.stringify([Object.keys(shape), values, entries]);
}

export function testIntegerKeysComeFirst(): string {
  const ordered = {
    b: 1,
    2: "two",
    get a() {
      return 3;
    },
    1: "one",
  };
  return JSON.stringify([Object.keys(ordered), ordered]);
}

export function testDuplicateKeyKeepsFirstPosition(): string {
  const later: { a: number; c: number } = JSON.parse('{"a": 9, "c": 3}') as { a: number; c: number };
  const first: { a?: number } = { a: 1 };
  const twice = {
    ...first,
    b: 2,
    ...later,
    sum() {
      return (this.a ?? 0) + this.b + this.c;
    },
  };
  return JSON.stringify([Object.keys(twice), twice, twice.sum()]);
}

export function testGetterThrows(): number {
  const risky = {
    get value(): number {
      throw new Error("no value");
    },
  };
  return risky.value;
}

export function testGetterErrorCaught(): string {
  const risky = {
    get value(): number {
      throw new RangeError("out of range");
    },
  };
  try {
    return String(risky.value);
  } catch (error) {
    return error instanceof RangeError ? `caught ${error.message}` : "other";
  }
}

export function testArrowInsideMethodSeesThis(): number[] {
  const scaler = {
    factor: 3,
    scale(values: number[]) {
      return values.map((value) => value * this.factor);
    },
  };
  return scaler.scale([1, 2, 3]);
}

export function testStrictEqualityIsIdentity(): boolean[] {
  const a = {
    n: 1,
    get double() {
      return this.n * 2;
    },
  };
  const b = a;
  const c = { ...a };
  return [a === b, a === c, c.double === a.double];
}

export function testObjectsInLoopKeepTheirOwnValues(): number[] {
  const made: { value(): number }[] = [];
  for (const n of [1, 2, 3]) {
    made.push({
      value() {
        return n * 10;
      },
    });
  }
  return made.map((item) => item.value());
}

export function testGeneratorMethod(): number[] {
  const range = {
    end: 4,
    *squares() {
      for (let i = 0; i < this.end; i++) {
        yield i * i;
      }
    },
  };
  return [...range.squares()];
}

export function testMethodsAsCallbacksThroughArrows(): number[] {
  const math = {
    offset: 100,
    add(value: number) {
      return value + this.offset;
    },
  };
  return [1, 2].map((value) => math.add(value));
}

export function testTemplateOfObjectIsObjectObject(): string {
  const thing = {
    get x() {
      return 1;
    },
  };
  return `${String(thing)}|${thing}`;
}

export function testStringKeyedMembers(): string {
  const labelled = {
    "display-name": "Lin",
    title() {
      return "title";
    },
  };
  return labelled.title() + JSON.stringify(labelled);
}

export function testReadAsDataInterface(): string {
  interface Sized {
    readonly size: number;
    label?: string;
  }
  const measured = {
    base: 4,
    get size() {
      return this.base * 2;
    },
  };
  const sized: Sized = measured;
  measured.base = 5;
  return JSON.stringify([sized.size, sized.label ?? "none", Object.keys(sized)]);
}

export function testCamelCaseNames(): string {
  const account = {
    firstName: "Ann",
    lastName: "Lee",
    get fullName() {
      return `${this.firstName} ${this.lastName}`;
    },
    renameTo(newFirstName: string) {
      this.firstName = newFirstName;
    },
  };
  account.renameTo("Bo");
  return account.fullName + JSON.stringify(account) + JSON.stringify({ ...account });
}

export function testSetterOnlyLeftOutOfJson(): string {
  const sink = {
    received: [] as string[],
    set next(value: string) {
      this.received.push(value);
    },
  };
  sink.next = "a";
  sink.next = "b";
  return JSON.stringify(sink) + sink.received.join("");
}

export function testLiteralWithGetterInsideCallback(): number[] {
  return [1, 2, 3].map(
    (n) =>
      ({
        get tripled() {
          return n * 3;
        },
      }).tripled,
  );
}

export function testArrowWithStatementsInsideExpressionArrow(): number[][] {
  // The inner arrow's `def` must be defined inside the outer one, where `p` exists.
  return [1, 2].map((p) =>
    [10, 20].map((q) => {
      const sum = p + q;
      return sum;
    }),
  );
}

export function testFilterWithObjectMethod(): number[] {
  return [1, 2, 3, 4].filter((n) =>
    ({
      n,
      even() {
        return this.n % 2 === 0;
      },
    }).even(),
  );
}

class Holder {
  readonly helper = {
    calls: 0,
    run() {
      this.calls += 1;
      return this.calls;
    },
  };
}

export function testLiteralAsClassField(): number[] {
  const first = new Holder();
  const second = new Holder();
  first.helper.run();
  return [first.helper.run(), second.helper.run()];
}

export function testSetterRejectsWithoutGetterAssignment(): string {
  const view = {
    items: [1, 2, 3],
    get count() {
      return this.items.length;
    },
  };
  view.items.push(4);
  return `${view.count}`;
}

export function testMembersNamedLikeDictMethods(): string {
  const store = {
    items: ["a", "b"],
    keys: 2,
    get values() {
      return this.items.length * 10;
    },
    get(index: number) {
      return this.items[index] ?? "none";
    },
  };
  return JSON.stringify([store.get(1), store.get(5), store.keys, store.values, Object.keys(store), Object.values(store).length, store]);
}

export function testObjectEntriesOfLiteralWithMethods(): string {
  const pair = {
    left: 1,
    get right() {
      return this.left + 1;
    },
  };
  return JSON.stringify(Object.entries(pair));
}
