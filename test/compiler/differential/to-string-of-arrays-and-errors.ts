// `array.toString()` is `join()`, and `error.toString()` is Error.prototype.toString (`name: message`,
// or whichever is not empty), unless the class has its own.
class Failure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Failure";
  }
}
class Loud extends Error {
  override toString(): string {
    return "LOUD " + this.message;
  }
}
class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
  toString(): string {
    return `(${this.x}, ${this.y})`;
  }
}

export function testArrayToString(): string[] {
  const numbers = [1, -0, 2.5, 1e21, NaN];
  const nested: (number | null)[][] = [[1, null], [], [3]];
  const missing: (string | undefined)[] = ["a", undefined, "c"];
  const empty: number[] = [];
  return [numbers.toString(), nested.toString(), missing.toString(), empty.toString(), [new Point(1, 2), new Point(3, 4)].toString(), [true, false].toString()];
}

export function testErrorToString(): string[] {
  const plain: Error = new Error("boom");
  const loud: Error = new Loud("x");
  const renamed = new Error("m");
  renamed.name = "";
  return [
    plain.toString(),
    new Error().toString(),
    new TypeError("t").toString(),
    new RangeError("r").toString(),
    new Failure("f").toString(),
    loud.toString(),
    new Loud("y").toString(),
    renamed.toString(),
  ];
}

export function testCaughtErrorToString(): string[] {
  const seen: string[] = [];
  try {
    JSON.parse("{");
  } catch (error) {
    if (error instanceof SyntaxError) {
      seen.push(error.toString().split(":")[0] ?? "");
    }
  }
  try {
    throw new Failure("inner");
  } catch (error) {
    if (error instanceof Error) {
      seen.push(error.toString());
    }
  }
  return seen;
}
