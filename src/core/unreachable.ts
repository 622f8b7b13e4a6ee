/**
 * The end of a `switch` that handles every kind of a tagged union. TypeScript proves it is never
 * reached (`value` has type never there); the compiled Python, which has no such proof, gets a
 * clear error instead of silently returning None if a new kind is ever left out.
 */
export function unreachable(value: never, what: string): never {
  throw new Error(`unknown ${what}: ${JSON.stringify(value)}`);
}
