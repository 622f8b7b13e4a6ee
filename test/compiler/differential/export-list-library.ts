// The exporting module of export-list-renames.ts: its own export list, with renames.
function helper(n: number): number {
  return n * 2;
}
class Shape {
  constructor(readonly sides: number) {}
}
const LIMIT = 3;
const { low, high: top } = { low: 1, high: 9 };
const [first] = [10, 20];
let counter = 0;
export function bump(): number {
  return ++counter;
}
export { helper, helper as double, Shape as Polygon, LIMIT as MAX_ITEMS, low as LOWEST, top as HIGHEST, first as head };
export type { Shape };
export function testLocal(): unknown {
  return [helper(2), bump()];
}
