// A module's own export list compiles (a rename is an assignment at the module's end), but not a
// rename that Python's copy would get wrong: a `let` (JavaScript exports the binding, which later
// writes change), `as default`, an imported name, a name another declaration of the module has as
// Python spells it (`fooBar` is `foo_bar`: review S45R, G5), a name that is no identifier (G6), or a module's own dunder (`__builtins__`: G12).
import { state as describe } from "./modules/counter-state";

let counter = 0;
export function bump(): number {
  return ++counter;
}
function helper(n: number): number {
  return n * 2;
}
const double = "twice";
export { counter as count, helper as default, describe as label, helper as double, double as twice };
export function fooBar(): string {
  return "fooBar";
}
export { helper as foo_bar, helper as "my-helper", helper as __builtins__ };
