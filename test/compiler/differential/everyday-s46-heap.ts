// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): heap.
type Comparator<T> = (a: T, b: T) => number;

export class PriorityQueue<T> implements Iterable<T> {
  private heap: T[] = [];
  constructor(
    private readonly cmp: Comparator<T>,
    items: Iterable<T> = [],
  ) {
    for (const it of items) this.push(it);
  }
  get size(): number {
    return this.heap.length;
  }
  isEmpty(): boolean {
    return this.heap.length === 0;
  }
  peek(): T | undefined {
    return this.heap[0];
  }
  push(value: T): void {
    const h = this.heap;
    h.push(value);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.cmp(h[i]!, h[p]!) >= 0) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): T | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1,
          r = l + 1;
        let m = i;
        if (l < h.length && this.cmp(h[l]!, h[m]!) < 0) m = l;
        if (r < h.length && this.cmp(h[r]!, h[m]!) < 0) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
  *[Symbol.iterator](): Iterator<T> {
    const copy = new PriorityQueue(this.cmp, this.heap);
    while (!copy.isEmpty()) yield copy.pop()!;
  }
}

export function binarySearch<T>(arr: readonly T[], target: T, cmp: Comparator<T>): number {
  let lo = 0,
    hi = arr.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = cmp(arr[mid]!, target);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -(lo + 1);
}

export function lowerBound(arr: readonly number[], x: number): number {
  let lo = 0,
    hi = arr.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if ((arr[mid] ?? Infinity) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Task {
  name: string;
  priority: number;
  seq: number;
}
const byPriority: Comparator<Task> = (a, b) => b.priority - a.priority || a.seq - b.seq;

export function testHeap(): unknown {
  const nums = new PriorityQueue<number>((a, b) => a - b, [5, 3, 9, 1, 1, -2, 7.5, 0]);
  const drained: number[] = [];
  const iterated = [...nums];
  while (nums.size) drained.push(nums.pop()!);
  const tasks = new PriorityQueue<Task>(byPriority);
  ["write", "test", "ship", "rest", "plan"].forEach((name, seq) => tasks.push({ name, priority: name.length % 3, seq }));
  const order: string[] = [];
  for (const t of tasks) order.push(`${t.name}:${t.priority}`);
  return { drained, iterated, order, empty: nums.pop() ?? "none", peek: tasks.peek()?.name };
}

export function testSearch(): unknown {
  const xs = [1, 3, 3, 5, 8, 13, 21];
  const words = ["apple", "banana", "cherry", "date"];
  const strCmp: Comparator<string> = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    found: [1, 5, 21, 4, 0, 100].map((t) => binarySearch(xs, t, (a, b) => a - b)),
    words: ["cherry", "avocado", "zucchini"].map((w) => binarySearch(words, w, strCmp)),
    lb: [0, 3, 4, 21, 22].map((x) => lowerBound(xs, x)),
    topK: [...new PriorityQueue<string>(strCmp, "the quick brown fox jumps over the lazy dog".split(" "))].slice(0, 4),
  };
}
