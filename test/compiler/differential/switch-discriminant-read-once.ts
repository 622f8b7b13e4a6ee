// A switch reads its discriminant once, as in Node, even when a case expression runs code that
// changes the variable (a call, an assignment, an increment, a getter) before later cases compare.
type Phase = "init" | "run" | "stop";

let phase: Phase = "init";

function advance(): Phase {
  phase = "run";
  return "stop";
}

function start(): Phase {
  return "init";
}

export function testCaseCallChangesTheVariable(): string {
  phase = start();
  switch (phase) {
    case advance():
      return "stop";
    case "run":
      return "run";
    case "init":
      return "init";
  }
  return "none";
}

export function testCaseAssignmentChangesTheVariable(): string[] {
  const seen: string[] = [];
  let level = 1;
  switch (level) {
    case (level = 2) + 10:
      seen.push("twelve");
      break;
    case 2:
      seen.push("two");
      break;
    case 1:
      seen.push("one");
      break;
    default:
      seen.push("other");
  }
  seen.push(String(level));
  return seen;
}

export function testCaseIncrementChangesTheVariable(): string[] {
  const seen: string[] = [];
  let count = 0;
  switch (count) {
    case ++count + 5:
      seen.push("six");
      break;
    case 1:
      seen.push("one");
      break;
    case 0:
      seen.push("zero");
      break;
  }
  seen.push(String(count));
  return seen;
}

class Dial {
  position = 3;

  get turned(): number {
    this.position += 1;
    return 100;
  }
}

export function testCaseGetterChangesTheMember(): string {
  const dial = new Dial();
  switch (dial.position) {
    case dial.turned:
      return "hundred";
    case 4:
      return "four";
    case 3:
      return "three";
  }
  return "none";
}

export function testPlainCasesStillCompare(): string[] {
  const results: string[] = [];
  for (const value of ["a", "b", "c"]) {
    switch (value) {
      case "a":
        results.push("first");
        break;
      case "b":
      case "c":
        results.push("later");
        break;
    }
  }
  return results;
}
