// Control flow: switch, loops with break/continue, exceptions.
enum Color {
  Red,
  Green,
  Blue,
}
enum Level {
  Low = "low",
  High = "high",
}
enum Code {
  First = 10,
  Second,
  Third = 20,
}
function name(color: Color): string {
  switch (color) {
    case Color.Red:
      return "red";
    case Color.Green:
      return "green";
    default:
      return "other";
  }
}
function classify(value: number): string {
  let result = "";
  switch (value) {
    case 1:
    case 2:
      result = "small";
      break;
    case 3:
      result = "three";
      break;
    default:
      result = "big";
  }
  return result;
}
function fromUnknown(value: number | string | boolean | null): string {
  switch (value) {
    case 1:
      return "one";
    case "1":
      return "text one";
    case true:
      return "true";
    case null:
      return "null";
    default:
      return "other";
  }
}
export function testEnumValues(): number[] {
  return [Color.Red, Color.Green, Color.Blue];
}
export function testStringEnum(): string[] {
  return [Level.Low, Level.High];
}
export function testEnumInitializers(): number[] {
  return [Code.First, Code.Second, Code.Third];
}
export function testEnumJson(): string {
  return JSON.stringify({ color: Color.Blue, level: Level.High });
}
export function testEnumComparison(): boolean {
  const color: Color = Color.Green;
  return color === Color.Green;
}
export function testSwitchEnum(): string[] {
  return [name(Color.Red), name(Color.Green), name(Color.Blue)];
}
export function testSwitchGrouped(): string[] {
  return [classify(1), classify(2), classify(3), classify(4)];
}
export function testSwitchStrictEquality(): string[] {
  return [fromUnknown(1), fromUnknown("1"), fromUnknown(true), fromUnknown(null), fromUnknown(2), fromUnknown(1.0)];
}
export function testSwitchOnString(): number {
  let score = 0;
  for (const word of ["a", "b", "z"]) {
    switch (word) {
      case "a":
        score += 1;
        break;
      case "b":
        score += 10;
        break;
      default:
        score += 100;
    }
  }
  return score;
}
export function testSwitchContinue(): number[] {
  const out: number[] = [];
  for (let index = 0; index < 4; index++) {
    switch (index) {
      case 1:
        continue;
      default:
        out.push(index);
    }
  }
  return out;
}
export function testSwitchEvaluatesOnce(): number {
  let calls = 0;
  const next = (): number => {
    calls += 1;
    return 2;
  };
  switch (next()) {
    case 1:
      break;
    case 2:
      break;
    default:
      break;
  }
  return calls;
}
export function testSwitchNoMatchNoDefault(): string {
  let text = "unchanged";
  const key: string = "x";
  switch (key) {
    case "a":
      text = "a";
      break;
  }
  return text;
}
export function testForRange(): number[] {
  const out: number[] = [];
  for (let index = 0; index < 3; index++) {
    out.push(index);
  }
  return out;
}
export function testForStartNonZero(): number[] {
  const out: number[] = [];
  for (let index = 2; index < 5; index++) {
    out.push(index);
  }
  return out;
}
export function testForStep(): number[] {
  const out: number[] = [];
  for (let index = 0; index < 10; index += 3) {
    out.push(index);
  }
  return out;
}
export function testForDown(): number[] {
  const out: number[] = [];
  for (let index = 3; index > 0; index--) {
    out.push(index);
  }
  return out;
}
export function testForContinue(): number {
  let total = 0;
  for (let index = 0; index < 10; index++) {
    if (index % 2 === 0) {
      continue;
    }
    total += index;
  }
  return total;
}
export function testForBreak(): number {
  let last = -1;
  for (let index = 0; index < 10; index++) {
    if (index === 4) {
      break;
    }
    last = index;
  }
  return last;
}
export function testForModifiedBound(): number[] {
  const list = [1, 2];
  const out: number[] = [];
  for (let index = 0; index < list.length; index++) {
    out.push(list[index] ?? 0);
    if (list.length < 4) {
      list.push(9);
    }
  }
  return out;
}
export function testForAssignedInBody(): number[] {
  const out: number[] = [];
  for (let index = 0; index < 10; index++) {
    out.push(index);
    index += 2;
  }
  return out;
}
export function testForVariableAfterLoop(): number {
  let index = 0;
  for (index = 0; index < 5; index++) {
    /* counting */
  }
  return index;
}
export function testForInfiniteWithBreak(): number {
  let count = 0;
  for (;;) {
    count++;
    if (count > 3) {
      break;
    }
  }
  return count;
}
export function testNestedLoopsBreakInner(): string[] {
  const out: string[] = [];
  for (const a of [1, 2]) {
    for (const b of [1, 2, 3]) {
      if (b === 2) {
        break;
      }
      out.push(`${a}${b}`);
    }
  }
  return out;
}
export function testWhile(): number {
  let value = 1;
  while (value < 100) {
    value *= 3;
  }
  return value;
}
export function testWhileContinue(): number[] {
  const out: number[] = [];
  let index = 0;
  while (index < 5) {
    index++;
    if (index === 3) {
      continue;
    }
    out.push(index);
  }
  return out;
}
export function testDoWhileRunsOnce(): number {
  let runs = 0;
  do {
    runs++;
  } while (runs < 0);
  return runs;
}
export function testDoWhileLoops(): number {
  let value = 0;
  do {
    value += 2;
  } while (value < 7);
  return value;
}
export function testForOfBreak(): string {
  let found = "";
  for (const word of ["x", "y", "z"]) {
    if (word === "y") {
      found = word;
      break;
    }
  }
  return found;
}
export function testTryCatch(): string {
  try {
    throw new Error("boom");
  } catch (error) {
    return error instanceof Error ? error.message : "?";
  }
}
export function testTryFinallyOrder(): string[] {
  const out: string[] = [];
  try {
    out.push("try");
  } finally {
    out.push("finally");
  }
  return out;
}
export function testFinallyAfterCatch(): string[] {
  const out: string[] = [];
  try {
    out.push("try");
    throw new Error("x");
  } catch {
    out.push("catch");
  } finally {
    out.push("finally");
  }
  return out;
}
export function testFinallyOnReturn(): string[] {
  const out: string[] = [];
  const run = (): string => {
    try {
      return "returned";
    } finally {
      out.push("finally ran");
    }
  };
  out.push(run());
  return out;
}
export function testRethrow(): string {
  try {
    try {
      throw new Error("inner");
    } catch (error) {
      throw error;
    }
  } catch (error) {
    return error instanceof Error ? `outer got ${error.message}` : "?";
  }
}
export function testUncaughtThrows(): number {
  throw new Error("expected");
}
export function testCatchPythonError(): string {
  try {
    const list: number[] = [];
    return String(list.reduce((a, b) => a + b));
  } catch (error) {
    return error instanceof Error ? "caught TypeError" : "?";
  }
}
export function testErrorMessageOfParseError(): boolean {
  try {
    JSON.parse("{");
    return false;
  } catch (error) {
    return error instanceof Error && error.message.length > 0;
  }
}
export function testTernaryChain(): string[] {
  return [1, 5, 10].map((value) => (value < 3 ? "low" : value < 8 ? "mid" : "high"));
}
export function testLogicalInConditions(): boolean[] {
  const a = 1;
  const b = 0;
  return [a > 0 && b === 0, a < 0 || b === 0, !(a > 0)];
}
export function testBlockScopedNamesOfDifferentTypes(): string[] {
  const out: string[] = [];
  const entries = new Map<string, number>([
    ["a", 1],
    ["b", 2],
  ]);
  for (const word of ["a", "", "b"]) {
    const key = word === "" ? null : word;
    if (key !== null) {
      out.push(key);
    }
  }
  for (const [key, value] of entries.entries()) {
    out.push(`${key}=${value}`);
  }
  return out;
}
export function testBlockScopedSameNameSameType(): number {
  let total = 0;
  for (const value of [1, 2]) {
    const item = value * 2;
    total += item;
  }
  for (const value of [3]) {
    const item = value + 1;
    total += item;
  }
  return total;
}
