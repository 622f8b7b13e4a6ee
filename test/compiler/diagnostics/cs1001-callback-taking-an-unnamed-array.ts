// A callback that takes the array itself, on an array that is not a plain variable, is refused
// with what to write instead (review 19: the message named no alternative).
export function doubledNeighbours(): number[] {
  const out: number[] = [];
  [5, 6].forEach((value, index, array) => out.push(value + (array[index + 1] ?? 0)));
  return out;
}
