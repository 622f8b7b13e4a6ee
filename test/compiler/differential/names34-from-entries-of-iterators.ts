// `Object.fromEntries(map.entries())` walks the iterator at once, as a spread does (before: refused as
// an iterator kept as a value, CS1001).

export function testFromEntriesOfMapIterators(): unknown[] {
  const scores = new Map<string, number>([
    ["b", 2],
    ["a", 1],
  ]);
  const before = Object.fromEntries(scores.entries());
  scores.set("c", 3);
  const byNumber = new Map<number, string>([
    [2, "two"],
    [1, "one"],
  ]);
  return [before, Object.fromEntries(scores.entries()), Object.fromEntries(byNumber.entries()), Object.fromEntries(new Map<string, number>().entries())];
}
