// Review 24B F14: map, filter, forEach, some, every, find and findIndex given a function value passed
// as many arguments as its type showed, where JavaScript passes (item, index, array) and the function
// takes as many as it declares: through a wrapper's parameter, a typed variable or property, or an
// overload, `fmt(x, digits = 2)` got no digits and `(x, i?) => …` no index.
function withDigits(x: number, digits: number = 2): string {
  return x.toFixed(digits);
}
function mapAll<T, U>(items: T[], mapper: (item: T) => U): U[] {
  return items.map(mapper);
}
function filterAll<T>(items: T[], keep: (item: T) => boolean): T[] {
  return items.filter(keep);
}
function eachAll<T>(items: T[], visit: (item: T) => void): void {
  items.forEach(visit);
}
export function testThroughAWrapper(): unknown[] {
  return [mapAll([1.234, 5], withDigits), mapAll(["10", "10", "10"], parseInt), mapAll([1, 2], String), mapAll(["1"], Number), mapAll([0, 1], Boolean)];
}
export function testFilterThroughAWrapper(): number[] {
  return filterAll([5, 6, 7, 8], (item: number, index?: number) => (index ?? 0) % 2 === 0);
}
export function testForEachThroughAWrapper(): number[] {
  const seen: number[] = [];
  eachAll([10, 20], (item: number, index?: number) => {
    seen.push(index ?? -1);
  });
  return seen;
}
export function testTypedVariableAndProperty(): string[][] {
  const narrowed: (x: number) => string = withDigits;
  const options: { render: (value: number) => string } = { render: withDigits };
  const arrow = (x: number, digits?: number): string => x.toFixed(digits ?? 3);
  const typedArrow: (x: number) => string = arrow;
  return [[1.234, 5].map(narrowed), [3.14159, 1].map(options.render), [1.5, 2].map(typedArrow), [1.5, 2].map(arrow)];
}
function overloaded(x: number): string;
function overloaded(x: number, digits: number): string;
function overloaded(x: number, digits: number = 2): string {
  return x.toFixed(digits);
}
export function testOverloadedFunction(): string[] {
  return [1.234, 5].map(overloaded);
}
export function testSomeEveryFindFindIndex(): unknown[] {
  const late = (x: number, index?: number): boolean => (index ?? 0) > 1;
  const test: (x: number) => boolean = late;
  const items = [1, 2, 3];
  return [items.some(test), items.every(test), items.find(test) ?? "none", items.findIndex(test)];
}
class Formatter {
  digits = 1;
  show(x: number, extra?: number): string {
    return x.toFixed(extra ?? this.digits);
  }
}
export function testBoundMethod(): string[] {
  const formatter = new Formatter();
  return [1.5, 2].map(formatter.show.bind(formatter));
}
export function testTakesTheArray(): number[] {
  const sized = (item: number, index?: number, all?: number[]): number => item + (index ?? 0) * 10 + (all?.length ?? 0) * 100;
  const typed: (item: number) => number = sized;
  return mapAll([1, 2, 3], typed);
}
