// Review 20: typeof, String() and Object.keys of a generator object.
function* gen(): Generator<number> {
  yield 1;
}
export function testIterString(): string[] {
  return [String("ab".matchAll(/a/g)), String([1].keys())];
}
export function testGenTypeof(): string[] {
  const g = gen();
  const u: object = g;
  return [typeof g, typeof u, String(u), Object.keys(g).join(",")];
}
