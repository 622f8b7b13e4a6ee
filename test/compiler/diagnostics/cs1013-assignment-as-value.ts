export function next(counter: { value: number }): number {
  let last = 0;
  const result = (last = counter.value++);
  return result + last;
}
