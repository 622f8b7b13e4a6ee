// A member that may be undefined is marked by its key where the literal is made (JSON.stringify
// leaves it out); a computed key that runs code beside it would be needed again to know whether it
// replaced the member, so it is refused: put the key in a `const` first.
function keyOf(name: string): string {
  return `field-${name}`;
}
export function patch(name: string, value: number | undefined): string {
  return JSON.stringify({ note: value, [keyOf(name)]: 1 });
}
export function renamed(fields: string[], value: number | undefined): string {
  return JSON.stringify({ [fields[0] ?? "x"]: value });
}
