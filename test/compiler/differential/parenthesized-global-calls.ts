// A global function called through parentheses calls what it calls named bare: (String)(12) is String(12).
export function testA(): string[] {
  return [String(12), String(null), Number("12") + "", String(parseInt("42px")), Boolean(0) + "", encodeURIComponent("a b")];
}
export function testC(): string[] {
  const o = {
    f(): string {
      return "x";
    },
  };
  return [o.f()];
}
export function testD(): boolean {
  return isNaN(Number("x")) && isFinite(4);
}
