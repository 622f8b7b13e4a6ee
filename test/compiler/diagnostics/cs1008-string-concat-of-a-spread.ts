// `text.concat(...parts)` is refused, naming what to write: join the parts first.
export function joined(parts: string[]): string {
  return "a".concat(...parts);
}
