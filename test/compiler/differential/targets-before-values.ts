// JavaScript reads an assignment's target (its receiver and key, and for `+=` on a variable the
// variable itself) before it runs the value: a call in the value that changes a variable the
// target reads, through a closure or as a module variable, must not move the write.

export function testKeyChangedByTheValuesClosure(): string {
  const text = "ab,cd";
  let position = 0;
  const out: string[] = ["", "", "", "", "", ""];
  const nextCharacter = (): string => text[position++] ?? "";
  while (position < text.length) {
    out[position] += nextCharacter();
  }
  const counts: number[] = [0, 0, 0, 0];
  let slot = 0;
  const bump = (): number => {
    slot += 1;
    return 10;
  };
  counts[slot]! += bump();
  counts[slot]! *= bump();
  return JSON.stringify([out, counts, slot]);
}

export function testReceiverChangedByTheValue(): string {
  let holder: { n: number } = { n: 1 };
  const first = holder;
  const swap = (): number => {
    holder = { n: 100 };
    return 7;
  };
  holder.n = swap();
  holder.n += swap();
  return JSON.stringify([first, holder]);
}

export function testRecordKeyChangedByTheValue(): string {
  const result: Record<string, string> = {};
  let key = "name";
  const readPair = (): string => {
    key = "role";
    return "admin";
  };
  result[key] = readPair();
  const maybe: Record<string, string | undefined> = {};
  let field = "first";
  const pick = (): string => {
    field = "second";
    return "picked";
  };
  maybe[field] ??= pick();
  return JSON.stringify([result, maybe, key, field]);
}

let moduleText = "start";
function piece(suffix: string): string {
  moduleText = "RESET";
  return suffix;
}

export function testStringVariableChangedByThePiece(): string {
  moduleText = "start";
  moduleText += piece("-x");
  let local = "local";
  const change = (): string => {
    local = "changed";
    return "+y";
  };
  local += change();
  return JSON.stringify([moduleText, local]);
}

// A `function` expression is a function of its own, as an arrow is: its writes are a call's writes.
export function testKeyChangedByAFunctionExpression(): string {
  let position = 0;
  const out: string[] = ["", "", ""];
  const next = function (): string {
    position += 1;
    return "x";
  };
  out[position] += next();
  const counts: number[] = [0, 0, 0];
  const bump = function (): number {
    position = 2;
    return 5;
  };
  counts[position]! += bump();
  return JSON.stringify([out, counts, position]);
}
