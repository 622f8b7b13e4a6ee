// `import "./setup-for-effects"` runs that module for its effects, before this module's body and in
// its place among the imports (as Node does); the modules load in name order, so without the
// import the setup would run only after this module.
import "./setup-for-effects";
import { effectsSeen } from "./registry-of-effects";

const seenAtLoad = [...effectsSeen];

export function testImportForEffectsRunsFirst(): unknown[] {
  return [seenAtLoad, effectsSeen.length];
}
