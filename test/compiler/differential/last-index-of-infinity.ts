// lastIndexOf from +Infinity searches the whole array (Python's int() of infinity raised OverflowError).
export function testLastIndexOfFromInfinity(): number[] {
  const items = [1, 2, 3, 2, 1];
  return [items.lastIndexOf(2, Infinity), items.lastIndexOf(2, -Infinity), items.lastIndexOf(1, 1e999), items.lastIndexOf(2, 2)];
}
