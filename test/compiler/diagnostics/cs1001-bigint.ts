// BigInt is not compiled: a literal (`10n`) and `BigInt()` are refused, naming what to write
// (numbers are exact integers up to 2^53; larger ones as strings of digits).
export function power(): bigint {
  return 10n ** 20n;
}
export function made(): string {
  return BigInt(5).toString();
}
