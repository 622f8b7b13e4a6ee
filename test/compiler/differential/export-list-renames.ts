// A module's own export list (`export { helper }`, no `from`): a plain name is the module's name
// already; a rename (`helper as double`, a class as `Polygon`, a const) is assigned at the end of
// the compiled module, so importers find it, a destructured const too (review E1, F20: refused as
// a "re-export" before; review S45R, G10: a destructured const was refused as an import).
import { double, Polygon, MAX_ITEMS, helper, LOWEST, HIGHEST, head } from "./export-list-library";
export function testImported(): unknown {
  const p = new Polygon(4);
  return [double(5), helper(1), p.sides, p instanceof Polygon, MAX_ITEMS, LOWEST, HIGHEST, head];
}
