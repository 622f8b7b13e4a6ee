// `.name` and `.length` of a function or class reached through a value (a parameter, an array, an
// arrow function held in a variable): Python's functions and classes have other names and no
// parameter count, so only a class or function named where it is declared is compiled.
class NotFound extends Error {}
class Thing {}

export function namesOf(): string[] {
  return [NotFound, Thing].map((type) => type.name);
}

export function arrowName(): string {
  const square = (x: number): number => x * x;
  return `${square.name}/${square.length}`;
}

export function parameterName(callback: (value: string) => void): number {
  return callback.length;
}
