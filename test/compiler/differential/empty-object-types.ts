/* eslint-disable @typescript-eslint/no-empty-object-type -- the empty object type is what these cases are about */
// `{}` and `T extends {}` (what NonNullable and `x !== null && x !== undefined` narrowing give) hold
// any value but null and undefined: numbers, strings, arrays, Maps. They were taken for a dict, so
// `!!x`, `x || d`, `x ? … : …` and `===` tested them as dicts (0, "" and NaN were true; two equal
// strings that are different Python objects were unequal). Found by review 7c.
function compact<T extends {}>(xs: (T | null | undefined)[]): T[] {
  return xs.filter((x): x is T => !!x);
}
function orDefault<T extends {}>(x: T | undefined, d: T): T {
  return x || d;
}
function count<T extends {}>(xs: T[], x: T): number {
  return xs.filter((y) => y === x).length;
}
function isSet(x: {}): boolean {
  return x ? true : false;
}
function pick(x: {}, y: {}): string {
  switch (x) {
    case y:
      return "same";
    default:
      return "different";
  }
}
interface Anything {}
function truthyAnything(x: Anything): boolean {
  return !x;
}

export function testCompactDropsFalsyPrimitives(): string {
  return JSON.stringify([compact([0, 1, null, 2, NaN, undefined]), compact(["", "a"]), compact([false, true])]);
}
export function testOrDefaultOfFalsyPrimitives(): string {
  return JSON.stringify([orDefault(0, 5), orDefault("", "d"), orDefault(undefined, 7), orDefault([0], [1])]);
}
export function testStrictEqualityOfEqualPrimitives(): number[] {
  return [count(["ab", "a" + "b".repeat(1)], "ab"), count([1000 * 3], 3000), count([NaN], NaN)];
}
export function testConditionOfEmptyObjectType(): boolean[] {
  return [isSet(0), isSet(""), isSet(NaN), isSet(1), isSet("x"), isSet({}), isSet([])];
}
export function testSwitchOverEmptyObjectType(): string[] {
  return [pick("a" + "b", "ab"), pick(3, 3.0), pick(1, "1")];
}
export function testEmptyInterfaceHoldsPrimitives(): boolean[] {
  return [truthyAnything(0), truthyAnything(""), truthyAnything("x"), truthyAnything({})];
}
export function testEmptyLiteralIsStillAnObject(): string {
  const empty = {};
  return JSON.stringify([empty, Object.keys(empty).length, !!empty]);
}
