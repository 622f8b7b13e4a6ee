// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): shapes.
abstract class Shape {
  static #created = 0;
  static get created(): number {
    return Shape.#created;
  }
  readonly id: number;
  #label: string;
  constructor(label: string) {
    this.id = ++Shape.#created;
    this.#label = label;
  }
  abstract area(): number;
  abstract get kind(): string;
  get label(): string {
    return this.#label;
  }
  set label(v: string) {
    if (!v.trim()) throw new TypeError("label must not be empty");
    this.#label = v.trim();
  }
  perimeter(): number {
    return NaN;
  }
  describe(): string {
    return `${this.kind} #${this.id} "${this.label}": area=${this.area().toFixed(2)} perimeter=${this.perimeter().toFixed(2)}`;
  }
  toString(): string {
    return `${this.kind}(${this.label})`;
  }
}

class Circle extends Shape {
  constructor(
    readonly r: number,
    label = "circle",
  ) {
    super(label);
  }
  get kind(): string {
    return "Circle";
  }
  area(): number {
    return Math.PI * this.r ** 2;
  }
  override perimeter(): number {
    return 2 * Math.PI * this.r;
  }
}

class Rect extends Shape {
  constructor(
    readonly w: number,
    readonly h: number,
    label?: string,
  ) {
    super(label ?? `${w}x${h}`);
  }
  get kind(): string {
    return this.w === this.h ? "Square" : "Rect";
  }
  area(): number {
    return this.w * this.h;
  }
  override perimeter(): number {
    return 2 * (this.w + this.h);
  }
  static square(side: number): Rect {
    return new Rect(side, side, "sq");
  }
}

class Triangle extends Shape {
  constructor(
    private readonly a: number,
    private readonly b: number,
    private readonly c: number,
  ) {
    super("tri");
    if (a + b <= c || a + c <= b || b + c <= a) throw new RangeError(`invalid triangle ${[a, b, c].join("/")}`);
  }
  get kind(): string {
    return "Triangle";
  }
  area(): number {
    const s = this.perimeter() / 2;
    return Math.sqrt(s * (s - this.a) * (s - this.b) * (s - this.c));
  }
  override perimeter(): number {
    return this.a + this.b + this.c;
  }
  override describe(): string {
    return super.describe() + " [heron]";
  }
}

export function testShapes(): unknown {
  const shapes: Shape[] = [new Circle(1.5), new Rect(2, 3), Rect.square(4), new Triangle(3, 4, 5)];
  const errors: string[] = [];
  try {
    new Triangle(1, 2, 10);
  } catch (e) {
    if (e instanceof RangeError) errors.push(e.message);
  }
  const c = shapes[0]!;
  try {
    c.label = "   ";
  } catch (e) {
    errors.push(`${(e as Error).name}: ${(e as Error).message}`);
  }
  c.label = "  big circle ";
  const byKind = new Map<string, Shape[]>();
  for (const s of shapes) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s]);
  return {
    lines: shapes.map((s) => s.describe()),
    total: shapes.reduce((t, s) => t + s.area(), 0).toFixed(3),
    largest: String([...shapes].sort((a, b) => b.area() - a.area())[0]),
    created: Shape.created,
    errors,
    kinds: [...byKind].map(([k, v]) => `${k}:${v.map((s) => s.id).join(",")}`),
    checks: shapes.map((s) => [s instanceof Circle, s instanceof Rect, s instanceof Shape]),
    joined: shapes.join(", "),
  };
}
