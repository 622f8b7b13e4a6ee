// `text.concat(...parts)` of texts joins them as they are, in order with the other arguments, each
// argument evaluated once and in order (review S60B: it was refused).
export function testConcatOfASpreadArray(): string {
  const parts = ["b", "c"];
  return "a".concat(...parts);
}

export function testConcatMixesSpreadsAndArguments(): string {
  const parts = ["b", "c"];
  const empty: string[] = [];
  return "a".concat("x", ...parts, "y", ...empty);
}

export function testConcatJoinsHalvesOfAnEmoji(): [string, number] {
  const halves: [string, string] = ["😀".slice(0, 1), "😀".slice(1)];
  const joined = "".concat(...halves);
  return [joined, joined.length];
}

export function testConcatOfATextsCharacters(): string {
  return "q".concat(..."hé😀");
}

export function testConcatEvaluatesInOrder(): [string, number] {
  let calls = 0;
  const next = (): string => String(++calls);
  const parts = ["b"];
  return ["<".concat(...parts, next(), ...[next(), next()]), calls];
}
