// Object destructuring of an Error is refused, with the member read to write instead: the runtime
// reads an Error's message, name and stack (`js_error_message(e)`), which a pattern's reads are not.
// A rest element of an object literal with methods is refused as one of a class instance is, with
// its own words (review 19: it was called a class instance).
class CodeError extends Error {
  code = 42;
}

export function destructuredError(): unknown[] {
  try {
    throw new CodeError("failed");
  } catch (error) {
    if (error instanceof CodeError) {
      const { code, message } = error;
      return [code, message];
    }
    return [];
  }
}

export function restOfALiteralWithAGetter(): unknown {
  const source = {
    a: 1,
    get b(): number {
      return 2;
    },
    c: 3,
  };
  const { a, ...rest } = source;
  return [a, rest];
}
