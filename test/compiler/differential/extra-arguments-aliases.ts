// The trailing `*_` that takes extra arguments: on a function imported under another name, and never
// hiding a name the function reads (an outer `_`).
import { halfOf as halve } from "./extra-arguments-library";

function mapAll(items: number[], step: (item: number, index: number) => number): number[] {
  const results: number[] = [];
  for (let index = 0; index < items.length; index++) {
    results.push(step(items[index] ?? 0, index));
  }
  return results;
}
const _ = 10;
function addUnderscore(value: number): number {
  return value + _;
}
export function testImportedUnderAnotherName(): number[] {
  return mapAll([2, 4], halve);
}
export function testOuterUnderscoreStaysVisible(): number[] {
  const arrow = (value: number): number => value * _;
  return [...mapAll([1, 2], addUnderscore), ...mapAll([3], arrow)];
}
