// console.log of the program's class instances prints what Node prints: the class's name and its
// own fields in Node's order (the base class's first, parameter properties, then declared fields,
// those holding undefined too), without getters, methods, statics or #private fields; nested,
// deeper than two levels ([Point]), empty (Empty {}), in a circle (<ref *1>), through %s, %O and %j,
// and broken over lines as util.inspect breaks them; typed by an intersection (a brand) or by
// `Readonly<C>`, as its class's instance.
class Point {
  label?: string;
  seen: number | null = null;
  #secret = 1;
  constructor(
    public x: number,
    private y: number,
  ) {}
  get norm(): number {
    return this.x + this.y + this.#secret;
  }
  move(): void {
    this.x += 1;
  }
}
class Line extends Point {
  ends: Point[] = [new Point(1, 2), new Point(3, 4)];
  nested = { deep: { deeper: { deepest: new Point(5, 6) } } };
  constructor() {
    super(0, 0);
  }
}
class Empty {}
class Node1 {
  next: Node1 | null = null;
  constructor(public name: string) {}
}
type Verified<T> = T & { readonly verified: true };
export function main(): void {
  const p = new Point(1, 2);
  console.log(p);
  p.label = "here";
  console.log(p, [p], { p });
  console.log(new Line());
  console.log(new Empty(), [new Empty()], { a: { b: { c: new Point(7, 8), d: new Empty() } } });
  console.log("%s and %O and %j", p, p, p);
  const a = new Node1("a");
  a.next = new Node1("b");
  a.next.next = a;
  console.log(a);
  console.log([new Point(123456789, 987654321), new Point(123456789, 987654321), new Point(1, 1)]);
  const branded = new Node1("brand") as Verified<Node1>;
  const frozen: Readonly<Point> = new Point(9, 9);
  console.log(branded, frozen);
}
