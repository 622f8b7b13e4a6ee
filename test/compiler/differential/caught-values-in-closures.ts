// A closure made in a `catch` block that reads the caught value keeps it after the block ends, as
// in JavaScript (Python unbinds the name of `except … as e` when the block ends).
function describe(value: unknown): string {
  return value instanceof Error ? `${value.name}: ${value.message}` : "not an Error";
}
export function testClosureCalledAfterTheCatchBlock(): string {
  let report: () => string = () => "none";
  try {
    throw new Error("boom");
  } catch (e) {
    report = () => describe(e);
  }
  return report();
}
export function testClosureWithABodyCalledAfterTheCatchBlock(): string {
  let report: () => string = () => "none";
  try {
    JSON.parse("{");
  } catch (error) {
    report = () => {
      const text = describe(error);
      return text.slice(0, 12);
    };
  }
  return report();
}
export function testClosureRethrowsAfterTheCatchBlock(): string {
  let again: () => void = () => undefined;
  try {
    throw new RangeError("first");
  } catch (e) {
    again = () => {
      throw e;
    };
  }
  try {
    again();
    return "no throw";
  } catch (second) {
    return describe(second);
  }
}
export function testCaughtValuesOfTwoCatchBlocks(): string {
  const reports: (() => string)[] = [];
  for (const message of ["a", "b"]) {
    try {
      throw new Error(message);
    } catch (e) {
      reports.push(() => describe(e));
    }
  }
  try {
    throw new TypeError("c");
  } catch (e) {
    reports.push(() => describe(e));
  }
  return reports.map((report) => report()).join(", ");
}
export function testRethrowInsideTheCatchBlockStillWorks(): string {
  try {
    try {
      throw new Error("inner");
    } catch (e) {
      const keep = (): unknown => e;
      // Review 24B F11: two unknowns may be null and undefined (CS1043); the kept value is narrowed first.
      const kept = keep();
      if (kept instanceof Error && kept === e) {
        throw e;
      }
    }
  } catch (outer) {
    return describe(outer);
  }
  return "none";
}
