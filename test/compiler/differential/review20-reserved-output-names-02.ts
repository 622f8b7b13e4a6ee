// Review 20: a program's own callable, BaseException, GeneratorExit, args or kwargs does not hide what the compiled code uses by that name.
class BaseException {
  kind = "mine";
}
function* gen(): Generator<number> {
  yield 1;
  yield 2;
}
export function testGeneratorLoopBodyThrowsWithUserBaseException(): unknown[] {
  const out: unknown[] = [new BaseException().kind];
  try {
    for (const v of gen()) {
      if (v === 2) throw new Error("body threw");
      out.push(v);
    }
  } catch (e) {
    out.push(e instanceof Error ? e.message : "??", String(e));
  }
  return out;
}
