// Fuzz program 58226 (seed 20261207): value += other on the right of other ??= …, where TypeScript narrows a number other to never (the code never runs), was refused as an assignment of a property or element.
/* eslint-disable prefer-const -- a `let` the dead branch assigns, as the generated program has it */
export function testA(): number[] {
  let value: number = 1e21;
  let other: number = 9.5;
  other = other ??= value += other;
  return [value, other];
}
export function testB(): number[] {
  let value: number = 2;
  let other: number | undefined = undefined;
  other = other ??= value += 3;
  return [value, other];
}
export function testC(): number[] {
  let value: number = 2;
  let other: number = 1;
  const x = (value += other);
  return [value, other, x];
}
export function testD(): number[] {
  let value: number = 2;
  let other: number = 1;
  const y = (other ??= value += other);
  return [value, other, y];
}
export function testE(): number[] {
  let value: number = 2;
  let other: number = 1;
  const y = (other ||= value += other);
  return [value, other, y];
}
