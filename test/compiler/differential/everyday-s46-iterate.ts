// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): iterate.
class Range implements Iterable<number> {
  constructor(
    private readonly start: number,
    private readonly end: number,
    private readonly step = 1,
  ) {
    if (step === 0) throw new RangeError("step must not be zero");
  }
  *[Symbol.iterator](): Iterator<number> {
    const { end, step } = this;
    for (let cur = this.start; step > 0 ? cur < end : cur > end; cur += step) yield cur;
  }
  map<U>(fn: (n: number) => U): U[] {
    const out: U[] = [];
    for (const n of this) out.push(fn(n));
    return out;
  }
  get length(): number {
    return Math.max(0, Math.ceil((this.end - this.start) / this.step));
  }
}

class Grid<T> {
  private cells: T[];
  constructor(
    readonly width: number,
    readonly height: number,
    fill: T,
  ) {
    this.cells = new Array<T>(width * height).fill(fill);
  }
  get(x: number, y: number): T | undefined {
    return x < 0 || y < 0 || x >= this.width || y >= this.height ? undefined : this.cells[y * this.width + x];
  }
  set(x: number, y: number, v: T): void {
    this.cells[y * this.width + x] = v;
  }
  *[Symbol.iterator](): Generator<[number, number, T]> {
    for (let y = 0; y < this.height; y++) for (let x = 0; x < this.width; x++) yield [x, y, this.cells[y * this.width + x]!];
  }
  *neighbors(x: number, y: number): Generator<T> {
    for (const [dx, dy] of [
      [-1, 0],
      [1, 0],
      [0, -1],
      [0, 1],
    ] as const) {
      const v = this.get(x + dx, y + dy);
      if (v != null) yield v;
    }
  }
}

export function testRange(): unknown {
  const r = new Range(0, 10, 3);
  const down = new Range(5, 0, -2);
  const it = [...new Range(1, 3)].values();
  return {
    r: [...r],
    down: Array.from(down),
    len: [r.length, down.length],
    sq: r.map((n) => n * n),
    manual: [it.next(), it.next(), it.next()],
    sum: Math.max(...new Range(0, 5)),
  };
}

export function testLabels(): unknown {
  const found: string[] = [];
  const matrix = [
    [1, 2, 3],
    [4, -5, 6],
    [7, 8, -9],
  ];
  outer: for (const [i, row] of matrix.entries()) {
    for (const [j, v] of row.entries()) {
      if (v < 0) {
        found.push(`neg at ${i},${j}`);
        continue outer;
      }
      if (v > 7) break outer;
      found.push(String(v));
    }
  }
  let n = 0;
  search: {
    for (const w of ["alpha", "beta", "gamma"]) {
      n++;
      if (w.includes("et")) break search;
    }
    found.push("never");
  }
  let count = 0;
  loop: while (true) {
    do {
      count++;
      if (count > 5) break loop;
    } while (count % 2 !== 0);
  }
  return { found, n, count };
}

export function testGrid(): unknown {
  const g = new Grid<string>(4, 3, ".");
  g.set(1, 1, "#");
  g.set(2, 1, "#");
  g.set(0, 2, "@");
  const rows: string[] = [];
  for (const [x, y, v] of g) {
    rows[y] = (rows[y] ?? "") + v;
    if (x === g.width - 1) rows[y] += "|";
  }
  const walls = [...g].filter(([, , v]) => v === "#").map(([x, y]) => `${x},${y}`);
  return { rows, walls, nb: [...g.neighbors(1, 2)], corner: [...g.neighbors(0, 0)], outside: g.get(9, 9) ?? "none" };
}
