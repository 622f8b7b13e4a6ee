export function join(a: unknown, b: unknown): unknown {
  return (a as any) + (b as any);
}
