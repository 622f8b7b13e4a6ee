// null and undefined are both None in Python: where the type says which one None is, JavaScript's answer.
// Defaults apply for undefined only, an explicit undefined argument too, never for null.
function withDefault(count: number = 5): number {
  return count;
}
function withTextDefault(label = "x", suffix = "!"): string {
  return label + suffix;
}
function withComputedDefault(items: number[] = [1, 2]): number {
  return items.length;
}
function withNullDefault(value: number | null = null): number {
  return value ?? -1;
}
class Counter {
  total = 0;
  add(step = 1): number {
    this.total += step;
    return this.total;
  }
}
interface Options {
  size?: number;
  kept: number | null;
}
export function testParameterDefaultForExplicitUndefined(): number[] {
  return [withDefault(undefined), withDefault(), withDefault(0)];
}
export function testParameterDefaultForUndefinedVariable(): string {
  const missing: string | undefined = undefined;
  return withTextDefault(missing, undefined) + withTextDefault("a", missing);
}
export function testParameterDefaultThroughCallback(): number[] {
  return [undefined, 3].map((value) => withDefault(value));
}
export function testComputedParameterDefault(): number[] {
  return [withComputedDefault(undefined), withComputedDefault([])];
}
export function testNullDefaultKeepsNone(): number[] {
  return [withNullDefault(undefined), withNullDefault(null), withNullDefault(2)];
}
export function testMethodDefaultForExplicitUndefined(): number {
  const counter = new Counter();
  counter.add(undefined);
  return counter.add(undefined);
}
export function testObjectPatternDefaultNotForNull(): (number | null)[] {
  const options: Options = { kept: null };
  const { size = 4, kept = 7 } = options;
  return [size, kept];
}
export function testArrayPatternDefaultNotForNull(): (number | null)[] {
  const pair = [null, 1] as [number | null, number];
  const [first = 8, second = 9] = pair;
  return [first, second];
}
export function testTuplePastItsEndGetsDefault(): number[] {
  const single: [number] = [1];
  const [first = 0, ...rest] = single;
  return [first, rest.length];
}
export function testAssignmentPatternDefaultNotForNull(): (number | null)[] {
  const options: Options = { kept: null };
  let size = 0;
  let kept: number | null = 0;
  ({ size = 3, kept = 6 } = options);
  return [size, kept];
}
export function testForOfPatternDefaultNotForNull(): (number | null)[] {
  const rows: [number | null][] = [[null], [2]];
  const seen: (number | null)[] = [];
  for (const [value = 5] of rows) {
    seen.push(value);
  }
  return seen;
}
export function testDestructuredParameterDefaultNotForNull(): (number | null)[] {
  const read = ({ kept = 1, size = 2 }: Options): (number | null)[] => [kept, size];
  return read({ kept: null });
}
// `=== null` / `=== undefined` after a typeof test: x is an object or null there, never undefined.
export function testObjectTestThenNullCheck(): boolean[] {
  const values: unknown[] = [undefined, null, {}, [], "text"];
  return values.map((value) => typeof value === "object" && value !== null);
}
export function testNotObjectOrNullCheck(): boolean[] {
  const values: unknown[] = [undefined, null, {}, 0];
  return values.map((value) => typeof value !== "object" || value === null);
}
// The idiom in any grouping of one chain, the null test right after the typeof test.
export function testObjectTestThenGroupedNullCheck(): boolean[] {
  const values: unknown[] = [undefined, null, {}, [], "text"];
  const wanted = true;
  // prettier-ignore
  return values.map((value) => (wanted && typeof value === "object") && (value !== null && !Array.isArray(value)));
}
export function testNotObjectOrGroupedNullCheck(): boolean[] {
  const values: unknown[] = [undefined, null, {}, 0];
  const refused = false;
  // prettier-ignore
  return values.map((value) => refused || (typeof value !== "object" || (value === null || refused)));
}
