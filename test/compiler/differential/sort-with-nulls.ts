// sort() puts only undefined last: null is sorted as the text "null" by default and is given to a
// comparator. Both are None in Python, so the element type says which one None is.
export function testDefaultSortOfStringsAndNull(): unknown[] {
  const names: (string | null)[] = ["zoe", null, "adam", "nun", "nullify", null];
  names.sort();
  return names;
}
export function testComparatorGetsNull(): unknown[] {
  const scores: (number | null)[] = [3, null, -1, null, 0.5];
  const seen: string[] = [];
  scores.sort((left, right) => {
    seen.push(String(left) + ":" + String(right));
    return (left ?? 0) - (right ?? 0);
  });
  return [scores, seen.includes("null:-1") || seen.includes("-1:null") || seen.includes("3:null") || seen.includes("null:3")];
}
export function testComparatorPutsNullFirst(): unknown[] {
  const values: (number | null)[] = [2, null, 1];
  values.sort((left, right) => (left === null ? -1 : right === null ? 1 : left - right));
  return values;
}
export function testDefaultSortOfNumbersAndNull(): unknown[] {
  const values: (number | null)[] = [100, null, 9, -5, null];
  values.sort();
  return values;
}
export function testSortReturnsTheArrayWithNulls(): unknown[] {
  const values: (string | null)[] = [null, "b", "a"];
  const sorted = values.sort();
  return [sorted === values, sorted];
}
export function testUndefinedStillGoesLast(): unknown[] {
  const values: (string | undefined)[] = ["zoe", undefined, "adam"];
  values.sort();
  const numbers: (number | undefined)[] = [3, undefined, -1];
  numbers.sort((left, right) => (left ?? 0) - (right ?? 0));
  return [values.length, values[2] === undefined, values[0], numbers[0], numbers[1], numbers[2] === undefined];
}
export function testSpreadCopyWithNulls(): unknown[] {
  const values: (string | null)[] = ["m", null, "a"];
  return [...values].sort();
}
export function testObjectsWithNullSortedByComparator(): unknown[] {
  interface Row {
    name: string;
  }
  const rows: (Row | null)[] = [{ name: "b" }, null, { name: "a" }];
  rows.sort((left, right) => {
    const first = left?.name ?? "";
    const second = right?.name ?? "";
    return first < second ? -1 : first > second ? 1 : 0;
  });
  return rows;
}
