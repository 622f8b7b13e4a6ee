// A class imported as a value beside a namesake named only through a type-only namespace import:
// the namesake is never imported at run time, where it hid the value and `new Shape()` built the
// wrong class (review S46C, F1, a regression of the K6 fix).
import { Shape } from "./type-only-namesake-other";
import type * as Library from "./type-only-namesake-library";
import { makeLib } from "./type-only-namesake-library";
function kindOf(shape: Library.Shape): string {
  return shape.kind();
}
export function testNamesakes(): unknown {
  return [new Shape().kind(), kindOf(makeLib())];
}
