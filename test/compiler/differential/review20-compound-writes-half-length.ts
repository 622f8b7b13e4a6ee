// Review 20: a[a.length / 2 - 1] += 100 and counts[sorted.length / 2] += 1.
function reverseInPlace(a: number[]): number[] {
  for (let i = 0; i < a.length / 2; i++) {
    const j = a.length - 1 - i;
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
  return a;
}
export function testReverse(): unknown {
  return [reverseInPlace([1, 2, 3, 4]), reverseInPlace([1, 2, 3])];
}
export function testMidSwap(): unknown {
  const a = [1, 2, 3, 4, 5, 6];
  const mid = a.length / 2;
  [a[0], a[mid]] = [a[mid]!, a[0]!];
  a[mid - 1]! += 100;
  return a;
}
export function testCenterPad(): unknown {
  const w = 10,
    s = "abcd";
  const left = (w - s.length) / 2;
  return " ".repeat(left) + s + " ".repeat(w - s.length - left) + "|" + s.padStart(s.length + left, "-");
}
export function testChunkByHalf(): unknown {
  const xs = [1, 2, 3, 4, 5, 6, 7, 8];
  const out: number[][] = [];
  for (let i = 0; i < xs.length; i += xs.length / 4) out.push(xs.slice(i, i + xs.length / 4));
  const grid: number[][] = Array.from({ length: xs.length / 4 }, () => []);
  xs.forEach((x, i) => grid[i % (xs.length / 4)]!.push(x));
  return [out, grid];
}
export function testMedianIndex(): unknown {
  const xs = [5, 1, 4, 2];
  const sorted = [...xs].sort((a, b) => a - b);
  const counts = new Array<number>(sorted.length).fill(0);
  counts[sorted.length / 2]! += 1;
  counts[(sorted.length - 2) / 2]! -= 1;
  return counts;
}
