// A function another module imports under another name and passes as a callback (extra-arguments-aliases.ts).
export function halfOf(item: number): number {
  return item / 2;
}
export function testHalfOfDirectly(): number {
  return halfOf(3);
}
