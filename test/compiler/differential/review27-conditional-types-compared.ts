// Review 27A F1: `Exclude<T, null | undefined>` admits neither, `Exclude<T, "a">` of a T that admits
// null admits null: both compare as the types say (what may be both is refused, CS1043).
function same<T>(x: Exclude<T, null | undefined>, y: Exclude<T, null | undefined>): boolean {
  return x === y;
}
function isNull<T extends string | null>(x: Exclude<T, "a">): boolean {
  return x === null;
}
function bothNull<T>(x: Extract<T, null>): boolean {
  return x === null;
}
export function testExcludedAndExtracted(): unknown {
  return [same<number | null>(1, 1), same<string | undefined>("a", "b"), isNull<"b" | null>(null), isNull<"b" | null>("b"), bothNull<number | null>(null)];
}
