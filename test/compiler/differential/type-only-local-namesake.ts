// A type-only import of a class whose name a function of the module also gives its own local class:
// the local one is that function's, so the import stays under `if TYPE_CHECKING:` for the
// annotations (review S46D, F7: left out, and pyright said "Widget" is not defined).
import type * as library from "./type-only-local-namesake-library";
import type Widget from "./type-only-local-namesake-library";
import { makeShape, makeWidget } from "./type-only-local-namesake-library";
function kindOf(s: library.Shape): string {
  const other: library.Shape = makeShape();
  return s.kind() + other.kind();
}
function local(): string {
  class Widget {
    name(): string {
      return "local";
    }
  }
  return new Widget().name();
}
function w(x: Widget): string {
  return x.name();
}
export function testAll(): unknown {
  return [kindOf(makeShape()), local(), w(makeWidget())];
}
