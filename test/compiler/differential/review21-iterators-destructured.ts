// Review 21: array destructuring of a generator or a library iterator into new variables takes the
// elements it names and closes a generator it did not walk to its end (IteratorClose: its finally blocks run); an array's and
// matchAll's iterators go on from there. JSON.stringify of them is {}. matchAll's result has next().
const log: string[] = [];
function* numbers(): Generator<number> {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    log.push("closed");
  }
}
export function testDestructureGenerator(): unknown[] {
  log.splice(0);
  const source = numbers();
  const [a, b] = source;
  const after = [...source];
  return [a, b, after, [...log]];
}
export function testDestructureGeneratorRest(): unknown[] {
  log.splice(0);
  const [first, ...rest] = numbers();
  return [first, rest, [...log]];
}
export function testDestructureShortGenerator(): unknown[] {
  log.splice(0);
  const [a, b, c, d] = numbers();
  return [a, b, c, d ?? "none", [...log]];
}
export function testDestructureArrayIterator(): unknown[] {
  const it = [10, 20, 30].values();
  const [x] = it;
  const [y] = it;
  return [x, y, [...it]];
}
export function testJsonOfIterators(): string[] {
  return [JSON.stringify(numbers()), JSON.stringify([1].keys()), JSON.stringify({ it: [1].entries() }), JSON.stringify([numbers()])];
}
export function testMatchAllNext(): unknown[] {
  const it = "a1b2".matchAll(/\d/g);
  const first = it.next();
  const rest = [...it].map((m) => m[0]);
  return [first.done ?? null, first.value?.[0] ?? null, rest];
}
export function testArrayIteratorNext(): unknown[] {
  const it = [5, 6].values();
  const a = it.next();
  const b = it.next();
  const c = it.next();
  return [a.value ?? null, b.value ?? null, c.done ?? null];
}
