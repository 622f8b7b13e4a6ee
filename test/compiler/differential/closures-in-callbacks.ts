// A function made inside an array callback keeps that call's parameters: each item's closure sees its own.
export function testClosuresFromMap(): number[] {
  const makers = [10, 20, 30].map((value, index) => () => value + index);
  return makers.map((make) => make());
}
export function testClosuresFromFilterAndFind(): (number | string)[] {
  const seen: (() => number)[] = [];
  const kept = [1, 2, 3, 4].filter((value) => (seen.push(() => value * 100) > 0 ? value % 2 === 0 : false));
  const found = ["a", "bb", "ccc"].find((word) => [1].map(() => word.length)[0] === 2);
  return [...kept, ...seen.map((read) => read()), found ?? "none"];
}
export function testObjectLiteralMethodFromMap(): number[] {
  const boxes = [1, 2, 3].map((value) => ({
    twice(): number {
      return value * 2;
    },
  }));
  return boxes.map((box) => box.twice());
}
export function testSomeAndEveryWithClosures(): boolean[] {
  const checks: (() => boolean)[] = [];
  const any = [5, 6].some((value) => {
    checks.push(() => value > 5);
    return false;
  });
  return [any, ...checks.map((check) => check())];
}
