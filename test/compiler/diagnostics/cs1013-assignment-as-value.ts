export function next(counter: { value: number }, items: number[]): number {
  const result = counter.value++;
  const first = (items[0] = 5);
  return result + first;
}
// An arrow whose whole body writes a property is told to take a block body (a forEach callback's compiles).
export function setter(box: { total: number }): (value: number) => number {
  return (value) => (box.total = value);
}
