/** `toSpliced` (ES2023), a copy spliced as `splice` splices it, the array itself unchanged (review 18: refused before). */
export function testToSplicedArguments(): unknown[] {
  const items = [1, 2, 3, 4, 5];
  return [
    items.toSpliced(1, 2),
    items.toSpliced(1, 2, 9, 8, 7),
    items.toSpliced(-2),
    items.toSpliced(-2, 1),
    items.toSpliced(2, 0, 6),
    items.toSpliced(10, 1, 0),
    items.toSpliced(1.7, 1.9),
    items.toSpliced(NaN, 2),
    items.toSpliced(1, -1, 0),
    items.toSpliced(0, Infinity),
    items,
  ];
}

export function testToSplicedIsACopy(): unknown[] {
  const nested = [[1], [2]];
  const copy = nested.toSpliced(0, 0);
  copy.push([3]);
  const first = copy[0];
  if (first !== undefined) {
    first.push(10);
  }
  return [nested, copy, copy === nested];
}
