// Review 21: JavaScript defines a block's function declarations when the block starts. A helper one
// case of a switch declares (after its return) is called from another case (the cases share one
// block); a helper called before its declaration inside an if, a try, a finally, a loop or a static
// block. Each raised NameError.
export function testSwitchCrossCase(): string[] {
  const pick = (n: number): string => {
    switch (n) {
      case 1:
        return shout("one");
      case 2:
        return "two";
        // eslint-disable-next-line no-case-declarations -- a function declared in a case is what this case is about
        function shout(text: string): string {
          return text.toUpperCase();
        }
      default:
        return shout("other");
    }
  };
  return [pick(1), pick(2), pick(3)];
}
export function testIfBlock(flag: boolean = true): number {
  if (flag) {
    const result = three();
    function three(): number {
      return 3;
    }
    return result;
  }
  return 0;
}
export function testTryAndFinally(): number[] {
  const log: number[] = [];
  try {
    log.push(four());
    function four(): number {
      return 4;
    }
  } finally {
    log.push(five());
    function five(): number {
      return 5;
    }
  }
  return log;
}
export function testLoopBody(): number[] {
  const out: number[] = [];
  for (const n of [1, 2]) {
    out.push(twice(n));
    function twice(value: number): number {
      return value * 2;
    }
  }
  return out;
}
class Settings {
  static ready = false;
  static {
    Settings.ready = check();
    function check(): boolean {
      return true;
    }
  }
}
export function testStaticBlock(): boolean {
  return Settings.ready;
}
