// `String` passed as a callback writes None as "undefined" where the parameter admits only undefined,
// as `String(x)` does (a type admitting both null and undefined is refused, CS1045).

export function testMapStringOverOptionalNumbers(): unknown[] {
  const opt: (number | undefined)[] = [1, undefined];
  const nul: (string | null)[] = ["a", null];
  return [opt.map(String), opt.map((x) => String(x)), nul.map(String), opt.map(String).join(",")];
}

export function testStringAsTypedFunctionValue(): string[] {
  const convert: (value: boolean | undefined) => string = String;
  const sparse: (string | undefined)[] = ["x", undefined];
  return [convert(undefined), convert(true), ...sparse.map(String)];
}
