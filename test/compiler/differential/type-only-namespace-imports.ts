// `import type * as T`, `import type Shape` and `import type { default as S }` bring types only:
// erased, as TypeScript erases them (review S45T, H3: refused as value imports for a while).
import type * as Types from "./type-only-namespace-library";
import type Shape from "./type-only-namespace-library";
import type { default as Outline } from "./type-only-namespace-library";
// A re-export of types only, erased too (review S45U, K7: refused as a re-export).
export { type Point } from "./type-only-namespace-library";

export function norm(point: Types.Point): number {
  return point.x + point.y;
}
export function area(shape: Shape, outline: Outline): number {
  return shape.w * outline.w;
}
export function testTypeOnlyImports(): unknown {
  return [norm({ x: 1, y: 2 }), area({ w: 3 }, { w: 4 })];
}
