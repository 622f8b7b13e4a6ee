// Review 20: a program's own callable, BaseException, GeneratorExit, args or kwargs does not hide what the compiled code uses by that name.
export function testLocalNamedCallable(): unknown[] {
  const items: (number | (() => number))[] = [1, () => 2, 3];
  const callable = items.filter((x) => typeof x === "function");
  return [callable.length];
}
