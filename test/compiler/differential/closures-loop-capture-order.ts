// A closure made in a loop keeps its iteration's values (Python keyword defaults bound when the
// closure is made): a change to a captured variable made before the closure is kept exactly.
export function testChangedBeforeCapture(): string[] {
  const readers: (() => string)[] = [];
  for (const x of [1, 2, 3]) {
    let label = "a";
    if (x > 1) label = "b";
    if (x > 2) {
      label += "c";
    }
    readers.push(() => label + x);
  }
  return readers.map((read) => read());
}
export function testLoopVariableChangedBeforeCapture(): number[] {
  const readers: (() => number)[] = [];
  for (let x of [1, 2]) {
    x *= 10;
    readers.push(() => x);
  }
  for (let i = 0; i < 6; i++) {
    i++;
    readers.push(() => i);
  }
  return readers.map((read) => read());
}
export function testBuiltInAnInnerLoopFirst(): string[] {
  const readers: (() => string)[] = [];
  for (const word of ["ab", "cde"]) {
    let seen = "";
    for (const letter of word) {
      seen = letter + seen;
    }
    readers.push(() => seen + "/" + word);
  }
  return readers.map((read) => read());
}
export function testDeclaredBeforeTheClosure(): string[] {
  const shows: (() => string)[] = [];
  for (let i = 0; i < 2; i++) {
    const helper = (): string => "h" + i;
    const show = (): string => "i" + i + helper();
    shows.push(show);
  }
  return shows.map((show) => show());
}
// A recursive arrow made in a loop that captures nothing else of the iteration: every iteration's
// copy behaves alike, so it may call whichever copy its name holds.
export function testRecursiveArrowsInALoop(): number[] {
  const made: ((n: number) => number)[] = [];
  const results: number[] = [];
  for (const start of [3, 4]) {
    const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
    const fibonacci = (n: number): number => {
      if (n < 2) return n;
      return [n - 1, n - 2].map((k) => fibonacci(k)).reduce((a, b) => a + b, 0);
    };
    made.push(factorial, fibonacci);
    results.push(factorial(start), fibonacci(start + 5));
  }
  {
    const factorial = (n: number): number => n * 1000;
    results.push(factorial(2));
  }
  return [...results, ...made.map((each) => each(6))];
}
