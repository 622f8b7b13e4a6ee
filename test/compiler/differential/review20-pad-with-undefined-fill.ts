// Review 20: padStart and padEnd with an undefined fill (an optional parameter passed on) pad with spaces.
function pad(s: string, n: number, ch?: string): string {
  return s.padStart(n, ch);
}
function padR(s: string, n: number, ch?: string): string {
  return s.padEnd(n, ch);
}
export function testOptionalFill(): string[] {
  return [pad("7", 3), pad("7", 3, "0"), padR("ab", 4)];
}
