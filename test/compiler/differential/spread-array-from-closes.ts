// Array.from(generator, mapper) closes the generator when the mapper throws (JavaScript's
// IteratorClose): its finally blocks run before the error reaches the catch.

function* lines(log: string[]): Generator<string, void, undefined> {
  log.push("open");
  try {
    yield "a";
    yield "bad";
    yield "c";
  } finally {
    log.push("close");
  }
}

export function testMapperThrowsClosesGenerator(): string[] {
  const log: string[] = [];
  const it = lines(log);
  try {
    Array.from(it, (s) => {
      if (s === "bad") {
        throw new Error("parse " + s);
      }
      return s.toUpperCase();
    });
  } catch (e) {
    log.push("caught " + (e as Error).message);
  }
  log.push("next step");
  try {
    Array.from(lines(log), (s, i) => {
      if (i === 1) {
        throw new Error("inline " + s);
      }
      return s;
    });
  } catch (e) {
    log.push("caught " + (e as Error).message);
  }
  log.push("end");
  return log;
}

function* failingClose(log: string[]): Generator<number, void, undefined> {
  try {
    yield 1;
    yield 2;
  } finally {
    log.push("closing");
    // eslint-disable-next-line no-unsafe-finally
    throw new Error("from close");
  }
}

export function testMapperErrorWinsOverClose(): string[] {
  const log: string[] = [];
  try {
    Array.from(failingClose(log), (n) => {
      if (n === 1) {
        throw new Error("from mapper");
      }
      return n;
    });
  } catch (e) {
    log.push("caught " + (e as Error).message);
  }
  return log;
}

export function testCompletedWalkUnchanged(): string[] {
  const log: string[] = [];
  const out = Array.from(lines(log), (s) => s + "!");
  return [...log, ...out];
}
