// NaN and Infinity are numbers, whose methods are a number's (review 16: `NaN.toString()` was read as
// a method of a namespace like Math, and refused with CS1008).
export function testMethodsOfNaNAndInfinity(): string[] {
  return [
    NaN.toString(),
    Infinity.toFixed(2),
    (-Infinity).toString(16),
    NaN.toFixed(3),
    Infinity.toPrecision(3),
    Number.NaN.toString(2),
    Infinity.toString(36),
  ];
}
export function testNaNAndInfinityInCallbacks(): string[] {
  return [NaN, Infinity, -Infinity].map((value) => value.toString(2) + value.toFixed(1));
}
