// A program's own mapped types over keys a type parameter stands for are dicts, as Record<K, V> and
// Partial of one are: read, write, delete, `in`, Object.keys/entries/values, spread, JSON.stringify.
type Flags<K extends string> = { [P in K]?: boolean };
type Counts<K extends string | number> = { [P in K]: number };
type Labels<E extends Record<string, unknown>> = { [P in keyof E]?: string };
type Renamed<E extends Record<string, number>> = { [P in keyof E as `${string & P}Total`]: number };

function flag<K extends string>(flags: Flags<K>, key: K): Flags<K> {
  flags[key] = !(flags[key] ?? false);
  return flags;
}
function clear<K extends string>(flags: Flags<K>, key: K): boolean {
  const had = key in flags;
  delete flags[key];
  return had;
}
function bump<K extends string | number>(counts: Counts<K>, key: K): number {
  counts[key] += 1;
  return counts[key];
}
function keysOf<K extends string>(flags: Flags<K>): string[] {
  return Object.keys(flags);
}
function entriesOf<K extends string>(flags: Flags<K>): [string, boolean | undefined][] {
  return Object.entries<boolean | undefined>(flags);
}
function copyOf<K extends string>(flags: Flags<K>): Flags<K> {
  return { ...flags };
}
function label<E extends Record<string, unknown>>(labels: Labels<E>, key: keyof E & string): string {
  return labels[key] ?? `(${key})`;
}
function textOf<K extends string>(flags: Flags<K>): string {
  return JSON.stringify(flags);
}
function truthy<K extends string>(flags: Flags<K> | undefined): boolean {
  return !!flags && Object.keys(flags).length > 0;
}
function totals<E extends Record<string, number>>(renamed: Renamed<E>): number {
  return Object.values<number>(renamed).reduce((sum, value) => sum + value, 0);
}

export function testFlagAndRead(): unknown[] {
  const flags: Flags<"watched" | "rated"> = { watched: true };
  flag(flags, "rated");
  flag(flags, "watched");
  return [flags, keysOf(flags), entriesOf(flags), textOf(flags)];
}
export function testClear(): unknown[] {
  const flags: Flags<"a" | "b"> = { a: true, b: false };
  return [clear(flags, "a"), clear(flags, "a"), flags];
}
export function testNumberKeys(): unknown[] {
  const counts: Counts<1 | 2 | "x"> = { 1: 0, 2: 5, x: 1 };
  return [bump(counts, 1), bump(counts, 2), bump(counts, "x"), counts, Object.keys(counts)];
}
export function testCopy(): unknown[] {
  const flags: Flags<"a" | "b"> = { a: true };
  const copy = copyOf(flags);
  copy.b = true;
  return [flags, copy];
}
export function testLabels(): string[] {
  const labels: Labels<{ title: string; year: number }> = { title: "Title" };
  return [label(labels, "title"), label(labels, "year")];
}
export function testTruthy(): boolean[] {
  return [truthy(undefined), truthy({}), truthy({ a: true } as Flags<"a">)];
}
export function testRenamed(): number {
  const renamed: Renamed<{ plays: number; skips: number }> = { playsTotal: 3, skipsTotal: 4 };
  return totals(renamed);
}
