// Inside `count ??= count ^ 1` TypeScript types `count` as never when it cannot be nullish: the right
// side never runs, and the bitwise operator on it compiles as on numbers (the fuzz, seed 20261202,
// program 15,652: CS1008 refused it).
export function testBitwiseOnNeverInNullishAssignment(): number[] {
  let count = 3;
  const first = (count ??= count ^ 1);
  let mask: number = 12;
  mask ??= mask | 1;
  mask ??= (mask as number) << 2;
  return [first, count, mask];
}

export function testBitwiseOnNullableCount(): number[] {
  let count: number | undefined = undefined as number | undefined;
  count ??= 5 ^ 1;
  let other: number | undefined = 6 as number | undefined;
  other ??= 9 >>> 1;
  return [count, other];
}
