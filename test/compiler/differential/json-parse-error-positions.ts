// JSON.parse's SyntaxError: the wording is each engine's own (documented), but the position counts
// UTF-16 units as JavaScript does, also after characters outside the Basic Multilingual Plane, and
// no message is left with a dangling "at".
function positionOf(input: string): string {
  try {
    JSON.parse(input);
    return "parsed";
  } catch (error) {
    if (!(error instanceof SyntaxError)) {
      return "not a SyntaxError";
    }
    const found = /at position (\d+)/.exec(error.message);
    return `${error.name} ${found === null ? "no position" : found[1]} ${error.message.includes(" at in ") ? "garbled" : "clean"}`;
  }
}

export function testPositionsAfterEmoji(): string[] {
  return ['"😀😀" x', '{"😀😀": 1 2}', '["😀😀", "a"] [', "[1] 2"].map(positionOf);
}
export function testControlCharacters(): string[] {
  return ['["😀\n"]', '["a\n"]', '{"k😀":"\t"}'].map(positionOf);
}
