// `sort()` with no comparator orders by text, and a Python function or class gives no text (its
// source): refused for an array of functions or classes, as `join` of one is; a comparator compiles.
class First {}
class Second {}
export function classes(): number {
  const kinds = [Second, First];
  kinds.sort();
  return kinds.length;
}
export function functions(): number {
  const steps = [(): number => 2, (): number => 1];
  steps.sort();
  steps.sort((a, b) => a() - b());
  return steps.length;
}
