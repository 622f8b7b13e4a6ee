// Review 21E: array destructuring of a generator with literal defaults compiles (its element type,
// the generator's first type argument, admits no null; CS1042 said it did). The elements are taken
// first, which JavaScript's element-by-element binding matches when the binding runs nothing the
// generator can see: plain names and literal defaults (a default that runs code is refused, CS1001).
const log: string[] = [];
function* numbers(count: number): Generator<number, void> {
  try {
    for (let index = 1; index <= count; index++) {
      log.push(`yield ${index}`);
      yield index * 10;
    }
  } finally {
    log.push("finally");
  }
}
function* gaps(): Generator<number | undefined> {
  yield undefined;
  yield 2;
}
export function testDefaultsPastTheEnd(): (string | number)[] {
  log.splice(0);
  const [a = 1, b = 2, c = -3] = numbers(1);
  return [a, b, c, ...log];
}
export function testDefaultsOfUndefinedElements(): number[] {
  const [a = 7, b = 8, c = 9] = gaps();
  return [a, b, c];
}
export function testDefaultsAndEarlyClose(): (string | number)[] {
  log.splice(0);
  const [a = 0, , b = "none"] = numbers(5);
  return [a, b, ...log];
}
export function testDefaultsInParameter(): number {
  const sum = ([a = 1, b = 2]: Generator<number, void>): number => a + b;
  return sum(numbers(1)) * 100 + sum(numbers(0));
}
export function testDefaultsInForOfHead(): number[] {
  const sums: number[] = [];
  for (const [a = 1, b = 2] of [numbers(0), numbers(1), numbers(2)]) {
    sums.push(a + b);
  }
  return sums;
}
export function testNestedMatches(): string[] {
  const [[whole, digits] = [], , [third = "none"] = [], [fourth = "none"] = []] = "a1 b22 c".matchAll(/[a-z](\d*)/g);
  return [whole ?? "none", digits ?? "none", third, fourth];
}
