// A Record keyed by a branded string (`Record<UserId, V>`) is a dict (it was refused: its index
// signature is keyed by the brand, which the compiler did not see), and an impossible member of a
// union (`number & any[]`, from `Array.isArray` on `T extends number | number[]`) adds nothing to it.

type UserId = string & { readonly __brand: "UserId" };

function userId(text: string): UserId {
  return text as UserId;
}

function orArray<T extends number | number[]>(value: T): string {
  if (Array.isArray(value)) {
    const list = value || [-1];
    return list.length === 0 ? "empty" : list.join(",");
  }
  return "not an array";
}

export function testRecordKeyedByBrand(): unknown[] {
  const names: Record<UserId, string> = {};
  names[userId("u1")] = "Ann";
  names[userId("u2")] = "Bo";
  delete names[userId("u2")];
  const missing = names[userId("zz")];
  return [names[userId("u1")], missing ?? "none", Object.keys(names), JSON.stringify(names), Object.entries(names), userId("u1") in names];
}

export function testImpossibleUnionMembers(): unknown[] {
  return [orArray([]), orArray([1]), orArray(3)];
}
