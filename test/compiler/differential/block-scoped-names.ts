// A block-scoped binding that hides another of the same name (and type) in one function keeps its
// own variable in Python, where a function is one scope: loop variables, a block's `let`, a `catch`
// variable, a parameter hidden in a block, and sibling blocks whose closures outlive them.
/* eslint-disable prefer-const, @typescript-eslint/no-unused-vars -- the cases need `let` (a `const` has a literal type, which would name it apart anyway) and writes nobody reads */
export function testForOfVariableHidesOuterLet(): string {
  let item = "none";
  const seen: string[] = [];
  for (const item of ["a", "b"]) {
    seen.push(item);
  }
  return `${seen.join(",")} ${item}`;
}
export function testForLetVariableHidesOuterLet(): string {
  let i = 100;
  let steps = 0;
  for (let i = 0; i < 2; i++) {
    steps += i;
  }
  return `${i} ${steps}`;
}
export function testBlockLetHidesOuterLet(): string {
  let count = 0;
  let inner = 0;
  if (count === 0) {
    let count = 5;
    count++;
    inner = count;
  }
  return `${count} ${inner}`;
}
export function testLoopBodyLetHidesOuterLet(): string {
  let total = 1;
  for (const x of [1, 2]) {
    let total = x;
    total += 10;
  }
  return `${total}`;
}
function hideParameter(x: number): number {
  if (x > 0) {
    let x = 100;
    x++;
  }
  return x;
}
export function testBlockLetHidesParameter(): string {
  return `${hideParameter(1)} ${hideParameter(-1)}`;
}
export function testCatchVariableHidesOuterLet(): string {
  let message = "no error";
  try {
    JSON.parse("{");
  } catch (message) {
    return `caught ${message instanceof Error}`;
  }
  return message;
}
export function testCatchVariableHidesOuterLetAfterwards(): string {
  const error: string | Error = "outer";
  try {
    throw new Error("inner");
  } catch (error) {
    if (!(error instanceof Error)) {
      return "not an Error";
    }
  }
  return String(error);
}
export function testSiblingBlocksWithClosures(): string {
  const readers: (() => number)[] = [];
  {
    let v = 1;
    readers.push(() => v);
  }
  {
    let v = 10;
    readers.push(() => v);
  }
  return readers.map((read) => read()).join(",");
}
export function testSiblingLoopsWithClosures(): string {
  const readers: (() => string)[] = [];
  for (const name of ["a"]) {
    readers.push(() => name);
  }
  const last: string[] = [];
  for (const name of ["b", "c"]) {
    last.push(name);
  }
  return `${readers.map((read) => read()).join(",")} ${last.join(",")}`;
}
export function testNestedLoopsWithOneName(): string {
  const pairs: string[] = [];
  for (let i = 0; i < 2; i++) {
    for (let i = 5; i < 7; i++) {
      pairs.push(`${i}`);
    }
    pairs.push(`outer${i}`);
  }
  return pairs.join(",");
}
export function testDestructuredBindingHidesOuter(): string {
  const key = "outer";
  const found: string[] = [];
  const entries: [string, string][] = [["k", "v"]];
  for (const [key, value] of entries) {
    found.push(key + value);
  }
  return `${found.join(",")} ${key}`;
}
export function testClosureReadsOuterAfterInnerBlock(): string {
  let label = "outer";
  const read = (): string => label;
  {
    const label = "inner";
    if (label.length === 0) {
      return "empty";
    }
  }
  return read();
}
export function testSwitchCaseLetHidesOuter(): string {
  const mode = 1;
  let result = "start";
  switch (mode) {
    case 1: {
      const result = "one";
      if (result.length > 10) {
        return result;
      }
    }
  }
  return result;
}
