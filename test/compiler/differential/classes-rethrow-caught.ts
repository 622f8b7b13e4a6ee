// `throw e` of a catch variable: Python's bare `raise` re-raises the exception being handled, which
// is not `e` once `e` was reassigned or while a `finally` runs for another exception.
/* eslint-disable no-ex-assign, no-unsafe-finally, preserve-caught-error -- reassigning the caught error and throwing from a finally are what these cases are about */
function wrapped(): string {
  try {
    try {
      throw new Error("orig");
    } catch (err) {
      if (!(err instanceof RangeError)) err = new RangeError("wrapped: " + (err as Error).message);
      throw err;
    }
  } catch (e) {
    return String(e);
  }
}

function throwInFinally(): string {
  try {
    try {
      throw new Error("outer");
    } catch (e) {
      try {
        throw new Error("inner");
      } finally {
        throw e;
      }
    }
  } catch (e) {
    return (e as Error).message;
  }
}

function finallyWithoutError(): string {
  try {
    try {
      throw new Error("kept");
    } catch (e) {
      try {
        String(1);
      } finally {
        throw e;
      }
    }
  } catch (e) {
    return (e as Error).message;
  }
}

function plainRethrow(): string {
  try {
    try {
      throw new TypeError("plain");
    } catch (e) {
      throw e;
    }
  } catch (e) {
    return String(e);
  }
}

function reassignedAfterThrowPath(flag: boolean): string {
  try {
    try {
      throw new Error("first");
    } catch (e) {
      if (flag) {
        throw e;
      }
      e = new Error("second");
      throw e;
    }
  } catch (e) {
    return (e as Error).message;
  }
}

export function testRethrowCaught(): string[] {
  return [wrapped(), throwInFinally(), finallyWithoutError(), plainRethrow(), reassignedAfterThrowPath(true), reassignedAfterThrowPath(false)];
}
