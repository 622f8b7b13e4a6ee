// Review 20: a program's own callable, BaseException, GeneratorExit, args or kwargs does not hide what the compiled code uses by that name.
/* eslint-disable no-unsafe-finally -- an error thrown by a generator's finally is what this case is about */
class BaseException extends Error {}
class NotFound extends BaseException {}
function* rows(): Generator<number> {
  try {
    yield 1;
    yield 2;
  } finally {
    throw new Error("cleanup failed");
  }
}
export function testBodyErrorKeptOverCloseError(): unknown[] {
  const out: string[] = [];
  try {
    for (const r of rows()) {
      if (r === 1) throw new Error("body failed");
    }
  } catch (e) {
    out.push((e as Error).message);
  }
  try {
    for (const r of rows()) {
      if (r === 1) throw new NotFound("not found");
    }
  } catch (e) {
    out.push((e as Error).message);
  }
  return out;
}
