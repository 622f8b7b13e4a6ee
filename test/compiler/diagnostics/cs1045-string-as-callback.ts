// `String` passed as a callback over elements that admit both null and undefined: JavaScript writes
// "null" or "undefined", both are None in Python (as for a direct `String(x)`).
export function texts(both: (string | null | undefined)[]): string[] {
  return both.map(String);
}
