// Review 20: an Error's stack that the program sets (this.stack = …, a field) is what it reads back.
class Wrapped extends Error {
  constructor(msg: string, cause: Error) {
    super(msg);
    this.stack = "Wrapped: " + msg + "\ncaused by " + cause.message;
  }
}
export function testAssignedStack(): unknown[] {
  const w = new Wrapped("outer", new Error("inner"));
  return [w.stack ?? null];
}
class Custom extends Error {
  override stack = "fixed stack";
}
export function testFieldStack(): unknown[] {
  return [new Custom("m").stack ?? null];
}
