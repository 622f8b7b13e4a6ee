// A generic value narrowed by `x != null` or `if (x)` is typed `T & {}`: it says no more than `T`, so
// truthiness, `===` and `||` stay JavaScript's (read as a class instance, 0 was truthy and `===` was `is`).

function describe<T>(value: T): string {
  if (value != null) {
    return value ? "truthy" : "falsy";
  }
  return "none";
}

function firstTruthy<T>(values: (T | null)[]): T | null {
  for (const value of values) {
    if (value != null) {
      if (value) {
        return value;
      }
    }
  }
  return null;
}

function same<T>(a: T, b: T): boolean {
  if (a != null && b != null) {
    return a === b;
  }
  return false;
}

function orElse<T>(value: T, fallback: string): string {
  if (value != null) {
    return String(value || fallback);
  }
  return fallback;
}

function countEqual<T>(values: T[], target: T): number {
  let count = 0;
  for (const value of values) {
    if (value && value === target) {
      count++;
    }
  }
  return count;
}

function printable<T>(value: T): string {
  if (value != null) {
    return JSON.stringify(value);
  }
  return "none";
}

export function testNonNullGenerics(): unknown[] {
  const tenths = [0.1, 0.2].map((value) => value * 10);
  return [
    [describe(0), describe(""), describe(5), describe(null)],
    firstTruthy([null, 0, "", 7]),
    [same(tenths[0], 1), same(["a", "b"].join(""), "ab"), same(NaN, NaN)],
    [orElse(0, "fallback"), orElse("", "fallback"), orElse("x", "fallback")],
    [
      countEqual(
        [0.1, 0.2, 0.3].map((value) => value * 10),
        2,
      ),
      countEqual(
        ["a", "b", "ab"].map((text) => text + "!"),
        "ab!",
      ),
    ],
    [printable({ a: 1 }), printable([1, 2]), printable("text")],
  ];
}
