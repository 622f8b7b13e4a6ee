// A function's own `foo_bar` would hide the module's `fooBar` (both `foo_bar`) where the function reads it.
const retryLimit = 3;
export function limit(): number {
  const retry_limit = 5;
  return retryLimit + retry_limit;
}
export function scaled(factorValue: number): (factor_value: number) => number {
  return (factor_value: number): number => factorValue * factor_value;
}
