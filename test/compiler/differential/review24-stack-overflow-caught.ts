// Review 24B F13: a caught stack overflow is JavaScript's RangeError "Maximum call stack size
// exceeded"; Python's RecursionError was no RangeError, and its name and message differed on each
// Python ("… while calling a Python object", "… in comparison").
function endless(depth: number): number {
  return endless(depth + 1) + 1;
}
export function testCaughtOverflow(): unknown[] {
  try {
    return [endless(0)];
  } catch (error) {
    return [error instanceof RangeError, error instanceof Error, error instanceof TypeError, (error as Error).name, (error as Error).message, String(error)];
  }
}
export function testTooDeeplyNested(): string {
  try {
    endless(0);
    return "returned";
  } catch (error) {
    if (error instanceof RangeError) {
      return "too deeply nested: " + error.message;
    }
    throw error;
  }
}
