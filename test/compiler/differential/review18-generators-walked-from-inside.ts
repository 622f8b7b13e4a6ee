/**
 * A generator whose own body walks the generator object it runs for: every walk (for…of, a spread
 * into an array or a call, Array.from with and without a mapper, yield*, new Set, new Map,
 * Object.fromEntries, a walk through an `Iterable<T>`) throws TypeError `Generator is already
 * running` at its first next(), as in Node, where Python raised ValueError ("generator already
 * executing"). The generator catches it and runs on.
 */
type Walk = "for-of" | "spread" | "call-spread" | "array-from" | "array-from-mapped" | "yield-star" | "set" | "map" | "from-entries" | "iterable";

let current: Generator<string, void, unknown> | undefined;

function walkThrough(values: Iterable<string>): number {
  let count = 0;
  for (const value of values) {
    count += value.length;
  }
  return count;
}

function* walksItself(walk: Walk): Generator<string, void, unknown> {
  yield "first";
  const self = current;
  if (self === undefined) {
    return;
  }
  try {
    switch (walk) {
      case "for-of":
        for (const value of self) {
          yield "never " + value;
        }
        break;
      case "spread":
        yield [...self].join();
        break;
      case "call-spread":
        yield String(Math.max(...[...self].map((value) => value.length)));
        break;
      case "array-from":
        yield Array.from(self).join();
        break;
      case "array-from-mapped":
        yield Array.from(self, (value) => value.toUpperCase()).join();
        break;
      case "yield-star":
        yield* self;
        break;
      case "set":
        yield String(new Set(self).size);
        break;
      case "map":
        yield String(new Map([...self].map((value): [string, number] => [value, 1])).size);
        break;
      case "from-entries":
        yield Object.keys(Object.fromEntries(Array.from(self, (value) => [value, 1]))).join();
        break;
      case "iterable":
        yield String(walkThrough(self));
        break;
    }
  } catch (error) {
    yield error instanceof TypeError ? "TypeError" : error instanceof Error ? "Error" : "other";
    if (error instanceof Error) {
      yield error.message;
    }
  }
  yield "last";
}

function run(walk: Walk): string[] {
  const results: string[] = [];
  current = walksItself(walk);
  for (const value of current) {
    results.push(value);
  }
  current = undefined;
  return results;
}

export function testForOfOfItself(): string[] {
  return run("for-of");
}

export function testSpreadOfItself(): string[] {
  return run("spread");
}

export function testSpreadIntoACallOfItself(): string[] {
  return run("call-spread");
}

export function testArrayFromOfItself(): string[] {
  return run("array-from");
}

export function testArrayFromWithAMapperOfItself(): string[] {
  return run("array-from-mapped");
}

export function testYieldStarOfItself(): string[] {
  return run("yield-star");
}

export function testNewSetOfItself(): string[] {
  return run("set");
}

export function testNewMapOfItself(): string[] {
  return run("map");
}

export function testFromEntriesOfItself(): string[] {
  return run("from-entries");
}

export function testIterableParameterOfItself(): string[] {
  return run("iterable");
}

// Walking a generator that is not running still works everywhere the check now stands.
function* letters(): Generator<string, void, unknown> {
  yield "a";
  yield "b";
}

export function testWalksOfAGeneratorNotRunning(): unknown[] {
  const fromEntries = Object.fromEntries(
    (function* (): Generator<[string, number], void, unknown> {
      yield ["x", 1];
    })(),
  );
  const map = new Map(
    (function* (): Generator<[string, number], void, unknown> {
      yield ["y", 2];
    })(),
  );
  function* delegating(): Generator<string, void, unknown> {
    yield* letters();
  }
  const walked: string[] = [];
  for (const letter of letters()) {
    walked.push(letter);
  }
  return [
    [...letters()],
    Array.from(letters()),
    Array.from(letters(), (letter, index) => letter + index),
    [...new Set(letters())],
    fromEntries,
    [...map],
    [...delegating()],
    walkThrough(letters()),
    walked,
  ];
}

// A walk that pauses inside a generator (a yield*, a for…of whose body yields) resumed from the body
// of the generator it walks: that generator is running, so the walk's next step throws TypeError,
// as in Node (Python raised ValueError at that step; review 18 found the first-step test missed it).
let walked: Generator<number, void, unknown> | undefined;
let walker: Generator<number, void, unknown> | undefined;

function* resumesItsWalker(): Generator<number, void, unknown> {
  yield 1;
  try {
    if (walker !== undefined) {
      walker.next();
    }
  } catch (error) {
    yield error instanceof TypeError ? 100 : 200;
  }
}

function* delegates(): Generator<number, void, unknown> {
  if (walked !== undefined) {
    yield* walked;
  }
}

function* loopsOver(source: Generator<number, void, unknown>): Generator<number, void, unknown> {
  for (const value of source) {
    yield value;
  }
}

function* loopsOverIterable(source: Iterable<number>): Generator<number, void, unknown> {
  for (const value of source) {
    yield value * 10;
  }
}

function resumedFromInside(make: (source: Generator<number, void, unknown>) => Generator<number, void, unknown>): unknown[] {
  walked = resumesItsWalker();
  walker = make(walked);
  const first = walker.next().value;
  const second = walked.next().value;
  walked = undefined;
  walker = undefined;
  return [first, second];
}

export function testYieldStarResumedFromInsideItsDelegate(): unknown[] {
  return resumedFromInside(() => delegates());
}

export function testForOfResumedFromInsideTheGeneratorItWalks(): unknown[] {
  return resumedFromInside((source) => loopsOver(source));
}

export function testIterableWalkResumedFromInside(): unknown[] {
  return resumedFromInside((source) => loopsOverIterable(source));
}

// The same walks, not resumed from inside, step through every value; return() still closes the source.
export function testPausingWalksStepAsBefore(): unknown[] {
  function* three(): Generator<number, void, unknown> {
    try {
      yield 1;
      yield 2;
      yield 3;
    } finally {
      closed++;
    }
  }
  let closed = 0;
  function* delegating(): Generator<number, void, unknown> {
    yield* three();
  }
  const early: number[] = [];
  for (const value of loopsOver(three())) {
    early.push(value);
    if (value === 2) {
      break;
    }
  }
  return [[...delegating()], [...loopsOver(three())], [...loopsOverIterable(three())], [...loopsOverIterable([4, 5])], early, closed];
}
