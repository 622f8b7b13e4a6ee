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
