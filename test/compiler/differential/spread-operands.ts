// Spreads whose operand is an operator below `|` in Python's grammar (a conditional, `or`/`and`,
// `not`, a comparison): a dict display's `**` and a list display's `*` take a bitwise-or
// operand, so the printer must parenthesise them, or the module does not import.

interface Opts {
  a?: Record<string, number>;
}

function merge(o: Opts, flag: boolean): string[] {
  const merged = { x: 1, ...(o.a ?? {}) };
  const picked = { ...(flag ? { y: 2 } : {}) };
  const either = { x: 1, ...(flag ? { y: 2 } : { z: 3 }) };
  return [JSON.stringify(merged), JSON.stringify(picked), JSON.stringify(either)];
}

export function testObjectSpreadOfConditionals(): string[] {
  return [...merge({ a: { z: 3 } }, true), ...merge({}, false)];
}

function letters(a: string, b: string): string[] {
  return [...(a || b)];
}

function both(a: string, b: string): string[] {
  return [...(a && b), "|"];
}

export function testArraySpreadOfStringLogic(): string[][] {
  return [letters("", "xy"), letters("ab", "z"), both("", "q"), both("p", "qr")];
}

export function testArraySpreadOfConditionalArrays(): number[][] {
  const c = Math.random() < 2;
  const a = [1, 2];
  const b = [3];
  return [
    [0, ...(c ? a : b)],
    [...(!c ? a : b), 9],
  ];
}

// A dict too long for one line is printed one entry per line: its `**` operands need the same
// parentheses there (`**other.get("a") or {},` does not parse).
interface Settings {
  editor?: { fontSize?: number; theme?: string };
  keyboard?: { layout?: string };
}
export function testSpreadsInLongObjectLiterals(): string[] {
  const base: Settings = { editor: { fontSize: 12 } };
  const patch: Settings = {};
  const withEverySettingSpelledOut = {
    applicationName: "CloudSync for Kodi",
    ...base.editor,
    ...patch.editor,
    ...(patch.keyboard ?? { layout: "qwerty" }),
    ...(base.editor !== undefined ? { theme: "light" } : undefined),
    description: "a literal long enough that the printer puts each entry on its own line",
  };
  return [JSON.stringify(withEverySettingSpelledOut)];
}
