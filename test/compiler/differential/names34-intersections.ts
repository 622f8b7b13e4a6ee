// A value of an intersection type is read as the one value it is: before, every member read on
// `A & B` was refused (CS1011), and so was `v.map` after `Array.isArray(v)` on a generic `T`.

type Position = { x: number };
type Label = { label: string };
type Id = string & { readonly brand: "Id" };
type CodedError = Error & { code?: string };

interface Greeter {
  name: string;
  greet(): string;
}

class Counter {
  count = 1;
  twice(): number {
    return this.count * 2;
  }
}

function cloneDeep<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map((item) => cloneDeep(item)) as unknown as T;
  }
  return value;
}

function firstOf<T>(items: T & number[]): number | undefined {
  return items.length > 0 ? items[0] : undefined;
}

function describePoint(point: Position & Label): string {
  return `${point.label}@${point.x} ${point.x ? "moved" : "origin"}`;
}

function describeCounter(counter: Counter & { extra?: number }): string {
  return `${counter.count} ${counter.twice()} ${counter.extra}`;
}

function fail(code?: string): never {
  const error = new Error("failed") as CodedError;
  if (code !== undefined) {
    error.code = code;
  }
  throw error;
}

function attempt(code?: string): string {
  try {
    fail(code);
  } catch (caught) {
    const error = caught as CodedError;
    return `${error.message} ${error.code} ${error.code === undefined} ${error instanceof Error}`;
  }
}

export function testIntersectionsOfData(): unknown[] {
  const merged: Position & Label = { ...{ x: 2 }, ...{ label: "b" } };
  return [describePoint({ x: 0, label: "a" }), describePoint(merged), JSON.stringify(merged), Object.keys(merged)];
}

export function testIntersectionsWithBehaviour(): unknown[] {
  const greeter: Greeter & Position = {
    x: 3,
    name: "n",
    greet() {
      return `hi ${this.name} at ${this.x}`;
    },
  };
  return [greeter.greet(), greeter.x, describeCounter(new Counter()), attempt("E1"), attempt()];
}

export function testIntersectionsWithTypeParametersAndBrands(): unknown[] {
  const id = "abc" as Id;
  const nested = [1, [2, 3]];
  const copy = cloneDeep(nested);
  return [copy, copy === nested, copy[1] === nested[1], firstOf([4, 5]), firstOf([]), id.length, id.toUpperCase(), id === "abc", `${id}!`];
}
