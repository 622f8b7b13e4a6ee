// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): valid.
type Result<T, E = ValidationError> = { ok: true; value: T } | { ok: false; error: E };

class ValidationError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = "ValidationError";
  }
}
class RangeValidationError extends ValidationError {
  constructor(
    path: string,
    readonly min: number,
    readonly max: number,
    readonly actual: number,
  ) {
    super(path, `${actual} not in [${min}, ${max}]`);
    this.name = "RangeValidationError";
  }
}

type Validator<T> = (input: unknown, path: string) => Result<T>;

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (error: ValidationError): Result<never> => ({ ok: false, error });

const str =
  (opts: { minLen?: number; pattern?: RegExp } = {}): Validator<string> =>
  (input, path) => {
    if (typeof input !== "string") return fail(new ValidationError(path, `expected string, got ${input == null ? "nothing" : typeof input}`));
    if (opts.minLen !== undefined && input.length < opts.minLen) return fail(new ValidationError(path, `too short (${input.length} < ${opts.minLen})`));
    if (opts.pattern && !opts.pattern.test(input)) return fail(new ValidationError(path, `does not match ${opts.pattern}`));
    return ok(input);
  };

const num =
  (min = -Infinity, max = Infinity): Validator<number> =>
  (input, path) => {
    if (typeof input !== "number" || Number.isNaN(input)) return fail(new ValidationError(path, "expected number"));
    if (input < min || input > max) return fail(new RangeValidationError(path, min, max, input));
    return ok(input);
  };

const optional =
  <T>(v: Validator<T>): Validator<T | undefined> =>
  (input, path) =>
    input == null ? ok(undefined) : v(input, path);

const array =
  <T>(v: Validator<T>): Validator<T[]> =>
  (input, path) => {
    if (!Array.isArray(input)) return fail(new ValidationError(path, "expected array"));
    const out: T[] = [];
    for (const [i, item] of input.entries()) {
      const r = v(item, `${path}[${i}]`);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return ok(out);
  };

function object<S extends Record<string, Validator<unknown>>>(shape: S): Validator<{ [K in keyof S]: S[K] extends Validator<infer U> ? U : never }> {
  return (input, path) => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) return fail(new ValidationError(path, "expected object"));
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(shape)) {
      const r = v((input as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (!r.ok) return r;
      if (r.value != null) out[key] = r.value;
    }
    return ok(out as { [K in keyof S]: S[K] extends Validator<infer U> ? U : never });
  };
}

const userV = object({
  name: str({ minLen: 2 }),
  email: str({ pattern: /^[^@\s]+@[^@\s]+\.\w+$/ }),
  age: optional(num(0, 150)),
  tags: array(str()),
});

function describe(r: Result<unknown>): unknown {
  if (r.ok) return { ok: r.value };
  const e = r.error;
  return {
    msg: e.message,
    name: e.name,
    path: e.path,
    isRange: e instanceof RangeValidationError,
    isVal: e instanceof ValidationError,
    isErr: e instanceof Error,
    range: e instanceof RangeValidationError ? [e.min, e.max, e.actual] : null,
  };
}

export function testValidation(): unknown {
  const inputs: unknown[] = [
    { name: "Bo", email: "bo@x.io", tags: ["a"] },
    { name: "Bo", email: "bo@x.io", age: 200, tags: [] },
    { name: "B", email: "bo@x.io", tags: [] },
    { name: "Bob", email: "nope", tags: [] },
    { name: "Bob", email: "b@c.de", age: 30, tags: ["x", 5] },
    JSON.parse('{"name":"Zed","email":"z@z.zz","age":null,"tags":[]}'),
    [1, 2],
    null,
    "string",
  ];
  return inputs.map((i) => describe(userV(i, "")));
}
