// A function expression that calls itself by its name and also declares that name for something else.
export const countDown = function step(n: number): number[] {
  if (n > 5) {
    const step = n - 1;
    return [step];
  }
  return n <= 0 ? [] : [n, ...step(n - 1)];
};
