// An Error constructor called without `new` constructs all the same: Error, TypeError, RangeError (with
// a cause), SyntaxError thrown and caught by its class.
export function testErrorsCalledWithoutNew(): unknown[] {
  const plain = Error("no new");
  const typed = TypeError("bad type");
  const range = RangeError("out of range", { cause: "why" });
  let caught = "";
  try {
    throw SyntaxError("broken");
  } catch (error) {
    caught = error instanceof SyntaxError ? `syntax: ${error.message}` : "other";
  }
  return [String(plain), plain instanceof Error, String(typed), typed instanceof TypeError, range.message, String(range.cause ?? "none"), caught];
}
