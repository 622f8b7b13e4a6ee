// `f.length` counts the parameters JavaScript sees: TypeScript's `this: T` parameter is erased.

interface Ctx {
  base: number;
}

function withThisVoid(this: void, a: number, b?: number): number {
  return a + (b ?? 1);
}

// Only its length is read: a function that reads its `this` parameter compiles to a read of an
// unbound `self` today (found here by pyright; a refusal is the next stop's work).
function withThisCtx(this: Ctx, a: number): number {
  return a;
}

function withThisDefault(this: void, a: number, b = 2, ...rest: number[]): number {
  return a + b + rest.length;
}

function withThisOnly(this: void): number {
  return 0;
}

export function testFunctionLengthIgnoresThisParameter(): unknown[] {
  return [withThisVoid(2), withThisVoid.length, withThisCtx.length, withThisDefault.length, withThisOnly.length, withThisVoid.name];
}
