// Review 23C W2: an Error subclass whose base is a mixin (`class AppError extends Coded(BaseError)`) was
// refused where thrown (CS1007, "only Error objects can be thrown"): its base, an intersection of the
// mixin's class and its argument's, was not seen to be an Error.
/* eslint-disable @typescript-eslint/no-explicit-any -- a mixin's constructor type takes any arguments */
type Ctor<T = object> = new (...args: any[]) => T;
function Coded<T extends Ctor<Error>>(B: T) {
  class CodedE extends B {
    code = 0;
    withCode(c: number): this {
      this.code = c;
      return this;
    }
  }
  return CodedE;
}
class BaseError extends Error {}
class AppError extends Coded(BaseError) {
  constructor(msg: string) {
    super(msg);
    this.name = "AppError";
  }
}
export function testMixinError(): unknown {
  try {
    const err = new AppError("boom");
    err.withCode(42);
    throw err;
  } catch (e) {
    if (e instanceof AppError) return [e.code, e.message, e.name, String(e), e instanceof Error, e instanceof BaseError];
    return "other";
  }
}
