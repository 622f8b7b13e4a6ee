// A rest parameter written as a pattern (`...[a, b]: [number, number]`) collects every argument into
// JavaScript's array and destructures that: the function takes as many arguments as it is given.
const add = (...[a, b]: [number, number]): number => a + b;
function tagged(...[first, ...rest]: string[]): string {
  return `${first}/${rest.length}/${JSON.stringify(rest)}`;
}
function withDefaults(label: string, ...[x = 10, y = 20]: number[]): string {
  return `${label}:${x}:${y}`;
}
class Joiner {
  join(...[head, ...tail]: string[]): string {
    tail.push("end");
    return `${head ?? "none"}>${tail.join("+")}`;
  }
}
export function testTuplePattern(): number {
  const pair: [number, number] = [4, 5];
  return add(1, 2) * 100 + add(...pair);
}
export function testPatternWithRest(): string[] {
  return [tagged("a", "b", "c"), tagged(), tagged("only")];
}
export function testPatternWithDefaults(): string[] {
  return [withDefaults("none"), withDefaults("one", 1), withDefaults("two", 1, 2), withDefaults("three", 1, 2, 3)];
}
export function testMethodPattern(): string[] {
  const joiner = new Joiner();
  return [joiner.join(), joiner.join("a"), joiner.join("a", "b", "c")];
}
