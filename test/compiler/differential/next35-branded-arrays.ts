// A branded array (`readonly number[] & { __brand: "Sorted" }`, `T[] & { 0: T }`) is an array: its
// data part only describes it for the type checker (every use was refused, CS1011).

type Sorted = readonly number[] & { readonly __brand: "Sorted" };
type NonEmpty<T> = T[] & { 0: T };

function sorted(values: number[]): Sorted {
  return [...values].sort((a, b) => a - b) as unknown as Sorted;
}

function first<T>(values: NonEmpty<T>): T {
  return values[0];
}

export function testBrandedArrays(): unknown[] {
  const ordered = sorted([3, 1, 2]);
  const nonEmpty = [5, 6] as NonEmpty<number>;
  nonEmpty.push(7);
  return [
    ordered.length,
    ordered[0],
    ordered.includes(2),
    ordered.map((value) => value * 2),
    ordered,
    JSON.stringify(ordered),
    first(nonEmpty),
    nonEmpty.length,
    [...nonEmpty],
    ordered.length > 0 ? "some" : "none",
  ];
}
