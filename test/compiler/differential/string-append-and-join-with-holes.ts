// `text += piece` where the piece assigns `text` itself: JavaScript reads `text` once, before the
// piece runs (review S57B, 1). `join` with a literal separator of an array that grew past its end:
// each hole joins as an empty text, where Python's `sep.join` would refuse None (review S57B, 2).
export function testAppendAssigningItself(): string[] {
  let s = "x";
  s += s += "y";
  let t = "m";
  t += t.toUpperCase() + (t = "n");
  let u = "u";
  u += [(u += "v")].join("");
  let w = "p";
  const value = (w += w += "q");
  return [s, t, u, w, value];
}
export function testAppendHalvesMeet(): number[] {
  let s = "\uD83D";
  s += [(s = "a"), "\uDE00"].join("");
  let e = "😀";
  e += e = "\uDE00";
  return [s.length, s.codePointAt(0)!, e.length, e.codePointAt(0)!];
}
export function testJoinWithHoles(): string[] {
  const parts: string[] = [];
  parts[2] = "c";
  const more: string[] = ["a"];
  more[3] = "d";
  return [parts.join(","), more.join("\n"), more.join(" "), parts.concat(["x"]).join(";"), parts.map((part) => part).join("-")];
}
export function testJoinWithoutHoles(): string {
  return ["a", "b"].join("-") + "a,b".split(",").join("+") + Object.keys({ x: 1, y: 2 }).join("/");
}
