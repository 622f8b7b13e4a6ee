// Review 22C: a `yield` or a spread of a generator in the key or the object of a compound or logical
// assignment runs once (it was emitted twice: the generator yielded or stepped again).
function* two(): Generator<number> {
  yield 1;
  yield 2;
}
export function testSpreadIndexCompound(): number[] {
  const counts: [number, number, number] = [0, 0, 0];
  const it = two();
  counts[[...it].length as 0 | 1 | 2] += 5;
  return counts;
}
export function testSpreadIndexIncrement(): number[] {
  const counts: [number, number, number] = [0, 0, 0];
  const it = two();
  counts[[...it].length as 0 | 1 | 2]++;
  return counts;
}
class Box {
  v = 1;
}
export function testSpreadElemAttr(): number[] {
  const boxes: [Box, Box, Box] = [new Box(), new Box(), new Box()];
  const it = two();
  boxes[[...it].length as 0 | 1 | 2].v += 10;
  return boxes.map((b) => b.v);
}
