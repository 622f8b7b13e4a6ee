// Classes of type-only-local-namesake.ts.
export class Shape {
  kind(): string {
    return "shape";
  }
}
export default class Widget {
  name(): string {
    return "widget";
  }
}
export function makeShape(): Shape {
  return new Shape();
}
export function makeWidget(): Widget {
  return new Widget();
}
