export function byName(names: string[]): string[] {
  return names.sort((left, right) => left.localeCompare(right));
}
export function shout(text: string): string {
  return text.toLocaleUpperCase();
}
