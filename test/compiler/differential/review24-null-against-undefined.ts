// Review 24B F11: `===` between a value that may be null and one that may be undefined is refused
// (CS1043); the forms its message advises compile and match Node, and so do comparisons where only
// one side may be None, or both may be only the same one of them.
function same<T extends NonNullable<unknown> | null>(a: T, b: T): boolean {
  return a === b;
}
function distinctUntilChanged<T extends NonNullable<unknown> | null>(items: T[]): T[] {
  const kept: T[] = [];
  let previous: T | null = null;
  let first = true;
  for (const item of items) {
    if (first || item !== previous) {
      kept.push(item);
    }
    previous = item;
    first = false;
  }
  return kept;
}
export function testConstrainedTypeParameter(): unknown[] {
  return [same<string | null>(null, null), same<string | null>("a", null), same(1, 1), distinctUntilChanged(["a", "a", null, null, "b"])];
}
export function testBothMadeNull(): boolean[] {
  const values: (number | null | undefined)[] = [null, undefined, 1];
  return values.flatMap((one) => values.map((other) => (one ?? null) === (other ?? null)));
}
export function testOnlyOneSideMayBeNone(): boolean[] {
  const values: (number | null | undefined)[] = [null, undefined, 1, 2];
  const plain = [1, 2];
  return values.flatMap((one) => plain.map((other) => one === other || other !== one));
}
export function testBothMayBeOnlyNull(): unknown[] {
  const values: (string | null)[] = [null, "a", null];
  const wanted: string | null = null;
  return [
    values.indexOf(wanted),
    values.lastIndexOf(wanted),
    values.includes(wanted),
    values.map((value) => value === wanted),
    values.map((value) => value !== wanted),
  ];
}
export function testBothMayBeOnlyUndefined(): unknown[] {
  const values: (string | undefined)[] = ["a", undefined];
  const wanted: string | undefined = values[5];
  return [values.indexOf(wanted), values.includes(wanted), values.map((value) => value === wanted)];
}
export function testSearchMadeNull(): unknown[] {
  const values: (number | null | undefined)[] = [undefined, null, 1];
  const normalized = values.map((value) => value ?? null);
  return [normalized.indexOf(null), normalized.includes(null)];
}
