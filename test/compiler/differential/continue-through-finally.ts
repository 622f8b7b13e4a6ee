// A `continue` that leaves a `try` with a `finally` runs the `finally` before the loop's increment.
export function testContinueInTryRunsFinallyFirst(): string {
  const lines = ["a", "", "b"];
  const seen: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    try {
      if (lines[i] === "") continue;
      seen.push(`line ${i}`);
    } finally {
      seen.push(`done ${i}`);
    }
  }
  return seen.join(", ");
}
export function testContinueInTryWithStep(): string {
  let log = "";
  for (let i = 0; i < 6; i += 2) {
    try {
      if (i === 2) continue;
      log += "b" + i;
    } finally {
      log += "f" + i + ";";
    }
  }
  return log;
}
export function testContinueInCatchRunsFinallyFirst(): string {
  let log = "";
  for (let i = 0; i < 10; i += 3) {
    try {
      if (i === 3) throw new Error("three");
      log += "t" + i;
    } catch {
      log += "c";
      continue;
    } finally {
      log += "f" + i;
    }
    log += ";";
  }
  return log;
}
export function testLabelledContinueOutOfTryAroundInnerLoop(): string {
  let log = "";
  outer: for (let i = 0; i < 6; i += 2) {
    try {
      for (const j of [1, 2]) {
        if (i === 2) continue outer;
        log += `${i}${j}`;
      }
    } finally {
      log += "f" + i + ";";
    }
  }
  return log;
}
export function testContinueWithoutConditionOrFinallyBreak(): string {
  let log = "";
  for (let i = 0; ; i++) {
    try {
      if (i % 2 === 1) continue;
      if (i > 5) break;
      log += i;
    } finally {
      log += ".";
    }
  }
  return log;
}
export function testContinueInNestedTryInsideFinallyTry(): string {
  let log = "";
  let n = 3;
  for (let i = 0; i < n; i++) {
    n--;
    try {
      try {
        if (i === 0) continue;
      } catch {
        log += "never";
      }
      log += "body" + i;
    } finally {
      log += `[${i},${n}]`;
    }
  }
  return log;
}
