// Review 20E: numeric keys with separators, JSON of a matchAll result, self-holding arrays, pads with an undefined fill, an own stack, replaceAll's message.
export function testSepLiteral(): string[] {
  const o = { 1_000: "a", 0x10: "b", 0b11: "c", 0o7: "d", 1e21: "e", 0.5: "f", 5: "g", 1_0.2_5: "h" };
  return Object.keys(o);
}
export function testSepRecordLit(): string {
  const r: Record<number, string> = { 1_000: "x", 2_0: "y" };
  return JSON.stringify(r);
}
export function testMatchAllLog(): string {
  const it = "ab".matchAll(/a/g);
  return JSON.stringify(it) + typeof it;
}
export function testJoinSelf(): string {
  const a: unknown[] = [1, 2];
  a.push(a);
  const b: unknown[] = [a, a];
  return b.join(";") + "|" + String(a);
}
export function testPadUndef(): string[] {
  const pad = (s: string, f?: string): string => s.padStart(5, f) + s.padEnd(4, f);
  return [pad("x"), pad("y", "ab"), pad("z", "")];
}
export function testStackOwn(): string {
  const e = new Error("m");
  e.stack = "mine";
  return e.stack;
}
export function testReplaceAllNonGlobal(): string {
  try {
    return "aa".replaceAll(/a/ as RegExp, "b");
  } catch (e) {
    return (e as Error).name + ":" + (e as Error).message;
  }
}
