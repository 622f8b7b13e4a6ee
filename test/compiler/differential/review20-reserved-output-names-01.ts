// Review 20: a program's own callable, BaseException, GeneratorExit, args or kwargs does not hide what the compiled code uses by that name.
function callable(n: number): boolean {
  return n > 100;
}
export function testTypeofFunctionWithUserCallable(): unknown[] {
  const handlers: (number | (() => number))[] = [5, () => 7];
  return [handlers.map((h) => (typeof h === "function" ? h() : h * 2)), callable(500)];
}
