// Review 20: String() of a generic record's read stored in a variable, with V bound to a union, prints undefined for an absent key.
function textOfU<K extends string, V extends string | number | boolean>(r: Record<K, V>, k: K): string {
  return String(r[k]);
}
function textOfN<K extends string, V extends number | string>(r: Record<K, V>, k: K): string {
  return String(r[k]) + "/" + `${r[k]}`;
}
class Store<K extends string, V extends number> {
  constructor(private data: Record<K, V>) {}
  text(k: K): string {
    return String(this.data[k]);
  }
}
function typeOfU<K extends string, V extends string | number>(r: Record<K, V>, k: K): string {
  return typeof r[k];
}
function isUndef<K extends string, V extends string | boolean>(r: Record<K, V>, k: K): boolean {
  return r[k] === undefined;
}
export function testUnion(): unknown[] {
  const r: Record<string, number> = { a: 1 };
  return [textOfU(r, "a"), textOfU(r, "b"), textOfN(r, "b"), new Store(r).text("b"), typeOfU(r, "q"), isUndef<string, boolean>({}, "q")];
}
