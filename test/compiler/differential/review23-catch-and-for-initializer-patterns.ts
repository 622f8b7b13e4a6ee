// Review 23D: a destructuring pattern as the caught value, or declared in a `for` initializer, is refused
// now (CS1001: its names were never bound, or were module globals); the forms the messages advise compile.
export function testCatchAdvice(): string {
  try {
    throw new RangeError("bad range");
  } catch (error) {
    const message = (error as Error).message;
    const name = (error as Error).name;
    return `${name}/${message}`;
  }
}
export function testForAdvice(): number[] {
  const out: number[] = [];
  let a: number, b: number;
  for ([a, b] = [0, 1]; a < 50; [a, b] = [b, a + b]) {
    out.push(a);
  }
  return out;
}
