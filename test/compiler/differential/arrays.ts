// Arrays and their methods.
function numbers(): number[] {
  return [3, 1, 2];
}
export function testLength(): number {
  return [1, 2, 3].length;
}
export function testPushReturnsLength(): number {
  const list = [1];
  return list.push(2, 3);
}
export function testPushStatement(): number[] {
  const list = [1];
  list.push(2);
  list.push(3, 4);
  return list;
}
export function testPushSpread(): number[] {
  const list = [1];
  const more = [2, 3];
  list.push(...more);
  return list;
}
export function testPop(): (number | undefined)[] {
  const list = [1, 2];
  const last = list.pop();
  return [last, list.length];
}
export function testPopEmpty(): string {
  const list: number[] = [];
  return String(list.pop());
}
export function testShift(): (number | undefined)[] {
  const list = [1, 2];
  return [list.shift(), list.length];
}
export function testShiftEmpty(): string {
  const list: number[] = [];
  return String(list.shift());
}
export function testUnshift(): (number | number[])[] {
  const list = [3];
  const length = list.unshift(1, 2);
  return [length, list];
}
export function testSliceCopy(): number[] {
  const list = [1, 2, 3];
  const copy = list.slice();
  copy.push(4);
  return list;
}
export function testSliceRange(): number[] {
  const list = [1, 2, 3, 4];
  return list.slice(1, 3);
}
export function testSliceNegative(): number[] {
  const list = [1, 2, 3, 4];
  return list.slice(-2);
}
export function testSpliceRemove(): number[][] {
  const list = [1, 2, 3, 4];
  const removed = list.splice(1, 2);
  return [removed, list];
}
export function testSpliceInsert(): number[][] {
  const list = [1, 4];
  const removed = list.splice(1, 0, 2, 3);
  return [removed, list];
}
export function testSpliceNegativeStart(): number[][] {
  const list = [1, 2, 3];
  const removed = list.splice(-1);
  return [removed, list];
}
export function testSpliceTooMany(): number[][] {
  const list = [1, 2, 3];
  const removed = list.splice(1, 10);
  return [removed, list];
}
export function testConcat(): number[] {
  return [1].concat([2, 3], [4]);
}
export function testJoin(): string {
  return [1, "a", true].join("-");
}
export function testJoinNested(): string {
  return [[1, 2], [3]].join(";");
}
export function testIndexOf(): number[] {
  const list = [1, 2, 3, 2];
  return [list.indexOf(2), list.indexOf(2, 2), list.indexOf(9)];
}
export function testIndexOfNaN(): number {
  return [NaN].indexOf(NaN);
}
export function testLastIndexOf(): number {
  return [1, 2, 1].lastIndexOf(1);
}
export function testIncludes(): boolean[] {
  const list = [1, 2, 3];
  return [list.includes(2), list.includes(5)];
}
export function testIncludesNaN(): boolean {
  return [NaN].includes(NaN);
}
export function testIncludesTrueIsNotOne(): boolean {
  const list: unknown[] = [1];
  return list.includes(true);
}
export function testIncludesStrings(): boolean {
  return ["a", "b"].includes("b");
}
export function testFind(): string {
  const found = [1, 2, 3].find((value) => value > 1);
  return String(found);
}
export function testFindMissing(): string {
  return String([1, 2].find((value) => value > 5));
}
export function testFindIndex(): number {
  return [5, 6, 7].findIndex((value) => value === 7);
}
export function testFindIndexMissing(): number {
  return [5].findIndex((value) => value === 1);
}
export function testFilter(): number[] {
  return [1, 2, 3, 4].filter((value) => value % 2 === 0);
}
export function testFilterTruthy(): number[] {
  return [0, 1, 2, NaN].filter((value) => value);
}
export function testFilterWithIndex(): string[] {
  return ["a", "b", "c"].filter((_value, index) => index !== 1);
}
export function testMap(): number[] {
  return [1, 2, 3].map((value) => value * 2);
}
export function testMapWithIndex(): string[] {
  return ["a", "b"].map((value, index) => `${index}:${value}`);
}
export function testMapBlockBody(): string[] {
  return [1, 2].map((value) => {
    const doubled = value * 2;
    return `v${doubled}`;
  });
}
export function testMapNamedFunction(): string[] {
  const describe = (value: number): string => `#${value}`;
  return [1, 2].map(describe);
}
export function testMapToObjects(): { n: number }[] {
  return [1, 2].map((n) => ({ n }));
}
export function testSome(): boolean[] {
  return [[1, 2].some((value) => value > 1), [1, 2].some((value) => value > 5)];
}
export function testEvery(): boolean[] {
  return [[1, 2].every((value) => value > 0), [1, 2].every((value) => value > 1)];
}
export function testEveryEmpty(): boolean {
  const list: number[] = [];
  return list.every((value) => value > 100);
}
export function testForEach(): number {
  let total = 0;
  [1, 2, 3].forEach((value) => {
    total += value;
  });
  return total;
}
export function testForEachWithIndex(): string[] {
  const out: string[] = [];
  ["x", "y"].forEach((value, index) => {
    out.push(`${index}${value}`);
  });
  return out;
}
export function testForEachReturnSkips(): number[] {
  const out: number[] = [];
  [1, 2, 3].forEach((value) => {
    if (value === 2) {
      return;
    }
    out.push(value);
  });
  return out;
}
export function testReduceSum(): number {
  return [1, 2, 3].reduce((sum, value) => sum + value, 0);
}
export function testReduceNoInitial(): number {
  return [1, 2, 3].reduce((sum, value) => sum + value);
}
export function testReduceEmptyThrows(): number {
  const list: number[] = [];
  return list.reduce((sum, value) => sum + value);
}
export function testReduceWithIndex(): string {
  return ["a", "b"].reduce((text, value, index) => text + index + value, "");
}
export function testReduceToObject(): Record<string, number> {
  return ["a", "bb"].reduce((counts: Record<string, number>, word) => {
    counts[word] = word.length;
    return counts;
  }, {});
}
export function testSortDefaultNumbers(): number[] {
  const list = [10, 9, 1, 100];
  list.sort();
  return list;
}
export function testSortDefaultStrings(): string[] {
  const list = ["pear", "Apple", "banana", "apple"];
  list.sort();
  return list;
}
export function testSortComparator(): number[] {
  const list = [10, 9, 1, 100];
  list.sort((a, b) => a - b);
  return list;
}
export function testSortDescending(): number[] {
  return numbers().sort((a, b) => b - a);
}
export function testSortStable(): string[] {
  const list = ["bb", "a", "cc", "d"];
  list.sort((a, b) => a.length - b.length);
  return list;
}
export function testSortReturnsSameArray(): boolean {
  const list = [2, 1];
  return list.sort() === list;
}
export function testSortWithUndefined(): (number | undefined)[] {
  const list: (number | undefined)[] = [3, undefined, 1];
  list.sort();
  return list;
}
export function testReverse(): number[] {
  const list = [1, 2, 3];
  list.reverse();
  return list;
}
export function testEntries(): [number, string][] {
  return Array.from(["a", "b"].entries());
}
export function testKeysOfArray(): number[] {
  return Array.from(["a", "b"].keys());
}
export function testValuesOfArray(): string[] {
  return Array.from(["a", "b"].values());
}
export function testOutOfRangeRead(): string {
  const list = [1];
  return String(list[5]);
}
export function testNegativeIndexRead(): string {
  const list = [1, 2];
  return String(list[-1]);
}
export function testIndexWrite(): number[] {
  const list = [1, 2];
  list[0] = 5;
  return list;
}
export function testSpreadArrays(): number[] {
  const a = [1, 2];
  const b = [3];
  return [...a, ...b, 4];
}
export function testArrayFromString(): string[] {
  return Array.from("abc");
}
export function testArrayFromArray(): number[] {
  const source = [1, 2];
  const copy = Array.from(source);
  copy.push(3);
  return source;
}
export function testIsArray(): boolean[] {
  return [Array.isArray([]), Array.isArray("a"), Array.isArray({})];
}
export function testDestructuring(): (number | string)[] {
  const [a, b] = [1, "x"] as [number, string];
  return [a, b];
}
export function testDestructuringDefaults(): number[] {
  const list: number[] = [1];
  const [a = 5, b = 6] = list;
  return [a, b];
}
export function testDestructuringRest(): number[][] {
  const [first, ...rest] = [1, 2, 3];
  return [[first ?? 0], rest];
}
export function testNestedArrays(): number {
  const grid = [
    [1, 2],
    [3, 4],
  ];
  return (grid[1] ?? [])[0] ?? -1;
}
export function testMutationWhileIterating(): number[] {
  const list = [1, 2, 3];
  const seen: number[] = [];
  for (const value of list) {
    seen.push(value);
    if (value === 1) {
      list.push(4);
    }
  }
  return seen;
}
export function testChainedMethods(): string {
  return [3, 1, 2]
    .filter((value) => value > 1)
    .map((value) => value * 10)
    .join(",");
}
export function testArrayToString(): string {
  return String([1, [2, 3], null]);
}
export function testEmptyArrayJson(): string {
  return JSON.stringify([]);
}

// Found by the generative test (test/compiler/generative/): each once differed from Node.
export function testIndexOfFromNaN(): number[] {
  const from = parseInt("");
  return [[1].indexOf(1, from), [1, 2].indexOf(2, -Infinity), [1, 2].indexOf(2, Infinity)];
}
export function testSpliceAtInfinity(): number[] {
  const numbers: number[] = [1, 2];
  numbers.splice(Infinity, 0, 3);
  numbers.splice(-Infinity, 1);
  return numbers;
}
export function testSpliceFractional(): number[][] {
  const numbers = [1, 2, 3, 4];
  const removed = numbers.splice(1.5, 1.9);
  return [removed, numbers];
}
export function testComprehensionOverNullishRead(): number[] {
  const counts = new Map<string, number>([["a", 2]]);
  const record: Record<string, number> = { x: 1 };
  return [...Object.values(record), counts.get("a") ?? 0].map((value, index) => value + index);
}
export function testFindIndexOverNullishRead(): number {
  const counts = new Map<string, number>();
  const text = "a";
  return [1, counts.get(text) ?? 0].findIndex((value) => value === 0);
}
export function testIndexWritePastEnd(): (number | undefined)[] {
  const items: (number | undefined)[] = [1];
  items[3] = 4;
  return [items.length, items[2], items[3]];
}
export function testIndexWriteFloatIndex(): number[] {
  const items = [1, 2, 3];
  const index = 4 / 2;
  items[index] = 9;
  return items;
}
export function testArrayFromLength(): number[] {
  return Array.from({ length: 4 }, (_, index) => index * 10);
}
export function testArrayFromLengthNoMapper(): (number | undefined)[] {
  return Array.from({ length: 2 }) as (number | undefined)[];
}
export function testArrayFromWithMapper(): string[] {
  return Array.from(["a", "b"], (value, index) => value + index);
}
export function testArrayFromStringMapper(): string[] {
  return Array.from("a😀", (character) => character + "!");
}
export function testArrayFromMapWithMapper(): string[] {
  const map = new Map<string, number>([
    ["a", 1],
    ["b", 2],
  ]);
  return Array.from(map, (entry) => entry[0] + String(entry[1]));
}
export function testArrayFromSetWithMapper(): number[] {
  return Array.from(new Set([3, 3, 4]), (value) => value * 2);
}

// ES2019-2023 array methods.
export function testFlat(): unknown[] {
  const nested: unknown[] = [1, [2, [3, [4]]], []];
  return [nested.flat(), nested.flat(2), nested.flat(Infinity), nested.flat(0)];
}
export function testFlatMap(): number[] {
  return [1, 2, 3].flatMap((value) => (value === 2 ? [] : [value, value * 10]));
}
export function testFlatMapWithIndex(): string[] {
  return ["a", "b"].flatMap((value, index) => [value, String(index)]);
}
export function testFill(): number[][] {
  const a = [1, 2, 3, 4];
  const b = [1, 2, 3, 4];
  const c = [0, 0, 0].fill(7);
  return [a.fill(0), b.fill(9, 1, -1), c];
}
export function testAt(): (number | undefined)[] {
  const items = [10, 20, 30];
  return [items.at(0), items.at(-1), items.at(-4), items.at(3), items.at(1.7)];
}
export function testObjectFromEntries(): Record<string, number> {
  return Object.fromEntries([
    ["b", 1],
    ["2", 2],
    ["a", 3],
  ]);
}
export function testObjectFromEntriesOfMap(): string {
  const map = new Map<string, number>([
    ["x", 1],
    ["y", 2],
  ]);
  return JSON.stringify(Object.fromEntries(map));
}
export function testObjectFromEntriesRoundTrip(): Record<string, number> {
  const record: Record<string, number> = { a: 1, b: 2 };
  return Object.fromEntries(Object.entries(record).map((entry) => [entry[0].toUpperCase(), entry[1] * 2]));
}
