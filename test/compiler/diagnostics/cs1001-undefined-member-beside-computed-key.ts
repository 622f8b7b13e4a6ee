// A member that may be undefined is marked by its key where the literal is made (JSON.stringify
// leaves it out); a computed key that runs code beside it would be needed again to know whether it
// replaced the member, so it is refused, as is a variable that may change meanwhile (a `let`, a
// parameter the function writes): put the key in a `const` first.
function keyOf(name: string): string {
  return `field-${name}`;
}
export function patch(name: string, value: number | undefined): string {
  return JSON.stringify({ note: value, [keyOf(name)]: 1 });
}
export function renamed(fields: string[], value: number | undefined): string {
  return JSON.stringify({ [fields[0] ?? "x"]: value });
}
let current = "a";
function advance(): number {
  current = "b";
  return 0;
}
export function changedByALaterMember(value: number | undefined): string {
  // `current` is read again for the mark, after `advance()` changed it (review S45U, K1).
  return JSON.stringify({ [current]: value, at: advance() });
}
