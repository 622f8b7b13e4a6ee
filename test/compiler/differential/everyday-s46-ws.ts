// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): ws.
export function testWhitespace(): unknown {
  const samples = ["\x1cabc\x1f", "\x85x\x85", "\u200bzw\u200b", "\ufeffbom", "\u3000ideo\u3000", "\u180emongol", " \t\n\v\f\r "];
  return samples.map((s) => [
    s.trim().length,
    s.trimStart().length,
    s.trimEnd().length,
    s.split(/\s+/).length,
    /^\s*$/.test(s),
    s.replace(/\s/g, "_").length,
    Number(s + "1"),
    parseFloat(s + "2"),
    ["ß", "İ", "ΟΔΟΣ", "ǅ"].map((w) => [w.toUpperCase(), w.toLowerCase()]).join("|"),
  ]);
}
