// Functions as Set values and Map keys through the library's `Function` type: found by identity,
// as JavaScript compares them (review S46B, F1: refused, CS1048, as if a string could meet Function).
/* eslint-disable @typescript-eslint/no-unsafe-function-type -- the library's Function type is what the case is about */
function twice(n: number): number {
  return n * 2;
}
export function testFunctionKeys(): unknown {
  const seen = new Set<Function>();
  const first = (): number => 1;
  seen.add(first);
  seen.add(first);
  seen.add(() => 2);
  seen.add(twice);
  seen.add(twice);
  const calls = new Map<Function, number>();
  for (const handler of [first, twice, first, twice, twice]) {
    calls.set(handler, (calls.get(handler) ?? 0) + 1);
  }
  return [seen.size, seen.has(first), seen.has(() => 1), calls.size, calls.get(first), calls.get(twice), [...calls.values()]];
}
