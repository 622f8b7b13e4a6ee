// Number(null) is 0 and Number(undefined) is NaN; both are one None in Python. Refused where the
// type admits both; accepted where it admits only one of them.
export function refused(): number[] {
  const either: string | null | undefined = Math.random() > 2 ? null : undefined;
  const anything: unknown = JSON.parse("null");
  const items: (number | null | undefined)[] = [1, null, undefined];
  return [Number(either), +either!, Number(anything), ...items.map(Number)];
}
export function accepted(): number[] {
  const nulls: string | null = null;
  const missing: string | undefined = undefined;
  return [Number(nulls), Number(missing), Number(missing ?? NaN)];
}
