// Review 22A F13: arithmetic on a value typed `any` took it as it was ("6" * 2 was "66", "6" - 1 raised);
// it is refused now (CS1070), and the conversions its message advises compile: Number(x ?? NaN) of an
// `any` x was refused itself (CS1057), though its fallback is never None. Review 23: an array's element
// by a text key (CS1071), read with Number(key) instead.
/* eslint-disable @typescript-eslint/no-explicit-any -- values typed `any` are what these cases are about */
export function testAdvice(): number[] {
  const xs: any[] = JSON.parse('["6", null, 2.5, true, "x"]');
  return xs.map((x) => Number(x ?? NaN) * 2).concat(xs.map((x) => Number(x ?? 0) - 1));
}
export function testText(): string[] {
  const xs: any[] = JSON.parse('["6", null, 2.5, true]');
  return xs.map((x) => String(x ?? "") + 1);
}
export function testMath(): number[] {
  const xs: any[] = JSON.parse('["6.5", null, -2.5]');
  return xs.map((x) => Math.floor(Number(x ?? NaN)));
}
export function testIndexByConvertedKey(): (number | undefined)[] {
  const keys: string[] = JSON.parse('["2", "0", "02", "5"]') as string[];
  const values = [10, 20, 30];
  return keys.map((key) => values[Number(key)]);
}
export function testComparisonOfConverted(): boolean[] {
  const xs: any[] = JSON.parse("[null]");
  const missing: any = xs[3];
  const empty: any = xs[0];
  return [Number(missing ?? NaN) < 1, Number(empty ?? 0) < 1, Number(missing ?? NaN) >= 0];
}
