export function next(counter: { value: number }, items: number[]): number {
  const result = counter.value++;
  const first = (items[0] = 5);
  return result + first;
}
