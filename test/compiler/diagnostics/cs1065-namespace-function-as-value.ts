// A function of Math, Number, Object or JSON passed or stored rather than called (review 17: this
// said "`Math.round` is not supported", as if Math.round were missing).
export function rounded(values: number[]): number[] {
  return values.map(Math.round);
}
export function finite(values: number[]): number[] {
  return values.filter(Number.isFinite);
}
export function largest(values: number[]): number {
  return Math.max.apply(null, values);
}
export function stored(): (value: string) => unknown {
  const parse = JSON.parse;
  return parse;
}
// Called, but not in the plain form the compiler turns into Python (review 18: these were told
// "passed or stored rather than called").
export function parenthesised(): number {
  return (Math.round)(2.5);
}
export function optionalCall(): number | undefined {
  return Math.round?.(2.5);
}
export function nonNull(): number {
  return Math.round!(2.5);
}
export function asserted(): number {
  return (Math.round as (value: number) => number)(2.5);
}
// Review 23B M1: where the function type expected takes a rest parameter, the advice reads the rest
// (a wrapper `(x) => Math.abs(x)` would be refused itself: its `x` may be left out).
function applyToAll(combine: (...values: number[]) => number, value: number): number {
  return combine(value);
}
export function absolute(): number {
  return applyToAll(Math.abs, -2);
}
