// The exporting module of export-list-renames.ts: its own export list, with renames.
function helper(n: number): number {
  return n * 2;
}
class Shape {
  constructor(readonly sides: number) {}
}
const LIMIT = 3;
let counter = 0;
export function bump(): number {
  return ++counter;
}
export { helper, helper as double, Shape as Polygon, LIMIT as MAX_ITEMS };
export type { Shape };
export function testLocal(): unknown {
  return [helper(2), bump()];
}
