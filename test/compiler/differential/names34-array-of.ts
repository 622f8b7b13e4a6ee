// `Array.of(...)` makes an array of its arguments (`Array.of(7)` is `[7]`, unlike `new Array(7)`);
// spread arguments are walked as a spread walks them. It was refused (CS1008).

export function testArrayOf(): unknown[] {
  const numbers = [4, 5];
  const single = Array.of(7);
  single.push(8);
  const scores = new Map<string, number>([["a", 1]]);
  return [
    Array.of(1, 2, 3),
    single,
    Array.of<string>(),
    Array.of(...numbers, 6),
    Array.of("x", ...numbers.map(String)),
    Array.of(..."h😀"),
    Array.of(...scores),
  ];
}
