// A `for (let i = 0; i < bound; i++)` loop is a range() only while neither the bound nor `i` can
// change during the loop; a write by destructuring assignment counts as a change, for range() and
// for a loop variable a closure captured.
let moduleText = "abcdef";
function shortenModuleText(): void {
  moduleText = "ab";
}
export function testModuleLetBoundChangedByAFunction(): string {
  moduleText = "abcdef";
  let log = "";
  for (let i = 0; i < moduleText.length; i++) {
    if (i === 0) {
      shortenModuleText();
    }
    log += moduleText[i] ?? "?";
  }
  return log;
}
export function testLocalLetBoundChangedInTheLoop(): string {
  let s = "abcd";
  let log = "";
  for (let i = 0; i < s.length; i++) {
    if (i === 0) {
      s = "ab";
    }
    log += i;
  }
  return log;
}
export function testLocalLetBoundChangedByAClosure(): string {
  let s = "abcd";
  const shorten = (): void => {
    s = "a";
  };
  let log = "";
  for (let i = 0; i < s.length; i++) {
    if (i === 1) {
      shorten();
    }
    log += i;
  }
  return log;
}
export function testLocalLetBoundChangedByDestructuring(): string {
  let s = "abcd";
  let log = "";
  for (let i = 0; i < s.length; i++) {
    if (i === 0) {
      [s] = ["abc"];
    }
    log += i;
  }
  return log;
}
export function testLetBoundChangedBeforeTheLoopOnly(): string {
  let s = "ab";
  s = s + "cd";
  let log = "";
  for (let i = 0; i < s.length; i++) {
    log += s[i];
  }
  return log;
}
export function testParameterBound(): string {
  const count = (text: string): string => {
    let log = "";
    for (let i = 0; i < text.length; i++) {
      log += i;
    }
    return log;
  };
  return count("xyz");
}
export function testLoopVariableChangedByArrayDestructuring(): string {
  let log = "";
  for (let i = 0; i < 6; i++) {
    log += i;
    if (i === 1) {
      [i] = [3];
    }
  }
  return log;
}
export function testLoopVariableChangedByObjectDestructuring(): string {
  let log = "";
  for (let i = 0; i < 6; i++) {
    log += i;
    if (i === 1) {
      ({ i } = { i: 4 });
    }
  }
  return log;
}
export function testLoopVariableChangedByRenamingDestructuring(): string {
  let log = "";
  for (let i = 0; i < 6; i++) {
    log += i;
    if (i === 1) {
      ({ next: i } = { next: 4 });
    }
  }
  return log;
}
export function testLoopVariableChangedByDestructuringWithDefault(): string {
  let log = "";
  const none: (number | undefined)[] = [undefined];
  for (let i = 0; i < 6; i++) {
    log += i;
    if (i === 1) {
      [i = 4] = none;
    }
  }
  return log;
}
