export function sign(value: number): number {
  return Math.sinh(value) | 0;
}
export function shout(text: string): string {
  return text.normalize("NFC");
}
