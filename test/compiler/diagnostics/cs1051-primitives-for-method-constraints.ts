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
// Review S45V, L5: plain objects given for a type parameter constrained by a class, where the
// declared type holds it deeper than `T` or `T[]` (the inferred T is the literal's type, so the
// literal is built as a dict and the body's `.v` raised AttributeError).
class Dflt {
  v = 1;
}
function nested<T extends Dflt>(xss: T[][]): number {
  return xss[0]![0]!.v;
}
function either<T extends Dflt>(x: T[] | T): number {
  return Array.isArray(x) ? x[0]!.v : x.v;
}
function boxed<T extends Dflt>(b: { item: T }): number {
  return b.item.v;
}
function firstTuple<T extends Dflt>(xs: [T, T]): number {
  return xs[1].v;
}
export function deeper(): number[] {
  const pair: [{ v: number }, { v: number }] = [{ v: 1 }, { v: 3 }];
  const plain = { v: 5 };
  return [nested([[{ v: 5 }]]), either([{ v: 6 }]), either({ v: 7 }), boxed({ item: { v: 9 } }), firstTuple([{ v: 1 }, { v: 2 }]), firstTuple(pair), nested<Dflt>([[plain]])];
}
