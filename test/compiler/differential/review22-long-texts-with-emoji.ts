// Review 22D: the units of long texts (64 characters or more) and where their emoji stand are kept
// for the last few texts, so loops over their code units are linear; every position must be what
// it was: code units, slices across an emoji, and a unicode regular expression's index and lastIndex.
function build(size: number): string {
  const parts: string[] = [];
  for (let index = 0; index < size; index++) {
    parts.push(index % 37 === 0 ? "😀" : index % 11 === 0 ? "é" : index % 5 === 0 ? " " : "a");
  }
  return parts.join("");
}
export function testCodeUnitsLoop(): number[] {
  const text = build(300);
  let hash = 0;
  let surrogates = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    hash = (Math.imul(hash, 31) + unit) | 0;
    if (unit >= 0xd800 && unit <= 0xdfff) surrogates++;
  }
  return [text.length, hash, surrogates];
}
export function testSlicesAcrossEmoji(): string[] {
  const text = build(120);
  const pieces: string[] = [];
  for (let index = 70; index < 80; index++) {
    pieces.push(JSON.stringify(text.slice(index, index + 3)), String(text.codePointAt(index)), text.at(-index) ?? "none");
  }
  return pieces;
}
export function testUnicodeExecPositions(): (number | string)[] {
  const text = build(400);
  const word = /[aé😀]+/gu;
  const found: (number | string)[] = [];
  for (let match = word.exec(text); match !== null; match = word.exec(text)) {
    found.push(match.index, word.lastIndex, match[0].length);
  }
  return found.slice(0, 60).concat(found.length);
}
export function testGlobalUnicodeFromMiddle(): (number | string | null)[] {
  const text = build(200);
  const pair = /😀a/gu;
  const results: (number | string | null)[] = [];
  for (const start of [0, 36, 37, 38, 75, 76, 150, 151, 260]) {
    pair.lastIndex = start;
    const match = pair.exec(text);
    results.push(start, match === null ? null : match.index, pair.lastIndex);
  }
  return results;
}
