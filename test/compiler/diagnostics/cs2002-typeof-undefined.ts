export function isMissing(value: unknown): boolean {
  return typeof value === "undefined";
}
