// reduce, flatMap and sort (of an array that may hold null) while their callback changes or reads the
// array: JavaScript fixes the length at the start, reads each element when its turn comes, skips the
// ones removed, and sorts without emptying the array (found by the sixth review).
class Box {
  reads = 0;
  private data: number[] = [1, 2, 3];
  get items(): number[] {
    this.reads += 1;
    return this.data;
  }
}

export function testReduceWhileShortening(): string {
  const pending = [5, 4, 3, 2, 1];
  const withInitial = pending.reduce((total, x) => {
    if (x === 4) {
      pending.splice(3);
    }
    return total + x;
  }, 0);
  const other = [1, 2, 3, 4];
  const withoutInitial = other.reduce((total, x) => {
    other.pop();
    return total + x;
  });
  return JSON.stringify([withInitial, withoutInitial, pending.length, other.length]);
}
export function testFlatMapReadsLive(): number[][] {
  const shrinking = [1, 2, 3, 4];
  const first = shrinking.flatMap((x) => {
    shrinking.pop();
    return [x];
  });
  const changing = [1, 2, 3];
  const second = changing.flatMap((x, index) => {
    if (index + 1 < changing.length) {
      changing[index + 1] = x * 10;
    }
    return [x];
  });
  const growing = [1, 2];
  const third = growing.flatMap((x) => {
    growing.push(x + 10);
    return [x, x];
  });
  return [first, second, third, growing];
}
export function testSortWithNullsSeesTheArray(): string[] {
  const values: (number | null)[] = [3, null, 1];
  const lengths: number[] = [];
  values.sort((a, b) => {
    lengths.push(values.length);
    return (a ?? 0) - (b ?? 0);
  });
  return [JSON.stringify(values), String(lengths.every((length) => length === 3))];
}
export function testMapOverGetterReadsItOnce(): number[] {
  const box = new Box();
  const doubled = box.items.map((x) => {
    return x * 2;
  });
  return [...doubled, box.reads];
}
