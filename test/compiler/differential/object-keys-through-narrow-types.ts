// Object.keys/values put integer-like keys first whatever the static type says: an object with such a
// key passes as an interface that does not list it, and a Record's spread keeps only the explicit
// members in its type (the compiler used Python's insertion order when the type showed none).
interface Named {
  name: string;
}
function keysOf(named: Named): string {
  return Object.keys(named).join(",");
}
function valuesOf(named: Named): string {
  return Object.values(named).join(",");
}

export function testInterfaceHidingIntegerKeys(): string[] {
  const full = { name: "x", 1: "one", 0: "zero" };
  const named: Named = full;
  return [Object.keys(named).join(","), keysOf(full), valuesOf(full)];
}
export function testSpreadOfRecord(): string[] {
  const record: Record<string, number> = { b: 1, "2": 2 };
  const copy = { ...record, a: 1 };
  return [Object.keys(copy).join(","), Object.values(copy).join(",")];
}
export function testPlainObjectsKeepInsertionOrder(): string[] {
  const plain = { zeta: 1, alpha: 2, "10a": 3 };
  return [Object.keys(plain).join(","), Object.values(plain).join(",")];
}
