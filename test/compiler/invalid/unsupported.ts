// Every construct here must be refused with its own code and position.
export function run(values: number[]): number {
  var total = 0;
  outer: for (const value of values) {
    if (value == 3) {
      break outer;
    }
  }
  for (const index in values) {
    total += Number(index);
  }
  eval("1 + 1");
  if (total > 100) {
    throw "too big";
  }
  return total;
}
