// Python has one scope per function: a binding anywhere in it, also one TypeScript scopes to a block
// or a loop, hides the outer name of the same spelling everywhere in the function. Field initializers
// run in __init__ (beside the constructor's parameters), parameter defaults in the function's body.
const marker = "module-marker";
let counter = 100;
const label = "module-label";
const value = "module-value";

export function loopThenRead(): string {
  let out = "";
  for (const marker of ["a", "b"]) {
    out += marker;
  }
  return out + marker;
}
export function loopVariableThenModuleWrite(): number {
  for (let counter = 0; counter < 2; counter++) {
    // nothing
  }
  counter++;
  return counter;
}
export function defaultReadsOuter(n: number, describe = (): string => label + n): string {
  const label = "local";
  return describe() + label;
}
export class Holder {
  read = (): string => {
    return value;
  };
  shout = value + "!";
  constructor(value: number) {
    console.log(value);
  }
}
export function functionThenBlockConst(): string {
  function helper(): string {
    return "fn";
  }
  {
    const helper = 5;
    console.log(helper);
  }
  return helper();
}
