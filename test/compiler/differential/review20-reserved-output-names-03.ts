// Review 20: a program's own callable, BaseException, GeneratorExit, args or kwargs does not hide what the compiled code uses by that name.
class GeneratorExit {
  g = 1;
}
function* inner(): Generator<number> {
  try {
    yield 1;
    yield 2;
  } finally {
    log.push("inner closed");
  }
}
const log: string[] = [];
function* outer(): Generator<number> {
  for (const v of inner()) {
    yield v * 10;
  }
}
export function testPausedLoopWithUserGeneratorExit(): unknown[] {
  for (const v of outer()) {
    log.push("got" + v);
    break;
  }
  return [log, new GeneratorExit().g];
}
