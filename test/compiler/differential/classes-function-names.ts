// `.name` and `.length` of a class or function named where it is declared: JavaScript's own
// values, whatever Python calls the class or function.
class NotFound extends Error {}
class Thing {}
class HTTPClient {}
function greet(a: string, b: string): string {
  return a + b;
}
function withDefaults(a: number, b = 2, ...rest: number[]): number {
  return a + b + rest.length;
}
function optional(a: number, b?: number): number {
  return a + (b ?? 0);
}
function overloaded(a: string): string;
function overloaded(a: number, b: number): string;
function overloaded(a: string | number, b?: number): string {
  return String(a) + String(b);
}

export function testNames(): (string | number)[] {
  class Local {}
  function innerHelper(): number {
    return 1;
  }
  return [
    NotFound.name,
    `${Thing.name}`,
    HTTPClient.name,
    greet.name,
    greet.length,
    withDefaults.length,
    optional.length,
    overloaded.name,
    overloaded.length,
    Local.name,
    innerHelper.name,
    innerHelper.length,
    new NotFound("x").name,
  ];
}
