// String methods added with regular expressions: concat, trimLeft/trimRight, and replace with a function.
export function testConcatStrings(): string {
  return "a".concat("b", "c");
}
export function testConcatNothing(): string {
  return "a".concat();
}
export function testConcatNumbersAndBooleans(): string {
  return "n=".concat(String(1), "/").concat(`${2.5}`, String(true));
}
export function testConcatEmoji(): number {
  return "😀".concat("😁").length;
}
export function testConcatOrder(): string {
  let log = "";
  const part = (name: string): string => {
    log += name;
    return name;
  };
  return part("a").concat(part("b"), part("c")) + log;
}
export function testTrimLeft(): string {
  return "\u00a0 x ".trimLeft();
}
export function testTrimRight(): string {
  return " x \ufeff".trimRight();
}
export function testReplaceStringWithFunction(): string {
  return "a-b-c".replace("-", (match: string) => `[${match}]`);
}
export function testReplaceStringFunctionOffset(): string {
  return "😀ab".replace("b", (match: string, offset: number) => String(offset));
}
export function testReplaceStringFunctionWhole(): string {
  return "ab".replace("b", (match: string, offset: number, whole: string) => whole + offset);
}
export function testReplaceStringFunctionNoMatch(): string {
  return "ab".replace("x", () => "y");
}
export function testReplaceStringFunctionDollarKept(): string {
  return "ab".replace("a", () => "$&$$");
}
export function testReplaceAllStringWithFunction(): string {
  let count = 0;
  return "a.b.c".replaceAll(".", () => String(++count));
}
export function testReplaceAllEmptyStringWithFunction(): string {
  return "ab".replaceAll("", (match: string, offset: number) => `${offset}`);
}
export function testReplaceAllEmojiWithFunctionOffsets(): string {
  return "😀x😀x".replaceAll("x", (match: string, offset: number) => `${offset}`);
}
