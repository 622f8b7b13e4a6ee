// The result of a call typed to return void, used as a value, is refused where the function may be
// any that TypeScript lets stand for it (a function-typed value, an interface's or a class's method,
// a generic function given one): `() => null` passes for `() => void`, and its None would be taken
// for undefined (review S60C, 2). A call of the program's own function declaration or of the
// library, a result dropped, and one handed on as a void result compile.
interface VoidJob {
  runVoidJob(): void;
}

function attemptVoid<T>(step: () => T): T | undefined {
  return step();
}

function logVoid(message: string): void {
  console.log(message);
}

export function voidResults(callback: () => void, job: VoidJob, handlers: ((value: number) => void)[]): unknown[] {
  const fromCallback = callback();
  const handled = handlers.map((handler) => handler(1));
  callback();
  handlers.forEach((handler) => handler(2));
  const forwarded = (): void => callback();
  const own = logVoid("own");
  const library = handlers.forEach((handler) => handler(3));
  return [fromCallback, `${job.runVoidJob()}`, handled, String(attemptVoid(callback)), forwarded, own, library];
}
