// Review 21: a string, a number or an array given for a type parameter whose constraint has methods:
// the generic body calls them as a Python object's (`x.to_upper_case()`), which raised AttributeError.
// A constraint of toString() alone compiles (x.toString() is String(x) there).
function up<T extends { toUpperCase(): string }>(x: T): string {
  return x.toUpperCase();
}
function fixed<T extends { toFixed(digits: number): string }>(x: T): string {
  return x.toFixed(2);
}
function joined<T extends { join(separator: string): string }>(x: T): string {
  return x.join("-");
}
function shown<T extends { toString(): string }>(x: T): string {
  return x.toString();
}
export function uses(): string[] {
  return [up("abc"), fixed(3.14159), joined([1, 2, 3]), up<string>("x"), shown(3.5)];
}
