// Classes, inheritance, accessors, static members, errors, closures.
class Counter {
  private count = 0;
  static instances = 0;
  readonly step: number;
  constructor(step = 1) {
    this.step = step;
    Counter.instances += 1;
  }
  increment(): number {
    this.count += this.step;
    return this.count;
  }
  get value(): number {
    return this.count;
  }
  set value(next: number) {
    this.count = next < 0 ? 0 : next;
  }
  static create(): Counter {
    return new Counter(10);
  }
}
class Animal {
  constructor(protected readonly name: string) {}
  speak(): string {
    return `${this.name} makes a sound`;
  }
  describe(): string {
    return `[${this.speak()}]`;
  }
}
class Dog extends Animal {
  override speak(): string {
    return `${this.name} barks`;
  }
  parent(): string {
    return super.speak();
  }
}
class Puppy extends Dog {
  private readonly age: number;
  constructor(name: string, age: number) {
    super(name);
    this.age = age;
  }
  override speak(): string {
    return `${super.speak()} (age ${this.age})`;
  }
}
class ValidationError extends Error {
  readonly field: string;
  constructor(field: string) {
    super(`${field} is invalid`);
    this.field = field;
  }
}
class Plain {
  items: string[] = [];
  label = "plain";
}
export function testIncrement(): number[] {
  const counter = new Counter();
  counter.increment();
  return [counter.increment(), counter.value];
}
export function testDefaultParameterInConstructor(): number {
  return new Counter().step;
}
export function testSetter(): number[] {
  const counter = new Counter();
  counter.value = 5;
  const first = counter.value;
  counter.value = -3;
  return [first, counter.value];
}
export function testStaticFactory(): number {
  return Counter.create().increment();
}
export function testStaticCounter(): boolean {
  const before = Counter.instances;
  new Counter();
  return Counter.instances === before + 1;
}
export function testFieldsPerInstance(): string[][] {
  const a = new Plain();
  const b = new Plain();
  a.items.push("x");
  return [a.items, b.items];
}
export function testFieldDefault(): string {
  return new Plain().label;
}
export function testOverride(): string {
  return new Dog("Rex").speak();
}
export function testPolymorphism(): string[] {
  const animals: Animal[] = [new Animal("Cat"), new Dog("Rex"), new Puppy("Bit", 1)];
  return animals.map((animal) => animal.describe());
}
export function testSuperMethod(): string {
  return new Dog("Rex").parent();
}
export function testSuperChain(): string {
  return new Puppy("Bit", 2).speak();
}
export function testInstanceof(): boolean[] {
  const dog: Animal = new Dog("Rex");
  return [dog instanceof Dog, dog instanceof Animal, dog instanceof Puppy];
}
export function testParameterProperty(): string {
  return new Animal("Owl").speak();
}
export function testCustomError(): string[] {
  try {
    throw new ValidationError("port");
  } catch (error) {
    if (error instanceof ValidationError) {
      return [error.message, error.field, String(error instanceof Error)];
    }
    return [];
  }
}
export function testErrorMessageDefault(): string {
  return new Error().message;
}
export function testErrorToString(): string {
  return String(new Error("bad"));
}
export function testCustomErrorNotCaughtAsOther(): string {
  try {
    throw new ValidationError("x");
  } catch (error) {
    return error instanceof TypeError ? "type" : error instanceof Error ? "error" : "?";
  }
}
export function testMethodAsCallback(): number[] {
  const counter = new Counter(2);
  return [1, 2].map(() => counter.increment());
}
export function testObjectsHoldState(): number {
  const counters = [new Counter(), new Counter(3)];
  for (const counter of counters) {
    counter.increment();
  }
  return counters.reduce((sum, counter) => sum + counter.value, 0);
}
export function testClosureCounter(): number[] {
  let count = 0;
  const increment = (): number => {
    count += 1;
    return count;
  };
  increment();
  return [increment(), count];
}
export function testClosureCapturesLoopVariable(): number[] {
  const callbacks: (() => number)[] = [];
  for (const value of [1, 2, 3]) {
    callbacks.push(() => value * 10);
  }
  return callbacks.map((callback) => callback());
}
export function testClosureCapturesForLet(): number[] {
  const callbacks: (() => number)[] = [];
  for (let index = 0; index < 3; index++) {
    callbacks.push(() => index);
  }
  return callbacks.map((callback) => callback());
}
export function testClosureCapturesBlockConst(): string[] {
  const callbacks: (() => string)[] = [];
  for (const word of ["a", "b"]) {
    const upper = word.toUpperCase();
    callbacks.push(() => upper + word);
  }
  return callbacks.map((callback) => callback());
}
export function testClosureSeesLaterChange(): number {
  let value = 1;
  const read = (): number => value;
  value = 2;
  return read();
}
export function testNestedClosures(): number {
  const outer = (): (() => number) => {
    let hidden = 5;
    return () => {
      hidden += 1;
      return hidden;
    };
  };
  const next = outer();
  next();
  return next();
}
export function testHigherOrder(): number {
  const twice = (fn: (value: number) => number, value: number): number => fn(fn(value));
  return twice((value) => value + 3, 1);
}
export function testRestParameters(): number {
  const sum = (...values: number[]): number => values.reduce((total, value) => total + value, 0);
  return sum(1, 2, 3);
}
export function testSpreadCall(): number {
  const values = [4, 9, 2];
  return Math.max(...values);
}
export function testDefaultEvaluatedEachCall(): number[] {
  const add = (item: number, list: number[] = []): number[] => {
    list.push(item);
    return list;
  };
  add(1);
  return add(2);
}
export function testGenericFunction(): string[] {
  const first = <T>(items: T[], fallback: T): T => items[0] ?? fallback;
  return [first(["a"], "z"), first([], "z")];
}
export function testRecursion(): number {
  const factorial = (value: number): number => (value <= 1 ? 1 : value * factorial(value - 1));
  return factorial(10);
}
export function testImmediatelyUsedArrow(): number {
  const values = [1, 2, 3];
  const total = values.map((value) => value * value).reduce((sum, value) => sum + value, 0);
  return total;
}

// Accessors: a setter without a getter, a setter written before its getter, overriding in a subclass.
class Box {
  private stored = 0;
  set onlySet(value: number) {
    this.stored = value * 2;
  }
  set width(value: number) {
    this.stored = value;
  }
  get width(): number {
    return this.stored;
  }
  get doubled(): number {
    return this.stored * 2;
  }
}
class WideBox extends Box {
  override get width(): number {
    return super.width + 100;
  }
  override set width(value: number) {
    super.width = value + 1;
  }
}
export function testSetterWithoutGetter(): (number | undefined)[] {
  const box = new Box();
  box.onlySet = 5;
  // An element typed as admitting undefined: a variable would be narrowed to the setter's type.
  const reads: (number | undefined)[] = [box.onlySet];
  const read = reads[0];
  return [box.doubled, read];
}
export function testSetterBeforeGetter(): number {
  const shape = new Box();
  shape.width = 5;
  return shape.width;
}
export function testSetterThroughInstanceTwice(): number[] {
  const box = new Box();
  box.width = 1;
  const first = box.width;
  box.width = 7;
  return [first, box.width, box.doubled];
}
export function testGetterOverrideWithSuper(): number {
  const box = new WideBox();
  box.width = 4;
  return box.width;
}

// An enum's object used as a value.
enum Kind {
  Movie = "movie",
  Episode = "episode",
}
enum Level {
  Low,
  Middle = 5,
  High,
}
enum Mixed {
  One = 1,
  Two = "two",
}
export function testEnumObjectValues(): string[] {
  return Object.values(Kind);
}
export function testEnumObjectKeys(): string[] {
  return Object.keys(Kind);
}
export function testEnumObjectNumericKeys(): string[] {
  return Object.keys(Level);
}
export function testEnumObjectNumericValues(): (string | Level)[] {
  return Object.values(Level);
}
export function testEnumObjectEntriesMixed(): [string, string | Mixed][] {
  return Object.entries(Mixed);
}
export function testEnumReverseMapping(): string[] {
  return [Level[Level.Middle], Level[0] ?? "none", String(Level[Level.High])];
}
export function testEnumLookupByKey(): Kind[] {
  const keys: (keyof typeof Kind)[] = ["Episode", "Movie"];
  return keys.map((key) => Kind[key]);
}
export function testEnumIncludesValue(): boolean[] {
  const values: string[] = Object.values(Kind);
  return [values.includes("movie"), values.includes("Movie")];
}
export function testEnumObjectJson(): string {
  return JSON.stringify(Level);
}
