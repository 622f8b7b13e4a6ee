// Values that are Errors still pass where an Error is expected: a new Error, a subclass, a caught
// value cast to Error, an Error with an extra field set on it (plain objects are refused, CS1051).

class HttpError extends Error {
  code = 404;
}

type Coded = Error & { code?: number };

function report(error: Error): string {
  return `${error.name}:${error.message}`;
}

function coded(message: string, code: number): Coded {
  const error: Coded = new Error(message);
  error.code = code;
  return error;
}

export function testErrorsGivenAsErrors(): string[] {
  const out = [report(new Error("plain")), report(new HttpError("missing")), report(new RangeError("range"))];
  try {
    JSON.parse("{");
  } catch (caught) {
    out.push(report(caught as Error).split(":")[0] ?? "");
  }
  const withCode = coded("gone", 410);
  out.push(report(withCode), String(withCode.code));
  return out;
}
