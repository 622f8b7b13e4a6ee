// Review 23A F8: a member read of a generic `Extract<Shape, { kind: K }>` (a handler table of a
// discriminated union) was refused (CS1011): a conditional type took no shape. Its base constraint,
// a union of data objects, makes it a dict.
type Shape = { kind: "circle"; r: number } | { kind: "rect"; w: number; h: number } | { kind: "tri"; b: number; h: number };
type Handlers = { [K in Shape["kind"]]: (s: Extract<Shape, { kind: K }>) => number };
const HANDLERS: Handlers = {
  circle: (s) => Math.round(Math.PI * s.r ** 2),
  rect: (s) => s.w * s.h,
  tri: (s) => (s.b * s.h) / 2,
};
function area<K extends Shape["kind"]>(s: Extract<Shape, { kind: K }>): number {
  const h = HANDLERS[s.kind as K] as (s: Extract<Shape, { kind: K }>) => number;
  return h(s);
}
export function testMappedHandlers(): number[] {
  const shapes: Shape[] = [
    { kind: "circle", r: 1 },
    { kind: "rect", w: 2, h: 3 },
    { kind: "tri", b: 3, h: 3 },
  ];
  return shapes.map((s) => area(s));
}
function kindOf<K extends Shape["kind"]>(s: Extract<Shape, { kind: K }>): string {
  return s.kind;
}
export function testGenericExtract(): string {
  return kindOf<"rect">({ kind: "rect", w: 1, h: 2 }) + kindOf({ kind: "circle", r: 1 } as Extract<Shape, { kind: "circle" }>);
}
