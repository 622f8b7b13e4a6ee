// `-x!` negates the number JavaScript makes of x, which the `!` does not change: -0 for null, NaN
// for undefined, both None in Python. Refused where the type under the `!` admits both; accepted
// where it admits one of them.
interface Limits {
  floor?: number | null;
  ceiling?: number;
}
export function refused(limits: Limits, either: number | null | undefined): number[] {
  return [-limits.floor!, -either!];
}
export function accepted(limits: Limits, nulls: number | null): number[] {
  return [-limits.ceiling!, -nulls!];
}
