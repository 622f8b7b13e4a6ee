// The other half of cs1069-module-imported-for-effects-in-a-cycle.ts: run for its effects, it
// imports the registry back.
import { register } from "../cs1069-module-imported-for-effects-in-a-cycle";

export function setup(): void {
  register("setup");
}
