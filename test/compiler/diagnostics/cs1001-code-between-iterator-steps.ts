// Array destructuring of an iterator takes its elements first, where JavaScript binds each element
// before the next step: a binding that runs code (a default that calls, a nested pattern reading what
// a generator yielded and may change, a nested object pattern that may call a getter) is refused.
const seen: number[] = [];
function fallback(): number {
  seen.push(0);
  return 0;
}
function* buffers(): Generator<number[], void> {
  const buffer = [1, 2];
  yield buffer;
  buffer[0] = 9;
  yield buffer;
}
function* numbers(): Generator<number, void> {
  yield 1;
}
export function defaultCalling(): number {
  const [first = fallback()] = numbers();
  return first;
}
export function nestedFromGenerator(): number {
  const [[head] = [], second = []] = buffers();
  return (head ?? 0) + second.length;
}
export function nestedObjectFromMatches(text: string): string {
  const [{ index } = { index: 0 }] = text.matchAll(/a/g);
  return String(index);
}
