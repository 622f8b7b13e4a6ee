// Error subclasses: thrown, caught with instanceof, printed; JSON.parse throws SyntaxError.
class NotFound extends RangeError {
  constructor(readonly key: string) {
    super(`no ${key}`);
  }
}
function kind(error: unknown): string {
  if (error instanceof SyntaxError) return "SyntaxError";
  if (error instanceof RangeError) return "RangeError";
  if (error instanceof TypeError) return "TypeError";
  if (error instanceof Error) return "Error";
  return "?";
}
export function testJsonParseSyntaxError(): string[] {
  try {
    JSON.parse("{bad");
    return ["parsed"];
  } catch (error) {
    return [kind(error), String(error instanceof Error)];
  }
}
export function testJsonParseEmpty(): string {
  try {
    JSON.parse("");
    return "parsed";
  } catch (error) {
    return kind(error);
  }
}
export function testJsonParseNaNIsSyntaxError(): string {
  try {
    JSON.parse("NaN");
    return "parsed";
  } catch (error) {
    return kind(error);
  }
}
export function testJsonParseBigInteger(): string[] {
  const parsed = JSON.parse("[9007199254740993, -0, 12345678901234567890]") as number[];
  return parsed.map((value) => String(value)).concat(String(1 / (parsed[1] ?? 1)));
}
export function testThrowTypeError(): string[] {
  try {
    throw new TypeError("wrong type");
  } catch (error) {
    return [kind(error), error instanceof Error ? error.message : "", String(error)];
  }
}
export function testThrowRangeError(): string[] {
  try {
    throw new RangeError("too far");
  } catch (error) {
    return [kind(error), String(error)];
  }
}
export function testThrowSyntaxError(): string {
  try {
    throw new SyntaxError("bad");
  } catch (error) {
    return kind(error) + ":" + String(error);
  }
}
export function testRepeatNegativeIsRangeError(): string {
  try {
    return "x".repeat(-1);
  } catch (error) {
    return kind(error);
  }
}
export function testToFixedRangeError(): string {
  try {
    return (1.5).toFixed(200);
  } catch (error) {
    return kind(error);
  }
}
export function testRangeErrorSubclass(): string[] {
  try {
    throw new NotFound("movie");
  } catch (error) {
    return [kind(error), error instanceof NotFound ? error.key : "", error instanceof Error ? error.message : ""];
  }
}
export function testPlainErrorIsNotTypeError(): string {
  try {
    throw new Error("plain");
  } catch (error) {
    return kind(error);
  }
}
