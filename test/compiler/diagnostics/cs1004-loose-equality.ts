export function same(a: number, b: string): boolean {
  return a == Number(b) || b != "x";
}
