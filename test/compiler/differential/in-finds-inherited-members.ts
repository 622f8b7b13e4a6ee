// `key in object` finds what every object inherits from Object.prototype ("toString", "constructor",
// "__proto__", …), besides its own keys; a match's groups have no prototype (found by the sixth review).
export function testInheritedNamesAreIn(): boolean[] {
  const record: Record<string, number> = { a: 1 };
  const keys = ["toString", "constructor", "__proto__", "hasOwnProperty", "a", "b", "valueOf"];
  return keys.map((key) => key in record);
}
export function testLiteralKeysStayPlain(): boolean[] {
  const point: { x?: number; y?: number } = { x: 1 };
  return ["x" in point, "y" in point, "toString" in point];
}
export function testGroupsHaveNoPrototype(): boolean[] {
  const found = /(?<year>\d{4})/.exec("in 2024");
  const groups = found?.groups;
  if (groups === undefined) {
    return [];
  }
  const probe = (key: string): boolean => key in groups;
  return [probe("year"), probe("toString")];
}
