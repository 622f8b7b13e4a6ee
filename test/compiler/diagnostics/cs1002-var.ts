export function total(): number {
  var sum = 0;
  return sum;
}
