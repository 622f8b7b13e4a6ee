// `String`, `Number` and `Boolean` passed as values and called with no argument: `String()` is "",
// `Number()` 0, `Boolean()` false, which is not what they give for undefined.
function run(f: (x?: string) => string): string {
  return f();
}
function runNumber(f: (x?: string) => number): number[] {
  return [f(), f(undefined), f("4")];
}
function none(f: () => string): string {
  return f();
}
function spread(f: (...xs: (string | undefined)[]) => string): string[] {
  return [f(), f(undefined), f("a", "b")];
}

export function testCalledWithNothing(): unknown[] {
  const b = Boolean;
  const flags = { f: Boolean };
  return [run(String), run(String) === "", runNumber(Number), none(String), spread(String), b(), b(1), flags.f(), flags.f("x")];
}

export function testOptionalCallbackGivenUndefined(): string[] {
  const texts: string[] = [];
  const f: (x?: number) => string = String;
  texts.push(f(), f(undefined), f(3));
  const g: (x?: string) => number = Number;
  texts.push(String(g()), String(g(undefined)), String(g("12")));
  return texts;
}
