/* eslint-disable @typescript-eslint/no-explicit-any */
// Review 27A F5: positions, start indexes, a delete count and lengths to pad to read null as they
// read undefined given (0), so an `any` holding either compiles (CS1070 refused them).
function positions(v: any): unknown[] {
  return [
    "abcb".indexOf("b", v),
    "abcb".indexOf("a", v),
    "abc".includes("a", v),
    "abc".startsWith("a", v),
    "abc".startsWith("b", v),
    [1, 2].includes(1, v),
    [1, 2].indexOf(1, v),
    [1, 2].indexOf(2, v),
    "7".padStart(v, "0"),
    "7".padEnd(v),
    "7".padStart(v),
    [1, 2, 3, 2].lastIndexOf(2, v),
    [1, 2, 3].fill(0, v),
    [1, 2, 3].toSpliced(v),
    [1, 2, 3].with(v, 9),
    String.fromCharCode(v),
    String.fromCharCode(65, v),
    spliced(v, false),
    spliced(v, true),
  ];
}
function spliced(v: any, withCount: boolean): unknown[] {
  const items = [1, 2, 3];
  const removed = withCount ? items.splice(0, v) : items.splice(v);
  return [removed, items];
}
export function testNullPositions(): unknown {
  return positions(JSON.parse("null"));
}
export function testUndefinedPositions(): unknown {
  return positions((JSON.parse("{}") as Record<string, any>).missing);
}
export function testNumberPositions(): unknown {
  return [positions(JSON.parse("1")), positions(JSON.parse("3")), positions(JSON.parse("-1"))];
}
