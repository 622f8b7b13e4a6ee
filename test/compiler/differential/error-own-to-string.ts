// An Error subclass with its own toString(): String(), templates, `+`, join and util.format's %s
// all call it, as for any class (js_str looked at the error first and gave "Error: boom").
class AppError extends Error {
  override toString(): string {
    return `AppError<${this.message}>`;
  }
}
class ChildOfApp extends AppError {}
class PlainError extends Error {}

export function testOwnToStringOfErrors(): string[] {
  const error = new AppError("boom");
  return [String(error), `${error}`, "message: " + error, error.toString(), [error, new ChildOfApp("deep")].join(";")];
}
export function testCaughtErrorWithOwnToString(): string {
  try {
    throw new ChildOfApp("thrown");
  } catch (caught) {
    return String(caught);
  }
}
export function testErrorsWithoutOwnToString(): string[] {
  return [String(new PlainError("plain")), `${new RangeError("range")}`];
}
