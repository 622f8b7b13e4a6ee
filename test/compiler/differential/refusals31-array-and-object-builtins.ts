// Object.is, reduceRight, `new Array(n).fill(v)` / `Array(n).fill(v)`, and the copying array
// methods toSorted, toReversed and with (ES2023, in Node 20).

export function testObjectIs(): boolean[] {
  const zero = 0;
  const negativeZero = -0;
  const items = [1];
  const same = items;
  const text = "a";
  return [
    Object.is(NaN, NaN),
    Object.is(zero, negativeZero),
    Object.is(negativeZero, -0),
    Object.is(0 * -1, 0),
    Object.is(1, 1),
    Object.is(1, 2),
    Object.is(text, "a"),
    Object.is(items, same),
    Object.is(items, [1]),
    Object.is(NaN, 0 / 0),
    Object.is(Infinity, 1 / 0),
    Object.is(-Infinity, 1 / negativeZero),
  ];
}

export function testObjectIsUnknowns(): boolean[] {
  const values: (number | string | boolean)[] = [1, "1", true, NaN, -0, 0];
  const results: boolean[] = [];
  for (const left of values) {
    for (const right of values) {
      results.push(Object.is(left, right));
    }
  }
  return results;
}

export function testObjectIsNulls(): boolean[] {
  const missing: string | null = null;
  const absent: number | undefined = undefined;
  return [Object.is(missing, null), Object.is(absent, undefined), Object.is(missing, "x")];
}

export function testReduceRight(): (string | number)[] {
  const words = ["a", "b", "c"];
  const joined = words.reduceRight((accumulator, word) => accumulator + word);
  const withInitial = words.reduceRight((accumulator, word, index) => accumulator + word + index, ">");
  const sum = [1, 2, 3, 4].reduceRight((total, value) => total - value, 0);
  const single = [7].reduceRight((total, value) => total * value);
  const emptyWithInitial = ([] as number[]).reduceRight((total, value) => total + value, 5);
  return [joined, withInitial, sum, single, emptyWithInitial];
}

export function testReduceRightEmptyThrows(): string {
  try {
    ([] as number[]).reduceRight((total, value) => total + value);
    return "no error";
  } catch (error) {
    return error instanceof TypeError ? "TypeError: " + error.message : "other";
  }
}

export function testReduceRightArrays(): string {
  const nested = [[1, 2], [3], [4, 5]];
  const flattened = nested.reduceRight((accumulator, part) => accumulator.concat(part), [] as number[]);
  const seen: string[] = [];
  [10, 20, 30].reduceRight((accumulator, value, index, array) => {
    seen.push(`${index}:${value}/${array.length}`);
    return accumulator + value;
  }, 0);
  return JSON.stringify([flattened, seen]);
}

export function testNewArrayFill(): string {
  const zeros = new Array<number>(3).fill(0);
  const texts = Array<string>(2).fill("x");
  const loose = Array(4).fill(1);
  const size = 2;
  const grid = new Array<number[]>(size).fill([]);
  grid[0]!.push(1); // one array shared by every row, as fill gives it
  const empty = new Array<number>(0).fill(9);
  const listed = new Array<number>(1, 2, 3);
  const none = new Array<string>();
  zeros[1] = 5;
  return JSON.stringify([zeros, texts, loose, grid, empty, listed, none, zeros.length]);
}

export function testNewArrayFillThenWalk(): number[] {
  const counts = new Array<number>(5).fill(0);
  for (const value of [1, 3, 3, 4, 1, 1]) {
    counts[value]!++;
  }
  return counts.map((count, index) => count * 10 + index);
}

export function testNewArrayInvalidLength(): string[] {
  const results: string[] = [];
  for (const length of [-1, 1.5, NaN, 2]) {
    try {
      results.push(String(new Array<number>(length).fill(1).length));
    } catch (error) {
      results.push(error instanceof RangeError ? "RangeError: " + error.message : "other");
    }
  }
  return results;
}

export function testToSortedToReversed(): string {
  const numbers = [3, 1, 10, 2];
  const sortedDefault = numbers.toSorted();
  const sortedNumeric = numbers.toSorted((a, b) => a - b);
  const reversed = numbers.toReversed();
  const words = ["pear", "Apple", "fig"];
  const sortedWords = words.toSorted();
  const withUndefined = [3, undefined, 1].toSorted();
  return JSON.stringify([numbers, sortedDefault, sortedNumeric, reversed, words, sortedWords, withUndefined, sortedDefault !== numbers]);
}

export function testWith(): string {
  const items = [1, 2, 3];
  const results: (number[] | string)[] = [items.with(0, 9), items.with(-1, 8), items.with(1.7, 7), items];
  for (const index of [3, -4, Infinity]) {
    try {
      results.push(items.with(index, 0));
    } catch (error) {
      results.push(error instanceof RangeError ? "RangeError: " + error.message : "other");
    }
  }
  return JSON.stringify(results);
}
