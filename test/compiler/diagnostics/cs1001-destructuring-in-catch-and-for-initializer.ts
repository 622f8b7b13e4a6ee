// A destructuring pattern as the caught value was dropped (its names never bound: NameError, or an
// outer variable of the same name read silently); one declared in a `for` initializer was written out
// as its own text, its names a module's globals (two generators shared one counter).
export function messageOf(run: () => void): string {
  try {
    run();
    return "ok";
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript lets a catch pattern be typed any or unknown only
  } catch ({ message }: any) {
    return String(message ?? "none");
  }
}
export function fibonacci(limit: number): number[] {
  const out: number[] = [];
  for (let [a, b] = [0, 1]; a < limit; [a, b] = [b, a + b]) {
    out.push(a);
  }
  return out;
}
