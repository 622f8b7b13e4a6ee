// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): vec.
export class Vec2 {
  static readonly ZERO = new Vec2(0, 0);
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
  static fromAngle(rad: number, len = 1): Vec2 {
    return new Vec2(Math.cos(rad) * len, Math.sin(rad) * len);
  }
  get length(): number {
    return Math.hypot(this.x, this.y);
  }
  get angle(): number {
    return Math.atan2(this.y, this.x);
  }
  add(o: Vec2): Vec2 {
    return new Vec2(this.x + o.x, this.y + o.y);
  }
  scale(k: number): Vec2 {
    return new Vec2(this.x * k, this.y * k);
  }
  dot(o: Vec2): number {
    return this.x * o.x + this.y * o.y;
  }
  normalized(): Vec2 {
    const l = this.length;
    return l === 0 ? Vec2.ZERO : this.scale(1 / l);
  }
  equals(o: Vec2, eps = 1e-9): boolean {
    return Math.abs(this.x - o.x) < eps && Math.abs(this.y - o.y) < eps;
  }
  toString(): string {
    return `(${this.x}, ${this.y})`;
  }
  toJSON(): [number, number] {
    return [this.x, this.y];
  }
}

export class Matrix {
  private readonly data: number[][];
  private constructor(data: number[][]) {
    this.data = data;
  }
  static identity(n: number): Matrix {
    return new Matrix(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))));
  }
  static of(rows: number[][]): Matrix {
    const w = rows[0]?.length ?? 0;
    if (rows.some((r) => r.length !== w)) throw new Error("ragged matrix");
    return new Matrix(rows.map((r) => [...r]));
  }
  get rows(): number {
    return this.data.length;
  }
  get cols(): number {
    return this.data[0]?.length ?? 0;
  }
  at(i: number, j: number): number {
    return this.data[i]?.[j] ?? NaN;
  }
  mul(o: Matrix): Matrix {
    if (this.cols !== o.rows) throw new RangeError(`cannot multiply ${this.rows}x${this.cols} by ${o.rows}x${o.cols}`);
    const out: number[][] = [];
    for (let i = 0; i < this.rows; i++) {
      const row: number[] = [];
      for (let j = 0; j < o.cols; j++) {
        let sum = 0;
        for (let k = 0; k < this.cols; k++) sum += this.at(i, k) * o.at(k, j);
        row.push(sum);
      }
      out.push(row);
    }
    return new Matrix(out);
  }
  transpose(): Matrix {
    return new Matrix(Array.from({ length: this.cols }, (_, j) => this.data.map((r) => r[j] ?? 0)));
  }
  determinant(): number {
    if (this.rows !== this.cols) throw new Error("not square");
    if (this.rows === 1) return this.at(0, 0);
    if (this.rows === 2) return this.at(0, 0) * this.at(1, 1) - this.at(0, 1) * this.at(1, 0);
    let det = 0;
    for (let j = 0; j < this.cols; j++) {
      const minor = Matrix.of(this.data.slice(1).map((r) => r.filter((_, c) => c !== j)));
      det += (j % 2 === 0 ? 1 : -1) * this.at(0, j) * minor.determinant();
    }
    return det;
  }
  apply(v: Vec2): Vec2 {
    return new Vec2(this.at(0, 0) * v.x + this.at(0, 1) * v.y, this.at(1, 0) * v.x + this.at(1, 1) * v.y);
  }
  toString(): string {
    return this.data.map((r) => r.map((x) => x.toFixed(2).padStart(7)).join("")).join("\n");
  }
}

export function testVec(): unknown {
  const a = new Vec2(3, 4);
  const b = Vec2.fromAngle(Math.PI / 2, 2);
  return {
    s: `${a} + ${b} = ${a.add(b)}`,
    len: a.length,
    angle: a.angle.toFixed(6),
    dot: a.dot(new Vec2(-4, 3)),
    norm: String(a.normalized()),
    zero: `${Vec2.ZERO.normalized()}`,
    eq: b.equals(new Vec2(0, 2)),
    json: JSON.stringify({ a, list: [a, b.scale(0.5)] }),
    concat: "v=" + a,
    arr: [a, b].join(" ; "),
  };
}

export function testMatrix(): unknown {
  const m = Matrix.of([
    [1, 2, 3],
    [0, 1, 4],
    [5, 6, 0],
  ]);
  const rot = Matrix.of([
    [0, -1],
    [1, 0],
  ]);
  let err = "";
  try {
    m.mul(rot);
  } catch (e) {
    if (e instanceof RangeError) err = e.message;
  }
  let ragged = "";
  try {
    Matrix.of([[1], [2, 3]]);
  } catch (e) {
    ragged = String(e);
  }
  return {
    det: m.determinant(),
    t: `${m.transpose()}`,
    id: Matrix.identity(3).mul(m).toString() === m.toString(),
    rotated: rot.apply(new Vec2(1, 0)).toString(),
    err,
    ragged,
    at: m.at(5, 5),
    dims: [m.rows, m.cols],
  };
}
