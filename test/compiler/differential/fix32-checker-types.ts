// Values whose Python type the checker must see as TypeScript types them: a static field written
// from outside its class (declared `int` from its `= 0`), a static field without initializer, and
// `||` over an element read (Optional for the checker, but a truthy value is never None).

class Tally {
  static total = 0;
  static label: string | undefined;
  static readonly seen: number[] = [];
}

export function testStaticFieldsWrittenFromOutside(): (number | string | null)[] {
  Tally.total = 0.5;
  Tally.total += 2;
  const before = Tally.label ?? null;
  Tally.label = "set";
  Tally.seen.push(Tally.total);
  return [Tally.total, before, Tally.label, Tally.seen.length];
}

export function testOrOverElementRead(): number[] {
  const counts: Record<string, number> = { a: 0, b: 3 };
  const a = counts["a"] || 5;
  const b = counts["b"] || 5;
  const c = counts["c"] || 7;
  return [a, b, c];
}

export function testOrAssignmentOverElementRead(): number[] {
  const counts: Record<string, number> = { a: 0, b: 3 };
  const a = (counts["a"] ||= 5);
  const b = (counts["b"] ||= 5);
  return [a, b, Object.keys(counts).length];
}
