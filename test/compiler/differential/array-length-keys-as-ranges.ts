// `[...Array(n).keys()]`, the range idiom: keys() counts the indices of an array of holes and reads none of
// them, so it compiles (review S49B, G3: it was refused with the other uses of `Array(length)`).
export function testRange(): number[] {
  return [...Array(5).keys()];
}
export function testRangeFrom(): number[] {
  return Array.from(Array(3).keys()).map((i) => i * i);
}
export function testRangeLoop(): number {
  let total = 0;
  for (const i of new Array(4).keys()) {
    total += i;
  }
  return total;
}
export function testEmptyRange(): number[] {
  return [...Array(0).keys()];
}
export function testBadLength(): string {
  try {
    return String([...Array(-1).keys()].length);
  } catch (error) {
    return error instanceof RangeError ? "RangeError" : "other";
  }
}
export function testFractionalLength(): string {
  const n = 2.5;
  try {
    return String([...Array(n).keys()].length);
  } catch (error) {
    return error instanceof RangeError ? "RangeError" : "other";
  }
}
