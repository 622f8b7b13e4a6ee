// A read of a generic record by its generic key admits undefined: K may be `string` itself and the
// key absent, although TypeScript types the read as V (review 19: a template printed "name=None" and
// String() "null", where Node prints "undefined"). Arithmetic on an absent one is a known difference.

function label<K extends string>(names: Record<K, string>, key: K): string {
  return `name=${names[key]}`;
}

function sizeOf<K extends string>(lists: Record<K, number[]>, key: K): string {
  return String(lists[key]);
}

function bumped<K extends string>(counts: Record<K, number>, key: K): number {
  return (counts[key] ?? 0) + 1;
}

function countOf<K extends string>(counts: Partial<Record<K, number>>, key: K): string {
  return `${counts[key]}`;
}

export function testAbsentKeysPrintUndefined(): string[] {
  const names: Record<string, string> = { a: "ann" };
  const lists: Record<string, number[]> = { a: [1, 2] };
  return [label(names, "a"), label(names, "zz"), sizeOf(lists, "a"), sizeOf(lists, "q"), countOf<string>({ a: 1 }, "b")];
}

export function testFallbackForAnAbsentKey(): number[] {
  const counts: Record<string, number> = { a: 1 };
  return [bumped(counts, "a"), bumped(counts, "b")];
}
