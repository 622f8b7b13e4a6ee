export function firstDot(text: string): RegExpMatchArray | null {
  return text.match(".");
}
export function where(text: string): number {
  return text.search("a+");
}
