export function sign(value: number): number {
  return Date.UTC(2026, value) | 0;
}
export function shout(text: string): string {
  return text.normalize("NFC");
}
// Object.prototype's members are not built-in methods of the runtime (the method tables are plain objects).
export function listed(words: string[]): boolean {
  return words.hasOwnProperty("0");
}
export function plain(text: string): string {
  return text.valueOf();
}
export function local(numbers: number[]): string {
  return numbers.toLocaleString();
}
export function stream(): object {
  return console.valueOf();
}
export function builder(): number {
  return Number.constructor.length;
}
// No string of the subset is a String object: `instanceof String` is always false, where isinstance(x, str) is not.
export function stringObject(value: unknown): boolean {
  return value instanceof String;
}
