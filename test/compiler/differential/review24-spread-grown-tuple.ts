// Review 24B F12: TypeScript lets `push` grow a tuple past its type, and a spread passes every element:
// JavaScript drops the ones a function or a constructor does not declare, where Python raised TypeError.
function two(first: number, second: number): number {
  return first * 10 + second;
}
class Pair {
  constructor(
    public first: number,
    public second: number,
  ) {}
}
export function testSpreadOfAGrownTuple(): number[] {
  const pair: [number, number] = [1, 2];
  pair.push(3);
  const made = new Pair(...pair);
  return [two(...pair), made.first + made.second, pair.length];
}
