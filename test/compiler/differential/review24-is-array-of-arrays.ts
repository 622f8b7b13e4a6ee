// Review 24A W3: what CS1070's message advises where Array.isArray narrowed a readonly array to any[]
// (the parameter typed number[], not readonly) compiles and matches Node.
function total(x: number | number[]): number {
  if (Array.isArray(x)) {
    let s = 0;
    for (const v of x) s += v;
    return s;
  }
  return 0;
}
export function testReadonlyIsArray(): unknown {
  return [total([1, 2, 3]), total(4)];
}
function firstTwice(x: string | number[]): number {
  return Array.isArray(x) ? (x[0] ?? 0) * 2 : x.length;
}
export function testReadonlyIsArray2(): unknown {
  return [firstTwice([4]), firstTwice("abc")];
}
