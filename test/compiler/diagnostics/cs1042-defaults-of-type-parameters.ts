// Review S49B, G5: a default for a value of an unconstrained type parameter, which may be null.
// The advice named the type it complained about; it now names the constraint to write.
export function firstOr<T>(xs: T[], fallback: T = xs[0]!): T {
  return xs.length > 1 ? xs[1]! : fallback;
}
