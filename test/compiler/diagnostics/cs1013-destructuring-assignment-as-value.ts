// A destructuring assignment used as a value (its value is the source in JavaScript): refused with
// its own message, where it was called an assignment of a property or element.
export function firstOfPairs(pairs: [number, number][]): number {
  let a = 0;
  let b = 0;
  let index = 0;
  while (index < pairs.length && ([a, b] = pairs[index] ?? [0, 0])[0] > 0) {
    index++;
  }
  return a + b;
}
export function pointAgain(point: { x: number }): number {
  let x = 0;
  const again = ({ x } = point);
  return x + again.x;
}
