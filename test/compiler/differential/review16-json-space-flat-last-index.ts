// Review 16's findings in the runtime: JSON.stringify's space as Node reads it (NaN and -Infinity
// give one line, Infinity 10 spaces, a number between 0 and 1 line breaks with no indent, a string
// cut after 10 UTF-16 code units, even inside an emoji); flat() with an undefined depth flattens one
// level; an array's lastIndexOf with an undefined position searches from 0 only.

const value = { a: [1, { b: "c" }], d: {} };

export function testJsonSpaceNotFinite(): string[] {
  const zero = 0;
  return [
    JSON.stringify(value, null, NaN),
    JSON.stringify(value, null, zero / zero),
    JSON.stringify(value, null, Infinity),
    JSON.stringify(value, null, -Infinity),
  ];
}

export function testJsonSpaceBelowOne(): string[] {
  return [
    JSON.stringify(value, null, 0.5),
    JSON.stringify(value, null, 0.999),
    JSON.stringify(value, null, 1.5),
    JSON.stringify(value, null, 0),
    JSON.stringify(value, null, -0.5),
  ];
}

export function testJsonSpaceStringsCountedInCodeUnits(): unknown[] {
  const emoji = JSON.stringify(value, null, "😀😀😀😀😀😀");
  const cut = JSON.stringify(value, null, "x😀😀😀😀😀");
  return [emoji, emoji.length, cut.length, [...cut].length, JSON.stringify(value, null, "")];
}

export function testFlatWithAnUndefinedDepth(): unknown[] {
  const nested: unknown[] = [1, [2, [3, [4]]]];
  const depthOf = (deep: boolean): number | undefined => (deep ? 2 : undefined);
  return [nested.flat(depthOf(false)), nested.flat(undefined), nested.flat(depthOf(true)), nested.flat()];
}

export function testLastIndexOfWithAnUndefinedPosition(): number[] {
  const items = ["a", "b", "a", "b"];
  const at = (given: boolean): number | undefined => (given ? 2 : undefined);
  const text = "abab";
  return [
    items.lastIndexOf("a", at(false)),
    items.lastIndexOf("b", at(false)),
    items.lastIndexOf("a", undefined),
    items.lastIndexOf("a"),
    items.lastIndexOf("b", at(true)),
    text.lastIndexOf("a", at(false)),
    text.lastIndexOf("b", undefined),
    text.lastIndexOf("a"),
  ];
}

// An array's entries() gives arrays: Array.isArray sees one, concat and flat spread it, it may be
// changed (Python's enumerate gave tuples: false, nested, TypeError). Destructured in a for…of head
// it stays enumerate, read the same.
export function testArrayEntriesAreArrays(): unknown[] {
  const letters = ["x", "y"];
  const entries = [...letters.entries()];
  const first = entries[0]!;
  first[1] = "changed";
  const kept: [number, string][] = [];
  for (const entry of letters.entries()) {
    kept.push(entry);
  }
  const seen: string[] = [];
  for (const [index, letter] of letters.entries()) {
    seen.push(`${index}${letter}`);
  }
  return [
    entries.map((entry) => Array.isArray(entry)),
    Array.isArray(Array.from(letters.entries())[1]),
    kept.map((entry) => Array.isArray(entry)),
    entries,
    ([9] as (number | string)[]).concat(first),
    [first].flat(),
    seen,
  ];
}

export function testArrayEntriesAreLive(): unknown[] {
  const items = [1, 2];
  const walked: number[][] = [];
  for (const entry of items.entries()) {
    walked.push(entry);
    if (items.length < 4) {
      items.push(items.length + 1);
    }
  }
  return walked;
}
