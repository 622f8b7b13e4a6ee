// A static initializer calling the functions an array holds, through the library (`.map((make) =>
// make())`): where the array is written in place, or made by `map`, `filter` and the like from such
// an array, the check follows those functions (generated program 1582 of seed 20261207 was refused).
const numbers = [1, 2, 3];
function half(n: number): number {
  return n / 2;
}
export class Steps {
  private static count = 1;
  static first =
    numbers
      .map((n) => (): number => n + 0.5)
      .map((make) => make())
      .find((item) => item > Steps.count) ?? -1;
  static doubled = [(n: number): number => n * 2, half].map((step) => step(Steps.first));
  static kept = [1, 2, 3]
    .map((n) => (): number => n + Steps.first)
    .filter((_, index) => index > 0)
    .map((make) => make());
  static some = [(): boolean => Steps.first > 1].some((test) => test());
  static second = Steps.first * 2 + Steps.bump();
  static bump(): number {
    Steps.count += 1;
    return Steps.count;
  }
}
export function testFunctionsWrittenInPlace(): unknown {
  return [Steps.first, Steps.doubled, Steps.kept, Steps.some, Steps.second];
}
