// Review 24B F3-F5: the forms the refusals' messages now advise compile and match Node.
function makeCounter(): () => number {
  let count = 0;
  return () => ++count;
}
export function testCounterMadeByAFunction(): number[] {
  const registry: Record<string, () => number> = {};
  for (const name of ["a", "b"]) {
    registry[name] = makeCounter();
  }
  registry.a?.();
  registry.a?.();
  registry.b?.();
  return [registry.a?.() ?? 0, registry.b?.() ?? 0];
}
function greet(greeting: string, name: string): string {
  return greeting + ", " + name;
}
export function testInsteadOfCallApplyBind(): string[] {
  const add = (a: number, b: number): number => a + b;
  const pair: [number, number] = [1, 2];
  const addOne = (...rest: [number]): number => add(1, ...rest);
  return [greet("hi", "bob"), String(add(...pair)), String(addOne(2))];
}
export function testCommaAsABlock(): number[] {
  let calls = 0;
  const sorted = [3, 1, 2].sort((a, b) => {
    calls++;
    return a - b;
  });
  return [...sorted, calls > 0 ? 1 : 0];
}
interface User {
  name: string;
  age: number;
}
function pluck<K extends string, T extends Record<K, unknown>>(items: T[], key: K): T[K][] {
  return items.map((item) => item[key]);
}
export function testPluckByARecordBound(): unknown[] {
  const users: User[] = [
    { name: "a", age: 1 },
    { name: "b", age: 2 },
  ];
  return [pluck(users, "name"), pluck(users, "age")];
}
