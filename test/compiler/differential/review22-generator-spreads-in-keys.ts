// Review 22C: a `yield` or a spread of a generator in the key or the object of a compound or logical
// assignment runs once (it was emitted twice: the generator yielded or stepped again).
function* two(): Generator<number> {
  yield 1;
  yield 2;
}
export function testSpreadKeyNullish(): unknown {
  const rec: Record<string, number | undefined> = {};
  const it = two();
  rec[`k${[...it].length}`] ??= 7;
  return rec;
}
export function testSpreadSwitch(): string {
  const it = two();
  switch ([...it].length) {
    case 0:
      return "zero";
    case 2:
      return "two";
    default:
      return "other";
  }
}
class Box {
  v = 1;
}
export function testSpreadElemAttrCompound(): number[] {
  const boxes = [new Box(), new Box(), new Box()];
  const it = two();
  const b = boxes[[...it].length];
  if (b) b.v += 10;
  const it2 = two();
  const m = new Map<number, Box>([
    [2, new Box()],
    [0, new Box()],
  ]);
  m.set([...it2].length, new Box());
  return [...boxes.map((x) => x.v), m.size];
}
export function testSpreadKeyAndAssign(): unknown {
  const counts: Record<string, number> = { k0: 0, k2: 0 };
  const it = two();
  counts[`k${[...it].length}`] ||= 9;
  return counts;
}
