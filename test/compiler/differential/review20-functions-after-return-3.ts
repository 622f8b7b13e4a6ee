// Review 20E: declarations after continue and break inside nested blocks.
/* eslint-disable @typescript-eslint/no-this-alias -- a function declared in a method reads the object through a name, as such helpers do */
export function testReturnClosure(): number {
  const f = make();
  return f();
}
function make(): () => number {
  const base = 10;
  return () => helper(2);
  function helper(n: number): number {
    return n * base;
  }
}
export function testThrowAfter(): string {
  try {
    boom();
  } catch (e) {
    return (e as Error).message;
  }
  return "no";
}
function boom(): never {
  const msg = "m";
  throw new Error(fmt(msg));
  function fmt(s: string): string {
    return "<" + s + ">";
  }
}
export function testLoopContinue(): number[] {
  const out: number[] = [];
  for (const x of [1, 2, 3]) {
    if (x === 2) {
      out.push(dbl(x));
      continue;
      function dbl(v: number): number {
        return v * 2;
      }
    }
    out.push(x);
  }
  return out;
}
export function testTwoFns(): number {
  return run();
}
function run(): number {
  let total = 0;
  total += a();
  return total + b();
  function a(): number {
    return 1;
  }
  function b(): number {
    return a() + 10;
  }
}
export function testBreakBlock(): string[] {
  const out: string[] = [];
  let i = 0;
  while (true) {
    i++;
    if (i > 2) {
      out.push(tag(i));
      break;
      function tag(n: number): string {
        return "t" + n;
      }
    }
  }
  return out;
}
export function testGen(): number[] {
  return [...g()];
}
function* g(): Generator<number> {
  yield 1;
  return yield2();
  function yield2(): number {
    return 2;
  }
}
export function testRecursiveMoved(): number {
  return fact5();
}
function fact5(): number {
  return f(5);
  function f(n: number): number {
    return n <= 1 ? 1 : n * f(n - 1);
  }
}
export function testClassMethod(): string {
  return new K().m();
}
class K {
  v = "k";
  m(): string {
    const self = this;
    return wrap();
    function wrap(): string {
      return "[" + self.v + "]";
    }
  }
}
export function testLetBeforeReturn(): number {
  let count = 1;
  count += 1;
  return twice();
  function twice(): number {
    return count * 2;
  }
}
