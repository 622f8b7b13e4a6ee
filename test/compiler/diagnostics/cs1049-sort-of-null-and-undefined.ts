// sort() sorts null (as the text "null", or through the comparator) and puts only undefined last;
// both are one None in Python. Refused where the element type admits both.
export function refused(): unknown[] {
  const both: (string | null | undefined)[] = ["b", null, undefined, "a"];
  both.sort();
  const anything: unknown[] = [3, null, 1];
  anything.sort((left, right) => Number(left) - Number(right));
  const optional: Array<number | null | undefined> = [2, 1];
  return [both, anything, [...optional].sort()];
}
export function accepted(): unknown[] {
  const nulls: (string | null)[] = ["b", null];
  const missing: (string | undefined)[] = ["b", undefined];
  return [nulls.sort(), missing.sort()];
}
