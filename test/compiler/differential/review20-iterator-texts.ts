// Review 20: a generator object and the library's iterators turn into the text JavaScript gives them ([object Generator], [object Array Iterator]), and have no own keys.
function* gen(): Generator<number> {
  yield 1;
}
export function testGenString(): string[] {
  const g = gen();
  return [String(g), `${g}`, [g].join(), String([1].entries()), String([1].values())];
}
