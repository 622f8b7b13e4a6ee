// Review 20: an inlined callback's loop variables (a forEach statement's parameters, _ and index_) do not overwrite or hide the program's variables of that name.
export function testZeroParamCallbackReadsUnderscore(): unknown[] {
  const _: number = 2;
  const xs = [1, 2, 3];
  return [xs.filter(() => _ > 1), xs.map(() => _ * 10), xs.some(() => _ === 3), xs.findIndex(() => _ === 2)];
}
const _ = "lodash-ish";
export function testZeroParamCallbackReadsModuleUnderscore(): unknown[] {
  return [[1, 2].map(() => _), ["a", "b"].every(() => _.length > 3)];
}
