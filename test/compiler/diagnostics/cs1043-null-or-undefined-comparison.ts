// null and undefined are one None in Python: comparing with one of them needs a type that admits only one.
interface Row {
  note?: string | null;
}
export function check(row: Row, cells: unknown[], count: number | null | undefined): boolean[] {
  const first = cells[0];
  const results = [row.note === null, first === undefined, count !== null];
  switch (first) {
    case null:
      results.push(true);
      break;
    default:
      results.push(false);
  }
  return results;
}
export function optional(read: () => unknown): boolean {
  return read() === null;
}
// A comparison the type answers (an optional member is never null, a nullable value never undefined) is
// refused too: a value that breaks its type (a function falling off, data from outside) is None either way.
interface Limits {
  limit?: number;
  label: string | null;
}
export function impossible(limits: Limits, read: () => number | undefined): boolean[] {
  return [limits.limit === null, limits.label === undefined, read() !== null];
}
// A getter read twice may give null, then something else: `g.value === undefined || g.value === null`
// is no single test of one value there (review 21; a plain field's pair compiles as `is None`).
class Flaky {
  reads = 0;
  get value(): string | null | undefined {
    this.reads++;
    return this.reads === 1 ? null : "x";
  }
}
export function nullPairOfGetter(flaky: Flaky): boolean {
  return flaky.value === undefined || flaky.value === null;
}
// Review 24B F11: two values one of which may be null where the other may be undefined, compared or
// searched for: JavaScript tells them apart, where both are None and the compiled answer was true.
export function same<T>(a: T, b: T): boolean {
  return a === b;
}
export function changed(previous: number | null, next: number | undefined, kinds: unknown[], wanted: unknown): unknown[] {
  const found: (string | null)[] = [null];
  const label: string | undefined = kinds.length > 0 ? "x" : undefined;
  switch (wanted) {
    case kinds[0]:
      return [true];
  }
  return [previous !== next, kinds.includes(wanted), kinds.indexOf(wanted), found.lastIndexOf(label ?? null), found.includes(label as string)];
}
// Review 27A F1: a conditional type left open by a type parameter admits what its parts admit.
export function sameKind<T>(a: Exclude<T, undefined>, b: Exclude<T, null>): string {
  switch (a) {
    case b:
      return "same";
    default:
      return "different";
  }
}
export function sameResult<F extends () => unknown>(a: ReturnType<F>, b: ReturnType<F>): boolean {
  return a === b;
}
// Review 27A F10: a Set's or a Map's key of a type parameter that may be null where the key may be undefined.
export function hasIn<T>(set: Set<T>, value: T): boolean {
  return set.has(value);
}
export function getIn<K>(map: Map<K, string>, key: K): string {
  return map.get(key) ?? "absent";
}
// Review 27A F12: the same search through `?.`.
export function hasMaybe<T>(items: T[] | undefined, value: T): boolean {
  return items?.includes(value) ?? false;
}
