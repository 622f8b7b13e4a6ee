// Classes named through type-only imports by another spelling: a default import, a namespace
// import, a re-export through a barrel. They run as before (annotations are text), and the compiled
// module imports each class under `if TYPE_CHECKING:` from the module that declares it, so type
// checkers know the names (review S45U, K6: pyright said "D" is not defined, "Shape" is unknown import symbol).
import type * as Library from "./type-only-class-library";
import type Dflt from "./type-only-class-library";
import type { default as Outline } from "./type-only-class-library";
import type { Shape, Figure } from "./type-only-class-barrel";
import { makeDefault, makeShape } from "./type-only-class-library";

type MaybeShape = Library.Shape | undefined;
class Box<T extends Library.Shape> {
  constructor(public item: T) {}
}
class DefaultBox<T extends Dflt = Dflt> {
  items: T[] = [];
}
function first(items: Dflt[]): Dflt | undefined {
  return items[0];
}
function describe(shape: Shape, figure: Figure, outline: Outline | undefined): string {
  return `${shape.name}:${figure.area()}:${outline === undefined ? "none" : outline.v}`;
}
export function testTypeOnlyClasses(): unknown {
  const maybe: MaybeShape = makeShape("a");
  const box = new Box(makeShape("box"));
  const defaults = new DefaultBox();
  defaults.items.push(makeDefault());
  const found = first(defaults.items);
  return [maybe?.name, box.item.area(), found?.v, describe(makeShape("s"), makeShape("fig"), makeDefault()), describe(box.item, box.item, undefined)];
}
