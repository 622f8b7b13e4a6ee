// Review 20: a program's own callable, BaseException, GeneratorExit, args or kwargs does not hide what the compiled code uses by that name.
const args = ["a", "b", "c"];
const kwargs = { verbose: true };
class Base {
  constructor(public label: string) {}
}
class Sub extends Base {
  count = args.length;
  flag = kwargs.verbose;
}
class AppError extends Error {
  argCount = args.length;
  detail = kwargs.verbose ? "v" : "q";
}
export function testImplicitConstructorReadsArgs(): unknown[] {
  const s = new Sub("L");
  const e = new AppError("m");
  return [s.label, s.count, s.flag, e.message, e.argCount, e.detail];
}
