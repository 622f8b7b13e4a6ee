// An imported `let` that a function of its module reassigns: Python's `from … import` copies it
// once, where JavaScript's import is a live binding. A `let` written only at the module's top level,
// and a `const` object whose property changes, import exactly.
import { bump, cache, counter as count, init, settled, state } from "./modules/counter-state";

export function main(): void {
  bump();
  init();
  console.log(count, cache, settled, state.counter);
}
