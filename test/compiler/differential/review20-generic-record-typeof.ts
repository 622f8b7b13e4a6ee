// Review 20: typeof and String() of a generic record read by its generic key say "undefined" for an absent key, also when V's constraint is a union.
function typeOfN<K extends string>(r: Record<K, number>, k: K): string {
  return typeof r[k];
}
function typeOfV<K extends string, V extends number>(r: Record<K, V>, k: K): string {
  return typeof r[k];
}
function isStr<K extends string, V extends string | number>(r: Record<K, V>, k: K): string {
  const v = r[k];
  return `${v}` + String(v);
}
function switchType<K extends string, V extends string | number>(r: Record<K, V>, k: K): string {
  switch (typeof r[k]) {
    case "string":
      return "s";
    case "number":
      return "n";
    default:
      return "other";
  }
}
export function testTypeof(): string[] {
  const r: Record<string, number> = { a: 1 };
  return [typeOfN(r, "a"), typeOfN(r, "b"), typeOfV(r, "b"), isStr(r, "zz"), switchType(r, "zz")];
}
