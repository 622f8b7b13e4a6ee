// Review 22E: a generator function given as a callback in a loop keeps its iteration's variables (its
// body runs when the generator is resumed, after the iteration), where callbacks that run inside the
// iteration need no per-iteration default.
export function testGeneratorCallback(): number[] {
  const gens: Generator<number, void, undefined>[] = [];
  for (let i = 0; i < 3; i++) {
    gens.push(
      ...[1].map(function* (x: number): Generator<number, void, undefined> {
        yield x * 10 + i;
      }),
    );
  }
  return gens.map((g) => {
    const r = g.next();
    return r.done ? -1 : r.value;
  });
}
export function testGeneratorCallbackForOf(): number[] {
  const gens: Generator<number, void, undefined>[] = [];
  for (const k of [1, 2, 3]) {
    [0].forEach(function* (_x: number): Generator<number, void, undefined> {
      yield k;
    });
    gens.push(
      ...[0].map(function* (): Generator<number, void, undefined> {
        yield k;
      }),
    );
  }
  const out: number[] = [];
  for (const g of gens) for (const v of g) out.push(v);
  return out;
}
export function testGeneratorCallbackWhile(): number[] {
  const gens: Generator<number, void, undefined>[] = [];
  let n = 0;
  while (n < 3) {
    const m = n;
    gens.push(
      ...[1].map(function* (): Generator<number, void, undefined> {
        yield m;
      }),
    );
    n++;
  }
  const out: number[] = [];
  for (const g of gens) for (const v of g) out.push(v);
  return out;
}
