// The standard library's classes and functions the runtime lacks name what to write instead: a Date
// is a number of milliseconds, a typed array a number[] with the bitwise operators (its index and
// its members too, not the class-instance advice), escape is encodeURIComponent, RegExp needs new.
export function stamp(): number {
  return new Date().getTime();
}
export function bytes(values: Uint8Array): number {
  const copy = new Uint8Array(values.length);
  copy[0] = values[0] ?? 0;
  return copy.byteLength;
}
export function escaped(text: string): string {
  return escape(text);
}
export function pattern(source: string): boolean {
  return RegExp(source).test("a");
}
export function firstOf(items: number[]): number | undefined {
  return items[Symbol.iterator]().next().value;
}
export function weak(key: object): boolean {
  return new WeakRef(key).deref() === key;
}
// Intl's text depends on the locale and on Node's ICU data: refused once, with a recipe (review
// S46B, F5: the class and then its method were refused, neither saying what to write).
export function price(amount: number): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(amount);
}
export function sorted(names: string[]): string[] {
  const collator = new Intl.Collator("en");
  return [...names].sort(collator.compare);
}
