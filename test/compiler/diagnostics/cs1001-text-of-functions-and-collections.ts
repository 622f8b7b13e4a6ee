// A function's text is its source as the engine got it (after any bundler); a Python dict cannot tell a
// Map from a record when joined.
export function describe(callback: () => number, maps: Map<string, number>[], maybe: Map<string, number> | null): string[] {
  return [String(callback), `${callback}`, maps.join(","), String(maybe)];
}
