// Array callbacks chained on an array that code builds (`slice().map(f).filter(g)`, `(a ?? b).map(f)`):
// the array is evaluated once, before the walk, even where its Python form assigns a temporary
// (`:=`), which Python forbids inside a comprehension's iterable.

let calls = 0;
function transform(value: number): number {
  calls++;
  return value * 10;
}

export function testChainsAfterAMapThatKeepsItsLength(): string {
  calls = 0;
  const items = [3, 1, 2];
  const kept = items
    .slice()
    .map((value) => transform(value))
    .filter((scaled) => scaled > 10);
  const found = items
    .slice()
    .map((value) => transform(value))
    .find((scaled) => scaled === 20);
  const makers = [...[1, 2, 3]]
    .reverse()
    .map((value) => (): number => value * 2)
    .map((make) => make());
  return JSON.stringify([kept, found, makers, calls]);
}

export function testChainsOverNullishArrays(): string {
  calls = 0;
  const items = [3, 1, 2];
  const maybe: number[] | undefined = calls > 100 ? undefined : items;
  const viaNullish = (maybe ?? [9]).map((value) => transform(value)).map((scaled) => scaled + 1);
  const grew = items
    .slice()
    .map((value) => {
      items.push(value);
      return value;
    })
    .some((value) => value > 2);
  const every = (maybe ?? []).map((value) => transform(value)).every((scaled) => scaled > 0);
  return JSON.stringify([viaNullish, grew, every, items.length, calls]);
}
