// Halves of an emoji (lone surrogates) joined back together by every way strings are joined: in
// JavaScript the result is the emoji itself, so it must equal "😀", count 2 units but one code point,
// find it in Maps and Sets and print it whole.
const EMOJI = "😀";
const HIGH = EMOJI.charAt(0); // "\ud83d"
const LOW = EMOJI.charAt(1); // "\ude00"

/** What JavaScript can tell about a string that should be the emoji. */
function describe(text: string): (string | number | boolean)[] {
  return [text === EMOJI, text.length, [...text].length, Array.from(text).length, JSON.stringify(text), text.codePointAt(0) ?? -1];
}

export function testPlusOfVariables(): (string | number | boolean)[] {
  return describe(HIGH + LOW);
}
export function testPlusOfLiterals(): (string | number | boolean)[] {
  return describe("\ud83d" + "\ude00");
}
export function testPlusOfLiteralAndVariable(): (string | number | boolean)[][] {
  return [describe("\ud83d" + LOW), describe(HIGH + "\ude00"), describe("a\ud83d" + LOW + "b")];
}
export function testPlusChainWithEmptyLiteral(): (string | number | boolean)[] {
  return describe(HIGH + "" + LOW);
}
export function testPlusEquals(): (string | number | boolean)[] {
  let text = HIGH;
  text += LOW;
  return describe(text);
}
export function testPlusEqualsLiteral(): (string | number | boolean)[] {
  let text = HIGH;
  text += "\ude00";
  return describe(text);
}
export function testPlusEqualsAsValue(): (string | number | boolean)[] {
  let text = HIGH;
  const joined = (text += LOW);
  return [...describe(joined), text === EMOJI];
}
export function testPlusEqualsOnProperty(): (string | number | boolean)[] {
  const holder = { text: HIGH };
  holder.text += LOW;
  return describe(holder.text);
}
export function testRebuiltUnitByUnit(): boolean[] {
  const source = "a😀b😀";
  let copy = "";
  for (let index = 0; index < source.length; index++) {
    copy += source[index];
  }
  return [copy === source, copy.length === source.length, [...copy].length === 4];
}
export function testTemplateLiteral(): (string | number | boolean)[][] {
  return [describe(`${HIGH}${LOW}`), describe(`${HIGH}\ude00`), describe(`\ud83d${LOW}`), describe(`${HIGH}${""}${LOW}`)];
}
export function testTemplateLiteralInside(): boolean[] {
  return [`a${HIGH}${LOW}b` === "a😀b", `<${HIGH}${LOW}>`.length === 4];
}
export function testConcat(): (string | number | boolean)[][] {
  return [describe(HIGH.concat(LOW)), describe("".concat(HIGH, LOW)), describe(HIGH.concat("\ude00"))];
}
export function testArrayJoin(): (string | number | boolean)[][] {
  const halves = [HIGH, LOW];
  return [describe(halves.join("")), describe([HIGH, "", LOW].join("")), describe(EMOJI.split("").join(""))];
}
export function testArrayJoinVariableSeparator(): boolean {
  const separator = LOW;
  return [HIGH, "x"].join(separator) === EMOJI + "x";
}
export function testReduceJoin(): (string | number | boolean)[] {
  return describe(["\ud83d", "\ude00"].reduce((joined, part) => joined + part, ""));
}
export function testPad(): (string | number | boolean)[][] {
  return [describe(LOW.padStart(2, HIGH)), describe(HIGH.padEnd(2, LOW)), describe(LOW.padStart(3, EMOJI).slice(1))];
}
export function testRepeat(): boolean[] {
  const twice = (LOW + HIGH).repeat(2);
  return [twice === LOW + EMOJI + HIGH, twice.slice(1, 3) === EMOJI, [...twice].length === 3];
}
export function testReplaceRemovesBetween(): (string | number | boolean)[][] {
  const text = HIGH + "x" + LOW;
  return [describe(text.replace("x", "")), describe(text.replaceAll("x", "")), describe(text.replace(/x/, "")), describe(text.replace(/x/g, ""))];
}
export function testReplaceInsertsHalf(): (string | number | boolean)[][] {
  return [describe(HIGH + "x".replace("x", LOW)), describe((HIGH + "x").replace("x", "\ude00")), describe((HIGH + "x").replaceAll("x", LOW))];
}
export function testReplaceHalfOfEmoji(): string[] {
  return [JSON.stringify(EMOJI.replace("\ude00", "x")), JSON.stringify(EMOJI.replaceAll("\ud83d", "x"))];
}
export function testSliceAndRejoin(): boolean[] {
  const text = "a😀b";
  const cut = text.slice(0, 2) + text.slice(2);
  const cutAgain = text.substring(0, 2) + text.substring(2, 4);
  return [cut === text, cutAgain === "a😀", cut.length === 4, [...cut].length === 3];
}
export function testSplitRoundTrip(): boolean[] {
  const text = "x😀y😀";
  const units = text.split("");
  let joined = "";
  for (const unit of units) {
    joined = joined + unit;
  }
  return [units.join("") === text, joined === text, units.length === 6];
}
export function testMapAndSetKeys(): (number | boolean | undefined)[] {
  const counts = new Map<string, number>([[HIGH + LOW, 1]]);
  counts.set(EMOJI, (counts.get(EMOJI) ?? 0) + 1);
  const seen = new Set<string>([EMOJI]);
  seen.add(`${HIGH}${LOW}`);
  return [counts.size, counts.get(HIGH + LOW), seen.size, seen.has(HIGH + LOW)];
}
export function testRecordKey(): (number | string | boolean)[] {
  const record: Record<string, number> = {};
  record[HIGH + LOW] = 1;
  record[EMOJI] = (record[EMOJI] ?? 0) + 1;
  return [Object.keys(record).length, record[EMOJI] ?? 0, Object.keys(record)[0] === EMOJI];
}
export function testArrayIncludesAndIndexOf(): (boolean | number)[] {
  const emojis = [EMOJI];
  return [emojis.includes(HIGH + LOW), emojis.indexOf(HIGH + LOW), [HIGH + LOW].includes(EMOJI)];
}
export function testSwitchOnJoined(): string {
  switch (HIGH + LOW) {
    case EMOJI:
      return "emoji";
    default:
      return "halves";
  }
}
export function testOrderOfJoined(): boolean[] {
  const joined = HIGH + LOW;
  return [joined < "\uffff", joined > "\ue000", joined === EMOJI, joined <= EMOJI];
}
export function testForOfJoined(): number {
  let count = 0;
  for (const character of HIGH + LOW + "x") {
    count += character.length;
  }
  return count * 10 + [...(HIGH + LOW + "x")].length;
}
export function testJsonParseJoinsHalves(): boolean[] {
  return [JSON.parse('"\\ud83d\\ude00"') === EMOJI, JSON.parse('"' + HIGH + '\\ude00"') === EMOJI, (JSON.parse(`["\\ud83d${LOW}"]`) as string[])[0] === EMOJI];
}
export function testStringOfArrayOfHalves(): string[] {
  return [JSON.stringify(String([HIGH, LOW])), JSON.stringify(`${[HIGH, LOW]}`)];
}
export function testHalvesInReverseStayApart(): (string | number | boolean)[] {
  const text = LOW + HIGH;
  return [text.length, [...text].length, text === EMOJI, JSON.stringify(text)];
}
export function testJoinedThenSplitAgain(): string[] {
  return (HIGH + LOW + "x").split("").map((unit) => JSON.stringify(unit));
}
export function testFromCharCode(): (string | number | boolean)[][] {
  return [
    describe(String.fromCharCode(0xd83d, 0xde00)),
    describe(String.fromCharCode(0xd83d) + String.fromCharCode(0xde00)),
    describe(String.fromCharCode(0x1d83d, 0xde00)),
  ];
}
export function testFromCharCodeConversions(): string {
  return JSON.stringify(String.fromCharCode(65, 66.9, -1, 0x10041, NaN, 0xde00, 0xd83d));
}
export function testCharCodesRoundTrip(): boolean[] {
  const text = "a😀é😀";
  const codes: number[] = [];
  for (let index = 0; index < text.length; index++) {
    codes.push(text.charCodeAt(index));
  }
  let rebuilt = "";
  for (const code of codes) {
    rebuilt += String.fromCharCode(code);
  }
  return [String.fromCharCode(...codes) === text, rebuilt === text, rebuilt.length === text.length];
}
export function testFromCodePoint(): (string | number | boolean)[][] {
  return [describe(String.fromCodePoint(0x1f600)), describe(String.fromCodePoint(0xd83d, 0xde00)), describe(String.fromCodePoint(0xd83d) + "\ude00")];
}
export function testFromCodePointOutOfRange(): string[] {
  const outcomes: string[] = [];
  for (const code of [-1, 1.5, 0x110000, NaN]) {
    try {
      outcomes.push(String.fromCodePoint(code));
    } catch (error) {
      outcomes.push(error instanceof RangeError ? "RangeError" : "other");
    }
  }
  return outcomes;
}
export function testNumberNextToHalf(): (string | number | boolean)[] {
  const count = 2;
  return [HIGH + count + LOW === "\ud83d2\ude00", (HIGH + count).length, `${HIGH}${count}${LOW}`.length];
}
export function testTemplateWithNumbersAndHalves(): boolean[] {
  const size = 3;
  return [`${size}${HIGH}${LOW}${size}` === "3😀3", `${HIGH}${size}`.length === 2];
}

// The compiler keeps Python's `+` where it can see a seam cannot pair two halves; these check it sees right.
const DIGITS = "0123456789";
function lowHalf(): string {
  return LOW;
}
function suffixOrLow(which: number): string {
  if (which > 0) {
    return "/s" + which;
  }
  return LOW;
}
function plainSuffix(which: number): string {
  return `/s${which}`;
}
export function testSeamsThroughFunctions(): boolean[] {
  return [HIGH + lowHalf() === EMOJI, HIGH + suffixOrLow(0) === EMOJI, (HIGH + suffixOrLow(2)).length === 4, HIGH + plainSuffix(1) === "\ud83d/s1"];
}
export function testSeamsThroughMaybeEmptyPieces(): boolean[] {
  const count = [1, 2].length;
  const note = count > 5 ? " (many)" : "";
  const tail = count > 1 ? LOW : "x";
  return [
    `${HIGH}${note}${LOW}` === EMOJI,
    HIGH + note + LOW === EMOJI,
    HIGH + DIGITS.charAt(99) + LOW === EMOJI,
    HIGH + DIGITS.slice(3, 3) + tail === EMOJI,
    `${HIGH}${count > 5 ? "many" : ""}${LOW}` === EMOJI,
    HIGH.concat(note, LOW) === EMOJI,
  ];
}
