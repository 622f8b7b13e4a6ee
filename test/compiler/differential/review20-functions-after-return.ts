// Review 20: function declarations after the return that ends a block (helpers at the end of a function) are defined before it, as JavaScript defines them when the block starts.
function make(): () => number {
  return () => helper(2);
  function helper(n: number): number {
    return n * 21;
  }
}
export function testHelperAfterReturn(): number {
  return make()();
}
export function testHelperAfterReturnDirect(): number {
  return twice(4);
  function twice(n: number): number {
    return n * 2;
  }
}
export function testMutualRecursion(): unknown[] {
  function isEven(n: number): boolean {
    return n === 0 ? true : isOdd(n - 1);
  }
  function isOdd(n: number): boolean {
    return n === 0 ? false : isEven(n - 1);
  }
  return [isEven(10), isOdd(7), isEven(3)];
}
export function testMutualRecursionConst(): unknown[] {
  const a = (n: number): number => (n <= 0 ? 0 : 1 + b(n - 1));
  const b = (n: number): number => (n <= 0 ? 0 : 10 + a(n - 1));
  return [a(5), b(4)];
}
export function testUseBeforeDeclInNested(): unknown[] {
  const run = () => later() + 1;
  function later(): number {
    return 41;
  }
  return [run()];
}
