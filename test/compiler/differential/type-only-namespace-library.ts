// The module of type-only-namespace-imports.ts's types: an interface as its default export.
export default interface Shape {
  w: number;
}
export interface Point {
  x: number;
  y: number;
}
