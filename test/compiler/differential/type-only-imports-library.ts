// The module of type-only-imports.ts's class, imported there with `import type`.
export interface Point {
  x: number;
  y: number;
}
export class Engine {
  power = 1;
}
