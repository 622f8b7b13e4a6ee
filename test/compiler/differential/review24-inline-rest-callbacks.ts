// Review 24B F16: an arrow or function expression written in place with a rest parameter was given only
// as many arguments as its named parameters; JavaScript passes the item, its index and the array.
export function testInlineRestMap(): number[] {
  const xs = [7, 8];
  return xs.map((...args: unknown[]) => args.length);
}
export function testInlineRestFilter(): number[] {
  const xs = [7, 8, 9];
  return xs.filter((...args: [number, number, number[]]) => args[1] !== 1);
}
export function testInlineFirstRest(): number[] {
  const xs = [7, 8];
  return xs.map((x: number, ...rest: unknown[]) => x * 10 + rest.length);
}
export function testInlineRestForEach(): number[] {
  const out: number[] = [];
  const xs = [1, 2];
  xs.forEach((...a: unknown[]) => {
    out.push(a.length);
  });
  return out;
}
export function testFnExprRestMap(): number[] {
  const xs = [7, 8];
  return xs.map(function (...args: unknown[]) {
    return args.length;
  });
}
