// Review 21: callbacks evaluated once (continued): on Object.values and in chained calls.
let n = 0;
function mk(): (x: number) => number {
  n++;
  return (x: number) => x * 2;
}
function mkv(): (v: number, k: string) => void {
  n++;
  return () => {};
}
function mkr(): (m: string) => string {
  n++;
  return (m: string) => m.toUpperCase();
}
export function testMapForEach(): unknown {
  n = 0;
  const m = new Map<string, number>([
    ["a", 1],
    ["b", 2],
  ]);
  m.forEach(mkv());
  return n;
}
export function testSetForEach(): unknown {
  n = 0;
  const s = new Set<number>([1, 2, 3]);
  s.forEach(mk());
  return n;
}
export function testReplaceFn(): unknown {
  n = 0;
  const r = "axbx".replace(/x/g, mkr());
  return [n, r];
}
export function testArrayFromArr(): unknown {
  n = 0;
  const r = Array.from([1, 2, 3], mk());
  return [n, r];
}
export function testMapValuesMap(): unknown {
  n = 0;
  const r = Object.values({ a: 1, b: 2 }).map(mk());
  return [n, r];
}
export function testChained(): unknown {
  n = 0;
  const r = [1, 2, 3].map(mk()).filter((x) => x > 2);
  return [n, r];
}
// A `let` callback assigned before the walk, in the same function, keeps its value during the walk:
// read each time or once, it is the same; one the callback itself replaces is read once.
export function testLetAssignedBeforeTheWalk(): number[] {
  let double = (value: number): number => value * 2;
  double = (value: number): number => value * 3;
  return [1, 2].map(double);
}
export function testLetReplacedByItself(): number[] {
  let step = (value: number): number => {
    step = (value: number): number => value + 100;
    return value;
  };
  return [1, 2, 3].map(step).concat([4].map(step));
}
