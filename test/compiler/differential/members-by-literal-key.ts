// A class instance's or a method object's own member named by a literal key (`handlers[1]()`, `point["x"]`,
// `this["content-type"]`) reads as the dot reads it; a name no dot can write (`1`, `a-b`) through getattr.
const o = {
  1() {
    return "one";
  },
  2: "two",
  label: "L",
  greet(name: string) {
    return `${this.label}:${name}`;
  },
};
export function testNumericMethod(): string {
  return o[1]() + o[2];
}
export function testStringKeyMethod(): string {
  return o["greet"]("x") + o[`label`];
}
class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
  get sum(): number {
    return this.x + this.y;
  }
  norm(): number {
    return Math.abs(this.x) + Math.abs(this.y);
  }
}
export function testInstanceLiteralKeys(): number[] {
  const p = new Point(3, -4);
  return [p["x"], p["y"], p["sum"], p["norm"]()];
}
class Sub extends Point {
  override get sum(): number {
    return 100;
  }
}
export function testOverriddenGetterByKey(): number[] {
  const p: Point = new Sub(1, 2);
  return [p["sum"], p["x"]];
}
interface Shape {
  readonly kind: "c" | "s";
  area(): number;
}
class Circle implements Shape {
  readonly kind = "c";
  constructor(private r: number) {}
  area(): number {
    return 3 * this.r * this.r;
  }
}
class Square implements Shape {
  readonly kind = "s";
  constructor(private s: number) {}
  area(): number {
    return this.s * this.s;
  }
}
export function testUnionByKey(): unknown[] {
  const shapes: (Circle | Square)[] = [new Circle(1), new Square(2)];
  return shapes.map((s) => [s["kind"], s["area"]()]);
}
export function testOptionalChainKey(): unknown[] {
  const maybe: Point | undefined = Math.random() > 2 ? new Point(1, 1) : undefined;
  return [maybe?.["x"] ?? "none"];
}
class Secret {
  private hidden = 7;
  protected guarded = 8;
  reveal(): number {
    return this["hidden"] + this["guarded"];
  }
}
export function testPrivateByKey(): number {
  return new Secret().reveal();
}
class Bag {
  [key: string]: number | (() => number);
  size = 3;
  count(): number {
    return 5;
  }
}
export function testDeclaredBesideIndexSignature(): number[] {
  const b = new Bag();
  return [b["size"] as number];
}
const table = { "content-type": "json", "x y": 2, "1e21": "big" };
export function testQuotedKeysOfData(): unknown[] {
  return [table["content-type"], table["x y"], table["1e21"]];
}
const withMethods = {
  "content-type": "json",
  "a-b"() {
    return "dash";
  },
  0.5: "half",
  run() {
    return this["content-type"] + this["a-b"]() + this[0.5];
  },
};
export function testQuotedKeysOfMethodObject(): string {
  return withMethods.run() + withMethods["content-type"];
}
class KeyedGetter {
  private _v = 1;
  get v(): number {
    return this._v;
  }
  set v(x: number) {
    this._v = x * 10;
  }
}
export function testGetterByKeyAfterSet(): number[] {
  const g = new KeyedGetter();
  g.v = 4;
  return [g["v"]];
}
export function testTypeofMethodByKey(): string[] {
  const c = new KeyedGetter();
  return [typeof c["v"]];
}
