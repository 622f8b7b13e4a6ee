// A function expression's own name is in scope in its body and is always that function: it
// calls itself by it, whatever the variable holding it is called or later holds.

const fact = function f(n: number): number {
  return n <= 1 ? 1 : n * f(n - 1);
};

export function testSelfCall(): unknown[] {
  const walked = [3, 1].map(function walk(n: number): number {
    return n <= 0 ? 0 : 1 + walk(n - 1);
  });
  return [fact(5), walked];
}

export function testRebindingTheVariable(): unknown[] {
  let f = 100;
  let countdown = function go(n: number): string {
    return n <= 0 ? "done" : `${n},${go(n - 1)}`;
  };
  const first = countdown(3);
  const original = countdown;
  countdown = (n: number): string => `other${n}`;
  f += 1;
  return [first, original(2), countdown(2), f];
}

export function testInLoop(): unknown[] {
  const makers: ((n: number) => string)[] = [];
  for (let i = 0; i < 3; i++) {
    makers.push(function step(n: number): string {
      return n <= 0 ? `i${i}` : `${n}-${step(n - 1)}`;
    });
  }
  return makers.map((maker) => maker(2));
}

export function testClosureState(): unknown[] {
  let calls = 0;
  const fib = function fibonacci(n: number): number {
    calls++;
    return n < 2 ? n : fibonacci(n - 1) + fibonacci(n - 2);
  };
  return [fib(10), calls];
}
