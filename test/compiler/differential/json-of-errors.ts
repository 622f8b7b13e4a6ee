// JSON.stringify of an Error prints what Node prints: none of the Error's own properties (its
// message and cause when its constructor was given them, its stack), but the fields a subclass
// declares and the `name`, `message` or `cause` its constructor sets where the Error's constructor
// did not (after the class's fields, before a subclass's); caught, inside data, typed as a base
// class, and a TypeError the runtime raised. (A value typed Error is refused in this corpus, one
// program where some class derived from Error cannot be printed: cs1017-json-of-class.)
class AppError extends Error {
  code = 3;
  constructor(
    message: string,
    public detail: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}
class Later extends Error {
  constructor() {
    super();
    this.message = "set later";
  }
}
class Caused extends Error {
  extra = 1;
  constructor() {
    super("c", { cause: "why" });
  }
}
class Named extends AppError {
  level = 2;
  override name = "Named";
}
class Plain extends Error {}
function fail(n: number): number {
  if (n === 0) throw new AppError("boom", "d");
  if (n === 1) throw new TypeError("bad");
  if (n === 2) throw new Later();
  if (n === 3) throw new Caused();
  if (n === 4) throw new Named("x", "y");
  if (n === 5) throw new Plain("p");
  if (n === 6) throw new Error();
  return n;
}
export function testCaught(): string[] {
  const out: string[] = [];
  for (let n = 0; n < 8; n++) {
    try {
      out.push(String(fail(n)));
    } catch (error) {
      out.push(JSON.stringify(error));
      out.push(JSON.stringify({ error }));
    }
  }
  return out;
}
export function testDirect(): string[] {
  const e: AppError = new Named("m", "d");
  return [
    JSON.stringify(new AppError("m", "d")),
    JSON.stringify(e),
    JSON.stringify([new Named("x", "y")], null, 1),
    String(new Later()),
    new Error().message + "|",
  ];
}
export function testRuntimeTypeError(): string {
  try {
    const value: { a: number } | null = JSON.parse("null") as { a: number } | null;
    return String(value!.a);
  } catch (error) {
    return JSON.stringify(error);
  }
}
