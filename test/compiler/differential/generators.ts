// Generators: function*, yield, yield*, for…of, spread, Array.from, next(), return, early close.
function* count(limit: number): Generator<number, void> {
  for (let i = 0; i < limit; i++) {
    yield i;
  }
}

function* letters(): Generator<string, number, undefined> {
  yield "a";
  yield* ["b", "c"];
  yield* "dé😀";
  return 42;
}

function* nested(): Generator<number | string> {
  yield* count(2);
  const returned: number = yield* letters();
  yield returned;
}

// A generator without yield is still a generator: that is the point of this case.
// eslint-disable-next-line require-yield
function* noYield(): Generator<number> {
  return;
}

function* infinite(): Generator<number> {
  let n = 0;
  while (true) {
    yield n++;
  }
}

export function testForOfOverGenerator(): number[] {
  const seen: number[] = [];
  for (const value of count(4)) {
    seen.push(value * 10);
  }
  return seen;
}

export function testSpreadAndArrayFrom(): (number | string)[][] {
  return [[...count(3)], Array.from(count(2)), Array.from(letters()), [...nested()], [0, ...count(2), 9]];
}

export function testArrayFromWithMapper(): number[] {
  return Array.from(count(4), (value) => value * value);
}

export function testGeneratorWithoutYieldIsStillAGenerator(): unknown[] {
  const generator = noYield();
  return [[...generator], generator.next()];
}

export function testNextResultObjects(): unknown[] {
  const generator = letters();
  const results: unknown[] = [];
  for (let i = 0; i < 8; i++) {
    results.push(generator.next());
  }
  return results;
}

export function testNextFieldsDirectly(): (string | number | boolean | void)[] {
  const generator = count(2);
  const first = generator.next();
  const second = generator.next();
  const third = generator.next();
  return [first.value, first.done, second.value, second.done, third.value === undefined, third.done];
}

export function testBreakOutOfInfiniteGenerator(): number[] {
  const seen: number[] = [];
  for (const value of infinite()) {
    if (value > 4) {
      break;
    }
    seen.push(value);
  }
  return seen;
}

export function testLazyEvaluation(): string[] {
  const log: string[] = [];
  function* traced(): Generator<number> {
    log.push("start");
    yield 1;
    log.push("middle");
    yield 2;
    log.push("end");
  }
  const generator = traced();
  log.push("created");
  generator.next();
  log.push("after first");
  for (const value of generator) {
    log.push(`got ${value}`);
  }
  return log;
}

export function testFinallyRunsWhenLoopBreaks(): string[] {
  const log: string[] = [];
  function* guarded(): Generator<number> {
    try {
      yield 1;
      yield 2;
      yield 3;
    } finally {
      log.push("cleanup");
    }
  }
  for (const value of guarded()) {
    log.push(`value ${value}`);
    if (value === 2) {
      break;
    }
  }
  log.push("after loop");
  return log;
}

export function testStoredGeneratorIsClosedByBreak(): unknown[] {
  const log: string[] = [];
  function* guarded(): Generator<number> {
    try {
      yield 1;
      yield 2;
    } finally {
      log.push("cleanup");
    }
  }
  const generator = guarded();
  for (const value of generator) {
    log.push(`value ${value}`);
    break;
  }
  log.push("between");
  const rest = [...generator];
  return [log, rest, generator.next()];
}

export function testFinallyRunsWhenLoopReturns(): string[] {
  const log: string[] = [];
  function* guarded(): Generator<number> {
    try {
      yield 1;
      yield 2;
    } finally {
      log.push("cleanup");
    }
  }
  function firstOf(): number {
    for (const value of guarded()) {
      return value;
    }
    return -1;
  }
  log.push(`first ${firstOf()}`);
  return log;
}

export function testFinallyRunsWhenLoopBodyThrows(): string[] {
  const log: string[] = [];
  function* guarded(): Generator<number> {
    try {
      yield 1;
      yield 2;
    } finally {
      log.push("cleanup");
    }
  }
  try {
    for (const value of guarded()) {
      log.push(`value ${value}`);
      throw new Error("boom");
    }
  } catch (error) {
    log.push(`caught ${(error as Error).message}`);
  }
  return log;
}

export function testBodyErrorWinsOverCleanupError(): string[] {
  const log: string[] = [];
  function* failingCleanup(): Generator<number> {
    try {
      yield 1;
    } finally {
      log.push("cleanup");
      // Throwing from finally is what this case checks: the loop body's error wins.
      // eslint-disable-next-line no-unsafe-finally
      throw new Error("from cleanup");
    }
  }
  try {
    for (const value of failingCleanup()) {
      log.push(`value ${value}`);
      throw new Error("from body");
    }
  } catch (error) {
    log.push(`caught ${(error as Error).message}`);
  }
  try {
    for (const value of failingCleanup()) {
      log.push(`value ${value}`);
      break;
    }
  } catch (error) {
    log.push(`caught ${(error as Error).message}`);
  }
  return log;
}

export function testExceptionInsideGenerator(): unknown[] {
  function* failing(): Generator<number> {
    yield 1;
    throw new RangeError("inside");
  }
  const seen: unknown[] = [];
  try {
    for (const value of failing()) {
      seen.push(value);
    }
  } catch (error) {
    seen.push(error instanceof RangeError, (error as Error).message);
  }
  const generator = failing();
  generator.next();
  try {
    generator.next();
  } catch {
    seen.push("threw");
  }
  seen.push(generator.next());
  return seen;
}

export function testYieldInsideTryCatch(): number[] {
  function* recovering(): Generator<number> {
    for (const value of [1, 0, 2]) {
      try {
        if (value === 0) {
          throw new Error("zero");
        }
        yield value;
      } catch {
        yield -1;
      }
    }
  }
  return [...recovering()];
}

export function testYieldValueIsUndefinedUnderForOf(): unknown[] {
  const received: unknown[] = [];
  function* echo(): Generator<number, void, undefined> {
    const first = yield 1;
    received.push(first === undefined);
    const second = yield 2;
    received.push(second ?? "none");
  }
  const values = [...echo()];
  return [values, received];
}

export function testYieldAsPartOfExpressions(): unknown[] {
  function* mixed(): Generator<number, number[], undefined> {
    const total = ((yield 1) ?? 10) + ((yield 2) ?? 20);
    const items = [yield 3, yield 4];
    return [total, items.length];
  }
  const generator = mixed();
  const results: unknown[] = [];
  for (let i = 0; i < 5; i++) {
    results.push(generator.next());
  }
  return results;
}

class Tree {
  constructor(
    readonly value: number,
    readonly children: Tree[] = [],
  ) {}

  *walk(): Generator<number> {
    yield this.value;
    for (const child of this.children) {
      yield* child.walk();
    }
  }

  static *range(from: number, to: number): Generator<number> {
    for (let i = from; i < to; i++) {
      yield i;
    }
  }
}

export function testGeneratorMethodsAndRecursion(): number[][] {
  const tree = new Tree(1, [new Tree(2, [new Tree(3)]), new Tree(4)]);
  return [[...tree.walk()], [...Tree.range(2, 5)]];
}

export function testGeneratorFunctionExpression(): number[] {
  const evens = function* (limit: number): Generator<number> {
    for (let i = 0; i <= limit; i += 2) {
      yield i;
    }
  };
  return [...evens(6)];
}

export function testYieldStarOverSetAndReturnValue(): unknown[] {
  function* fromSet(): Generator<string, string, undefined> {
    yield* new Set(["x", "y", "x"]);
    return "done";
  }
  function* outer(): Generator<string> {
    const result = yield* fromSet();
    yield result.toUpperCase();
  }
  return [...outer()];
}

export function testReturnInsideLoopEndsGenerator(): number[] {
  function* untilNegative(values: number[]): Generator<number> {
    for (const value of values) {
      if (value < 0) {
        return;
      }
      yield value;
    }
    yield 999;
  }
  return [...untilNegative([1, 2, -1, 3]), ...untilNegative([5])];
}

export function testTwoIndependentGenerators(): number[] {
  const a = count(3);
  const b = count(3);
  const merged: number[] = [];
  merged.push(a.next().value as number, b.next().value as number, a.next().value as number);
  for (const value of b) {
    merged.push(value * 100);
  }
  return merged;
}

export function testLabelledContinueClosesInnerGenerator(): string[] {
  const log: string[] = [];
  function* guarded(tag: string): Generator<string> {
    try {
      yield `${tag}1`;
      yield `${tag}2`;
    } finally {
      log.push(`close ${tag}`);
    }
  }
  outer: for (const tag of ["a", "b"]) {
    for (const item of guarded(tag)) {
      log.push(item);
      continue outer;
    }
  }
  return log;
}

export function testGeneratorDefaultsAndRest(): number[][] {
  function* repeat(value: number, times = 2, ...extra: number[]): Generator<number> {
    for (let i = 0; i < times; i++) {
      yield value;
    }
    yield* extra;
  }
  return [[...repeat(7)], [...repeat(1, 3, 8, 9)]];
}

export function testNewSetAndMapFromGenerator(): unknown[] {
  function* pairs(): Generator<[string, number]> {
    yield ["a", 1];
    yield ["b", 2];
  }
  const set = new Set(count(3));
  const map = new Map(pairs());
  return [set.size, set.has(2), map.get("b"), [...map.keys()]];
}

export function testYieldInsideSwitchAndLabelledLoops(): (string | number)[] {
  function* walk(grid: number[][]): Generator<string | number> {
    rows: for (const row of grid) {
      for (const cell of row) {
        switch (cell) {
          case 0:
            continue rows;
          case 9:
            yield "stop";
            break rows;
          default:
            yield cell;
        }
      }
      yield "|";
    }
    yield "end";
  }
  return [...walk([[1, 2], [3, 0, 4], [5, 9, 6], [7]])];
}

export function testGeneratorOverMapEntriesAndKeys(): unknown[] {
  const map = new Map([
    ["a", 1],
    ["b", 2],
  ]);
  function* doubled(): Generator<[string, number]> {
    for (const [key, value] of map) {
      yield [key, value * 2];
    }
  }
  function* keys(): Generator<string> {
    yield* map.keys();
  }
  return [[...doubled()], [...keys()], Array.from(doubled(), ([key]) => key)];
}

export function testNestedGeneratorsClosedInnerFirst(): string[] {
  const log: string[] = [];
  function* inner(): Generator<number> {
    try {
      yield 1;
      yield 2;
    } finally {
      log.push("inner closed");
    }
  }
  function* outer(): Generator<number> {
    try {
      yield* inner();
    } finally {
      log.push("outer closed");
    }
  }
  for (const value of outer()) {
    log.push(`got ${value}`);
    break;
  }
  return log;
}

export function testEarlyReturnFromGeneratorInsideTryFinally(): unknown[] {
  const log: string[] = [];
  function* guarded(limit: number): Generator<number, string, undefined> {
    try {
      for (let i = 0; ; i++) {
        if (i >= limit) {
          return "limit";
        }
        yield i;
      }
    } finally {
      log.push("finally");
    }
  }
  const generator = guarded(2);
  const results: unknown[] = [];
  for (let step = 0; step < 4; step++) {
    results.push(generator.next());
  }
  return [results, log];
}
