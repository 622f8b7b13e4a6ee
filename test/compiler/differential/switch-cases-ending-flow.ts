// A case whose every path returns, throws or continues cannot fall through: an `if`/`else` that ends
// the flow in both branches, a nested `switch` with `default` ending it in every clause, a `try`
// whose block ends it (or whose `finally` does).
function ofIfElse(a: number, b: boolean): string {
  switch (a) {
    case 1:
      if (b) return "1t";
      else return "1f";
    case 2:
      if (b) {
        return "2t";
      } else if (a > 5) {
        throw new Error("never");
      } else {
        return "2f";
      }
    default:
      return "d";
  }
}
function ofNestedSwitch(a: number, b: string): string {
  switch (a) {
    case 1:
      switch (b) {
        case "x":
          return "1x";
        case "y":
        case "z":
          return "1yz";
        default:
          return "1?";
      }
    case 2:
      return "2";
  }
  return "none";
}
function ofTry(a: number, log: string[]): string {
  switch (a) {
    case 1:
      try {
        return "1";
      } finally {
        log.push("fin");
      }
    case 2:
      try {
        if (log.length > 5) throw new Error("long");
        return "2";
      } catch (error) {
        return "caught";
      }
    case 3:
      try {
        log.push("three");
      } finally {
        // eslint-disable-next-line no-unsafe-finally -- a `finally` that returns ends the case: one of the cases
        return "3";
      }
    default:
      return "d";
  }
}
export function testCasesThatEndInIfElse(): string[] {
  return [ofIfElse(1, true), ofIfElse(1, false), ofIfElse(2, true), ofIfElse(2, false), ofIfElse(4, true)];
}
export function testCasesThatEndInASwitch(): string[] {
  return [ofNestedSwitch(1, "x"), ofNestedSwitch(1, "z"), ofNestedSwitch(1, "q"), ofNestedSwitch(2, "x"), ofNestedSwitch(3, "x")];
}
export function testCasesThatEndInTry(): string[] {
  const log: string[] = [];
  const results = [ofTry(1, log), ofTry(2, log), ofTry(3, log), ofTry(4, log)];
  return [...results, ...log];
}
export function testCaseEndingInIfElseInALoop(): string[] {
  const out: string[] = [];
  for (const n of [1, 2, 3, 4]) {
    switch (n % 2) {
      case 0:
        if (n > 2) continue;
        else {
          out.push("even" + n);
          continue;
        }
      default:
        out.push("odd" + n);
    }
  }
  return out;
}
