// typeof null is "object", typeof undefined is "undefined": both are None in Python, so a typeof whose
// answer depends on which is refused where the type admits both. The idioms that do not depend on it,
// and comparisons with the other type names, compile.
export function isMissing(value: unknown): boolean {
  return typeof value === "undefined";
}
export function kindOf(value: unknown): string {
  return typeof value;
}
export function isObject(value: unknown): boolean {
  return typeof value === "object";
}
export function isNullable(value: string | null): boolean {
  return typeof value === "undefined";
}
export function allowed(value: unknown, optional?: number): boolean[] {
  return [
    typeof value === "object" && value !== null,
    typeof value !== "object" || value === null,
    typeof value === "object" && value != null && !Array.isArray(value),
    typeof value === "string",
    typeof value === "number",
    typeof optional === "undefined",
    typeof optional,
  ].map((result) => result !== false);
}
// The null test must be of the same value, right after the typeof test: Python's typeof of None is
// "object", so `note()` between them would run for undefined.
function note(): boolean {
  return true;
}
export function somethingBetween(value: unknown): boolean[] {
  return [typeof value === "object" && note() && value !== null, typeof value !== "object" || note() || value === null];
}
export function otherValue(value: unknown, other: unknown): boolean {
  return typeof value === "object" && other !== null;
}
export function nullTestFirst(value: unknown): boolean {
  return value !== null && typeof value === "object";
}
