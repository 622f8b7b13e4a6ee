// A generator paused at a yield inside a for…of over another generator, closed by its consumer
// (`break`): JavaScript's completion there is a return, so the walked generator's close runs its
// finally and an error thrown there replaces the return and reaches the consumer; Python dropped it
// (review 19). A consumer that leaves by an error keeps its own, as before.

function* inner(log: string[]): Generator<number, void, unknown> {
  try {
    yield 1;
    yield 2;
  } finally {
    log.push("inner finally");
    // eslint-disable-next-line no-unsafe-finally -- an error thrown by a finally is what these cases are about
    throw new Error("from the inner finally");
  }
}

function* outer(log: string[]): Generator<number, void, unknown> {
  try {
    for (const value of inner(log)) {
      yield value;
    }
  } finally {
    log.push("outer finally");
  }
}

function firstOf(walk: Generator<number, void, unknown>, log: string[]): unknown[] {
  try {
    for (const value of walk) {
      log.push(`got ${value}`);
      break;
    }
    return ["no error", log];
  } catch (error) {
    return [error instanceof Error ? error.message : "?", log];
  }
}

export function testErrorOfTheWalkedGeneratorsFinallyReachesTheConsumer(): unknown[] {
  const log: string[] = [];
  return firstOf(outer(log), log);
}

export function testConsumersOwnErrorKeptOverTheFinallysError(): unknown[] {
  const log: string[] = [];
  try {
    for (const value of outer(log)) {
      log.push(`got ${value}`);
      throw new Error("from the consumer");
    }
    return ["no error", log];
  } catch (error) {
    return [error instanceof Error ? error.message : "?", log];
  }
}

function* catchesTheCloseAndGoesOn(log: string[]): Generator<number, void, unknown> {
  try {
    for (const value of inner(log)) {
      yield value;
    }
  } catch (error) {
    log.push(`caught ${error instanceof Error ? error.message : "?"}`);
  }
  yield 50;
}

export function testGeneratorThatCatchesTheCloseAndYieldsAgain(): unknown[] {
  const log: string[] = [];
  return firstOf(catchesTheCloseAndGoesOn(log), log);
}
