// A break or continue that leaves more than one Python loop sets its target's flag and breaks; the
// checks after the loops it crosses make the jump. JavaScript drops a jump under way when a finally
// block leaves by its own break, continue, throw or return, and when a catch block starts: the flag
// is dropped with it (review S61B; before, the checks still made the jump). A finally that reaches
// its end takes the jump up again.
/* eslint-disable no-unsafe-finally -- these cases are the jumps and throws a finally block makes: the compiler must give them JavaScript's meaning */
export function testFinallyBreakDropsContinueOuter(): string[] {
  const log: string[] = [];
  outer: for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 2; j++) {
      try {
        continue outer;
      } finally {
        break;
      }
    }
    log.push("after inner " + i);
  }
  return log;
}

export function testFinallyThrowDropsTheJumpCaughtInTheLoop(): string[] {
  const log: string[] = [];
  outer: for (let i = 0; i < 2; i++) {
    try {
      for (let j = 0; j < 1; j++) {
        try {
          if (i === 0) continue outer;
        } finally {
          if (i === 0) throw new Error("x");
        }
      }
    } catch {
      log.push("caught " + i);
    }
    log.push("end " + i);
  }
  return log;
}

export function testFinallyBreakOfASwitchDropsContinue(): string[] {
  const log: string[] = [];
  for (let i = 0; i < 2; i++) {
    switch (i) {
      case 0:
        try {
          continue;
        } finally {
          break;
        }
      default:
        log.push("default " + i);
    }
    log.push("after switch " + i);
  }
  return log;
}

export function testFinallyTwoFlags(): string[] {
  const log: string[] = [];
  a: for (let i = 0; i < 2; i++) {
    b: for (let j = 0; j < 2; j++) {
      for (let k = 0; k < 2; k++) {
        try {
          continue a;
        } finally {
          continue b;
        }
      }
      log.push(`after inner ${i}${j}`);
    }
    log.push(`after b ${i}`);
  }
  return log;
}

export function testGenCloseThrowsAfterLabeledContinue(): string[] {
  const log: string[] = [];
  let closes = 0;
  function* items(): Generator<number> {
    try {
      yield 1;
      yield 2;
    } finally {
      if (closes++ === 0) throw new Error("close failed");
    }
  }
  outer: for (let round = 0; round < 2; round++) {
    try {
      for (const x of items()) {
        if (round === 0) continue outer;
        log.push("item " + x);
      }
    } catch (e) {
      log.push("caught in round " + round);
    }
    log.push("end of round " + round);
  }
  return log;
}

export function testTwoFinallyLayersInnerNormalOuterBreaks(): string[] {
  const log: string[] = [];
  outer: for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 2; j++) {
      try {
        try {
          continue outer;
        } finally {
          log.push("inner finally " + i + j);
        }
      } finally {
        log.push("outer finally " + i + j);
        if (i === 1) break;
      }
    }
    log.push("after j " + i);
  }
  return log;
}

export function testJumpFromCatchCancelledByFinally(): string[] {
  const log: string[] = [];
  outer: for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 2; j++) {
      try {
        throw new Error("e" + i);
      } catch (e) {
        if (i < 2) continue outer;
      } finally {
        if (i === 0) break;
      }
      log.push("body " + i + j);
    }
    log.push("after j " + i);
  }
  return log;
}

export function testFinallyWithItsOwnFlaggedLoop(): string[] {
  const log: string[] = [];
  outer: for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 2; j++) {
      try {
        continue outer;
      } finally {
        inner: for (let k = 0; k < 2; k++) {
          for (let m = 0; m < 2; m++) {
            if (m === 1) continue inner;
            log.push("k" + k + "m" + m);
          }
        }
      }
    }
    log.push("never " + i);
  }
  return log;
}

export function testLabelledBlockBreakCancelledByFinallyContinue(): string[] {
  const log: string[] = [];
  for (let i = 0; i < 3; i++) {
    block: {
      for (let j = 0; j < 2; j++) {
        try {
          break block;
        } finally {
          if (i === 1) continue;
        }
      }
      log.push("rest of block " + i);
    }
    log.push("after block " + i);
  }
  return log;
}

export function testFinallyResumesTheJump(): string[] {
  const log: string[] = [];
  outer: for (let i = 0; i < 3; i++) {
    while (true) {
      try {
        if (i % 2 === 0) continue outer;
        break outer;
      } finally {
        log.push("finally " + i);
      }
    }
  }
  return log;
}

export function testThrowFromFinallyCaughtThenAnotherInnerLoop(): string[] {
  const log: string[] = [];
  outer: for (let i = 0; i < 2; i++) {
    try {
      for (let j = 0; j < 1; j++) {
        try {
          if (i === 0) continue outer;
        } finally {
          if (i === 0) throw new Error("x");
        }
      }
    } catch {
      log.push("caught " + i);
    }
    for (let k = 0; k < 2; k++) {
      if (k === 5) continue outer;
    }
    log.push("end " + i);
  }
  return log;
}

export function testDoWhileWithFinallyContinue(): string[] {
  const log: string[] = [];
  let n = 0;
  outer: do {
    n++;
    for (let j = 0; j < 2; j++) {
      try {
        break outer;
      } finally {
        if (n < 3) continue;
      }
    }
    log.push("after for " + n);
  } while (n < 3);
  log.push("n " + n);
  return log;
}

function* walk(log: string[]): Generator<number> {
  outer: for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 2; j++) {
      try {
        yield i * 10 + j;
        continue outer;
      } finally {
        log.push("gen finally " + i + j);
      }
    }
  }
}

export function testGeneratorClosedMidJump(): string[] {
  const log: string[] = [];
  for (const value of walk(log)) {
    log.push("got " + value);
    if (value === 10) break;
  }
  return log;
}
