// Members a program gives a function by assigning them (TypeScript's expando declarations): data and
// functions, read, written and called (`counter.reset()`, the debounce idiom's `flush()`).
function makeExpandoCounter() {
  let n = 0;
  const inc = (): number => ++n;
  inc.reset = (): void => {
    n = 0;
  };
  inc.by = (step: number): number => (n += step);
  inc.label = "counter";
  return inc;
}
function trackCalls(x: number): number {
  trackCalls.calls++;
  return x * 2;
}
trackCalls.calls = 0;
trackCalls.describe = (): string => `called ${trackCalls.calls} times`;
export function testExpandoCalls(): unknown[] {
  const counter = makeExpandoCounter();
  counter();
  counter();
  counter.reset();
  const after = counter();
  trackCalls(1);
  return [after, counter.by(5), counter.label, trackCalls.describe(), trackCalls.calls];
}
