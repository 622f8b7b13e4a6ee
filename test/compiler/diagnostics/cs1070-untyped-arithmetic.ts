// Arithmetic on a value typed `any`: JavaScript converts it ("6" * 2 is 12, undefined - 1 is NaN); the
// compiled arithmetic took it as it was ("66", a TypeError) and None is null and undefined alike.
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/restrict-plus-operands */
export function scale(raw: string): number[] {
  const value: any = JSON.parse(raw);
  let count: any = value;
  count++;
  count -= 1;
  const total: number = 0;
  const below = value < 1;
  return [below ? 1 : 0, value * 2, value - 1, value / 4, value % 3, value ** 2, value + 1, total + value, Math.floor(value), Math.max(...[value]), count as number];
}
export function join(a: unknown, b: unknown): unknown {
  return (a as any) + (b as any);
}
export function twice(): string {
  // `this` is typed any here, and nothing checks what is done with it (its own setter writes a text into `n`).
  return JSON.stringify({
    n: 1,
    set label(text: string) {
      this.n = text;
    },
    get twice() {
      return this.n * 2;
    },
  });
}
// Review 24A S5: a value typed any given for a built-in's number or text parameter: JavaScript converts
// null (`slice(1, null)` is "") and leaves out only undefined, where None is both.
export function cut(raw: string): string[] {
  const end: any = JSON.parse(raw);
  return ["hello".slice(1, end), [1, 2].join(end), "7".padStart(3, end)];
}
// Review 25A F1 and F2: where the parameter also takes something else (`split(separator: string |
// RegExp)`) and for a built-in called with `new`: JavaScript splits on "null" and writes "null" as the
// message. A start or a count reads null as undefined, and compiles (review 25A F7).
export function split(raw: string): unknown[] {
  const given: any = JSON.parse(raw);
  return ["a,null".split(given), new Error(given).message, "abc".slice(given), "ab".repeat(given), parseFloat(given)];
}
export class Failure extends Error {
  constructor(message: any) {
    super(message);
  }
}
// Review 24A W2: TypeScript's own `any` from a library call the program did not type; the message
// names where it comes from and the one-token fix.
interface Totals {
  apples: number;
  pears: number;
}
export function tally(totals: Totals): number[] {
  const counts = new Array(3).fill(0);
  counts[1] -= 1;
  let best = 0;
  for (const [, value] of Object.entries(totals)) {
    best = value > best ? 1 : 0;
  }
  return [Object.values(totals).reduce((sum, value) => sum * value, 1), best];
}
// Review 24A M1: `+=` onto an element typed any is refused once: as arithmetic beside a number
// (CS1070, not also as text), as an any turned into text beside a text (CS1045, not also CS1001).
export function appended(): unknown[] {
  const counts = new Array(3).fill(0);
  counts[1] += 1;
  const words = new Array(2).fill("x");
  words[0] += "y";
  return [counts, words];
}
// Review 24A W3: `Array.isArray` narrows a variable that may be a `readonly number[]` to `any[]`
// (TypeScript's issue 17002); the message names it and the fix (a `number[]`).
export function total(value: number | readonly number[]): number {
  if (Array.isArray(value)) {
    let sum = 0;
    for (const item of value) {
      sum += item;
    }
    return sum + (value[0] ?? 0) * 2;
  }
  return value;
}
// Review 27A F2, F3, F4: a rest parameter's element (`fromCodePoint(...codePoints: number[])`) and a
// spread of an `any[]` are checked as one argument is; `new Array` and `new RegExp` of an `any`,
// refused on their own (CS1008, CS1031), are not refused twice; `Error()` is checked as `new Error()`. A call through `?.` (F11) and
// `flat`'s depth, a type parameter constrained to number (F14), are checked.
export function spreads(raw: string): unknown[] {
  const given: any = JSON.parse(raw);
  const bounds: any[] = JSON.parse(raw);
  const text: string | undefined = raw === "" ? undefined : raw;
  return [String.fromCodePoint(given), "hello".slice(...bounds), new Array(given), Error(given), new RegExp(given), text?.slice(1, given), [1, [2]].flat(given)];
}
