let calls = 0;
function next(): number {
  calls += 1;
  return calls;
}
export function* counted(start = next()): Generator<number> {
  yield start;
}
export function* pair({ a, b }: { a: number; b: number }): Generator<number> {
  yield a;
  yield b;
}
export function* guarded(): Generator<number> {
  try {
    yield 1;
  } finally {
    yield 2;
  }
}
export function drive(): number {
  const generator = counted(1);
  generator.next(5);
  generator.return(undefined);
  return calls;
}
