// `items.length = 0;` empties an array in place (`items.clear()`): every name for it sees it empty,
// a walk over it in progress stops as in JavaScript, its receiver is evaluated once.
class Queue {
  readonly items: number[] = [1, 2, 3];
  drain(): number[] {
    const drained = [...this.items];
    this.items.length = 0;
    return drained;
  }
}

export function testEmptiedInPlace(): unknown[] {
  const items = [1, 2, 3];
  const alias = items;
  items.length = 0;
  const queue = new Queue();
  const drained = queue.drain();
  queue.items.push(9);
  const nested = { lists: { a: ["x"] } };
  nested.lists.a.length = 0;
  let calls = 0;
  const pick = (): string[] => {
    calls++;
    return nested.lists.a;
  };
  nested.lists.a.push("y");
  pick().length = 0;
  return [items, alias, alias.length, drained, queue.items, nested, calls];
}

export function testEmptiedDuringWalks(): unknown[] {
  const visited: number[] = [];
  const items = [1, 2, 3, 4];
  items.forEach((item) => {
    visited.push(item);
    if (item === 2) items.length = 0;
  });
  const others = [5, 6, 7];
  const seen: number[] = [];
  for (const item of others) {
    seen.push(item);
    others.length = 0;
  }
  const mapped = [1, 2, 3];
  const result = mapped.map((value, index) => {
    if (index === 0) mapped.length = 0;
    return value * 10;
  });
  return [visited, items, seen, others, result, mapped];
}
