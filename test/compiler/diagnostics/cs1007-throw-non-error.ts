export function fail(reason: string): never {
  throw reason;
}
