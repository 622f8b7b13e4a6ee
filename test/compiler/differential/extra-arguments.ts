// JavaScript drops the arguments a function does not declare; TypeScript lets a function with fewer
// parameters stand for a function type with more. Every such call must not raise in Python.
interface Handler {
  handle(first: number, second: number): number;
}
class TakesOne implements Handler {
  handle(first: number): number {
    return first;
  }
}
class StructurallyAHandler {
  handle(): number {
    return 42;
  }
}
class Base {
  run(first: number, second: number): number {
    return first + second;
  }
}
class Child extends Base {
  override run(first: number): number {
    return first * 10;
  }
}
class Tools {
  static twice(value: number): number {
    return value * 2;
  }
}
function each(items: number[], step: (item: number, index: number, all: number[]) => void): void {
  for (let index = 0; index < items.length; index++) {
    step(items[index] ?? 0, index, items);
  }
}
function collect(items: number[], step: (item: number, index: number) => number): number[] {
  const results: number[] = [];
  each(items, (item, index) => {
    results.push(step(item, index));
  });
  return results;
}
function square(value: number): number {
  return value * value;
}
function noParameters(): number {
  return 7;
}
function restOfThem(...values: number[]): number {
  return values.length;
}
export function testArrowWithFewerParameters(): number[] {
  return collect([1, 2, 3], (item) => item + 1);
}
export function testArrowWithNoParameters(): number[] {
  return collect([1, 2], () => 0);
}
export function testFunctionExpressionWithFewerParameters(): number[] {
  return collect([4], function (item: number): number {
    return item * 3;
  });
}
export function testDeclarationPassedAsCallback(): number[] {
  return [...collect([5, 6], square), ...collect([1], noParameters)];
}
export function testRestParameterTakesThemAll(): number[] {
  return collect([1, 2], restOfThem);
}
export function testStaticMethodPassedAsCallback(): number[] {
  return collect([8], Tools.twice);
}
export function testInterfaceMethodWithFewerParameters(): number[] {
  const handlers: Handler[] = [new TakesOne(), new StructurallyAHandler(), { handle: (first) => first + 100 }, { handle: () => -1 }];
  return handlers.map((handler) => handler.handle(1, 2));
}
export function testObjectLiteralMethodWithFewerParameters(): number {
  const handler: Handler = {
    handle(first: number): number {
      return first + 200;
    },
  };
  return handler.handle(3, 4);
}
export function testOverrideWithFewerParameters(): number[] {
  const objects: Base[] = [new Base(), new Child()];
  return objects.map((object) => object.run(1, 2));
}
export function testFunctionValueWidened(): number {
  const narrow = (value: number): number => value - 1;
  const wide: (value: number, extra: string) => number = narrow;
  return wide(10, "ignored");
}
export function testDeclarationStoredInARecord(): number[] {
  const table: Record<string, (value: number, index: number) => number> = { square, seven: noParameters };
  return [table["square"]?.(3, 9) ?? -1, table["seven"]?.(1, 2) ?? -1];
}
export function testParameterNamedUnderscore(): number[] {
  return collect([2, 3], (_) => 1);
}
