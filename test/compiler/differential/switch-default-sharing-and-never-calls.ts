// `default` sharing the last branch with `case` labels (before or after it; a label that runs code is still
// evaluated, in order), and a case that ends in a call of a function returning `never`: both were refused.
function fail(message: string): never {
  throw new Error(message);
}
function level(n: number): string {
  switch (n) {
    case 1:
      return "one";
    case 4:
    case 5:
    default:
      return "many";
  }
}
function kind(s: string): number {
  let out = 0;
  switch (s) {
    case "a":
      out = 1;
      break;
    default:
    case "z":
      out = 26;
      break;
  }
  return out;
}
function checked(s: string): number {
  switch (s) {
    case "x":
      return 1;
    case "y":
      fail("no y");
    // eslint-disable-next-line no-fallthrough -- fail returns never: TypeScript (and the compiler) know the case ends, ESLint does not
    case "w":
      return 3;
    default:
      fail(`bad ${s}`);
  }
}
enum Color {
  Red,
  Green,
  Blue,
}
function name(c: Color): string {
  switch (c) {
    case Color.Red:
      return "red";
    case Color.Green:
    default:
      return "other";
  }
}
export function testDefaultSharing(): string[] {
  return [1, 4, 5, 9].map(level);
}
export function testDefaultBeforeLastCase(): number[] {
  return ["a", "z", "q"].map(kind);
}
export function testNeverCallEndsCase(): unknown[] {
  return ["x", "y", "w", "v"].map((s) => {
    try {
      return checked(s);
    } catch (e) {
      return e instanceof Error ? e.message : "?";
    }
  });
}
export function testEnumDefaultSharing(): string[] {
  return [Color.Red, Color.Green, Color.Blue].map(name);
}
let calls = 0;
function sideLabel(): number {
  calls++;
  return 7;
}
export function testLabelWithEffect(): number {
  switch (3 as number) {
    case 1:
      return -1;
    case sideLabel():
    default:
      return calls;
  }
}
