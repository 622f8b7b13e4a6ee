// Review 20: compound assignment through a whole float index.
const half = (n: number) => n / 2;
class Hist {
  bins = [0, 0, 0];
  add(v: number): void {
    this.bins[Math.floor(v / 100)]! += 1;
  }
}
export function testNullish(): unknown {
  const slots: (string | undefined)[] = ["a", undefined, undefined];
  slots[half(2)] ??= "x";
  return slots;
}
export function testOrAssign(): unknown {
  const a = [0, 0, 0];
  a[half(4)] ||= 5;
  return a;
}
export function testTimes(): unknown {
  const a = [1, 2, 3];
  a[half(2)]! *= 10;
  return a;
}
export function testClassField(): unknown {
  const h = new Hist();
  h.add(0);
  h.add(150);
  h.add(50);
  return h.bins;
}
export function testDestructure(): unknown {
  const a = [1, 2, 3];
  [a[half(4)], a[0]] = [a[0]!, a[half(4)]!];
  return a;
}
export function testAsValue(): unknown {
  const a = [1, 2, 3];
  const groups: number[][] = [[], []];
  (groups[half(2)] ??= []).push(4);
  return [a, groups];
}
