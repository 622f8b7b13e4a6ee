// Object.keys/values/entries of a string give its UTF-16 units by index; of a number or a boolean,
// nothing (TypeScript accepts both; Python raised AttributeError or TypeError).
export function testKeysOfStrings(): string[] {
  const word = "héllo";
  const emoji = "a😀";
  return [Object.keys(word).join(","), Object.values(word).join("|"), JSON.stringify(Object.entries(emoji).length), Object.keys(emoji).join(",")];
}
export function testKeysOfNumbersAndBooleans(): number[] {
  const count = 42;
  const flag = true;
  return [Object.keys(count).length, Object.values(flag).length, Object.entries(3.5).length];
}
// Object.assign from an array or a string copies its indexes as keys (review 16: Python raised
// TypeError, a list being read by int and a str having no keys).
export function testAssignFromArraysAndStrings(): unknown[] {
  const letters = "x😀";
  return [Object.assign({}, [1, 2], letters, null, undefined, { a: 1 }), Object.assign({ 0: "kept", z: 9 }, ["over"])];
}
export function testAssignIntoDataFromValues(): unknown[] {
  const point: Record<string, unknown> = { x: 1 };
  const counts = new Map([["a", 1]]);
  return [Object.assign(point, "ab", 7, true, counts, [null])];
}
