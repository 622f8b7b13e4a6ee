// Review 20: x instanceof RegExp compiles (isinstance of the runtime's JsRegExp), where it was refused.
function kind(x: object | string | null): string {
  return x instanceof RegExp ? "regexp:" + x.source : Array.isArray(x) ? "array" : x === null ? "null" : typeof x;
}
export function testInstanceOfRegExp(): string[] {
  return [kind(/a+b/gi), kind(new RegExp("c", "g")), kind("a+b"), kind({ source: "x" }), kind([/x/])];
}
export function testNarrowed(): string[] {
  const patterns: (string | RegExp)[] = ["a", /b/g];
  return patterns.map((p) => (p instanceof RegExp ? `${p.flags}` : p));
}
