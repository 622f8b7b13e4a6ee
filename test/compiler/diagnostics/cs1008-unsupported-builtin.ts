export function sign(value: number): number {
  return Date.UTC(2026, value) | 0;
}
export function shout(text: string): string {
  return text.normalize("NFC");
}
