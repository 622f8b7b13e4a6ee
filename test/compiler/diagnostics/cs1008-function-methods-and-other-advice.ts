// Review 24B F3-F6: refusals whose messages now name the form that compiles. A function value's call,
// apply and bind (CS1008); the comma operator whose value is used, and a closure made in a loop that
// assigns its iteration's own variable (CS1001); a key of a type parameter's own keys (CS1011);
// Object.assign into a function (CS1047).
function greet(this: void, greeting: string, name: string): string {
  return greeting + ", " + name;
}
export function functionMethods(): string[] {
  const add = (a: number, b: number): number => a + b;
  return [greet.call(undefined, "hi", "bob"), String(add.apply(null, [1, 2])), String(add.bind(null, 1)(2))];
}
export function comma(): number {
  let calls = 0;
  const sorted = [3, 1, 2].sort((a, b) => (calls++, a - b));
  return sorted.length + calls;
}
export function counters(): number[] {
  const registry: Record<string, () => number> = {};
  for (const name of ["a", "b"]) {
    let count = 0;
    registry[name] = () => ++count;
  }
  return [registry.a?.() ?? 0];
}
export function pluck<T, K extends keyof T>(items: T[], key: K): T[K][] {
  return items.map((item) => item[key]);
}
type Labelled = ((x: number) => string) & { label: string };
export function labelled(): string {
  const made: Labelled = Object.assign((x: number) => String(x), { label: "L" });
  return made(1);
}
// Review 27C F3: the properties such a function was given are refused with it, once (not again as a
// read of an unknown kind at `tagged.tag`).
export function tagAFunction(): unknown[] {
  const tagged = Object.assign(() => 1, { tag: "x" });
  return [tagged(), tagged.tag];
}
// Also where the function is a part of the target's type (an intersection), which the read's own
// refusal (CS1011) caught before: refused at the call, once.
export function tagAnIntersection(): unknown[] {
  const tagged = Object.assign(((x: number) => String(x)) as Labelled & { extra?: number }, { tag: "w" });
  return [tagged(1), tagged.tag];
}
// Review 23C M2: a method bound with arguments is refused once, as bind, not as a method read without a call.
class Accumulator {
  total = 0;
  add(amount: number): number {
    this.total += amount;
    return this.total;
  }
}
export function addFive(): number {
  const accumulator = new Accumulator();
  const add = accumulator.add.bind(accumulator, 5);
  return add();
}
// Review 23B M2: a well-known symbol as a key is refused once, as the symbol (CS1008), not also as an index (CS1011).
export function firstOf(items: Iterable<number>): number {
  const walk = items[Symbol.iterator]();
  const step = walk.next();
  return step.done === true ? 0 : step.value;
}
