// Truthiness and equality: [] and {} are truthy, NaN is falsy, true is not 1.
function truthy(value: unknown): boolean {
  return value ? true : false;
}
function loose(value: unknown): string {
  return value == null ? "nullish" : "value";
}
function strictOne(value: unknown): boolean {
  return value === 1;
}
function strictTrue(value: unknown): boolean {
  return value === true;
}
function strictText(value: unknown): boolean {
  return value === "1";
}
export function testEmptyArrayTruthy(): boolean {
  return truthy([]);
}
export function testEmptyObjectTruthy(): boolean {
  return truthy({});
}
export function testZeroFalsy(): boolean {
  return truthy(0);
}
export function testNegativeZeroFalsy(): boolean {
  return truthy(-0);
}
export function testEmptyStringFalsy(): boolean {
  return truthy("");
}
export function testNaNFalsy(): boolean {
  return truthy(NaN);
}
export function testZeroStringTruthy(): boolean {
  return truthy("0");
}
export function testSpaceTruthy(): boolean {
  return truthy(" ");
}
export function testNullFalsy(): boolean {
  return truthy(null);
}
export function testUndefinedFalsy(): boolean {
  return truthy(undefined);
}
export function testFalseFalsy(): boolean {
  return truthy(false);
}
export function testNumberTruthy(): boolean {
  return truthy(-1);
}
export function testEmptyMapTruthy(): boolean {
  return truthy(new Map<string, number>());
}
export function testNotEmptyArray(): boolean {
  const list: number[] = [];
  return !list;
}
export function testNumberCondition(): string {
  const count: number = 0;
  if (count) {
    return "some";
  }
  return "none";
}
export function testNaNCondition(): string {
  const value = NaN;
  return value ? "truthy" : "falsy";
}
export function testStringCondition(): string {
  const text: string = "";
  return text ? "text" : "empty";
}
export function testNullableObjectCondition(): string {
  const found: { a: number } | null = { a: 0 };
  return found ? "found" : "missing";
}
export function testNullableStringCondition(): string {
  const text: string | null = null;
  return text ? "yes" : "no";
}
export function testDoubleNegation(): boolean[] {
  const zero = 0;
  const text = "x";
  const list: number[] = [];
  const nan = NaN;
  return [!!zero, !!text, !!list, !!nan];
}
export function testLooseNull(): string[] {
  return [loose(null), loose(undefined), loose(0), loose(""), loose(false)];
}
export function testStrictOneNumber(): boolean {
  return strictOne(1);
}
export function testStrictOneTrue(): boolean {
  return strictOne(true);
}
export function testStrictOneFloat(): boolean {
  return strictOne(1.0);
}
export function testStrictOneText(): boolean {
  return strictOne("1");
}
export function testStrictTrueOne(): boolean {
  return strictTrue(1);
}
export function testStrictTrueTrue(): boolean {
  return strictTrue(true);
}
export function testStrictTextNumber(): boolean {
  return strictText(1);
}
export function testStrictTextText(): boolean {
  return strictText("1");
}
export function testArraysByReference(): boolean[] {
  const a = [1];
  const b = [1];
  const c = a;
  return [a === b, a === c];
}
export function testObjectsByReference(): boolean[] {
  const a = { x: 1 };
  const b = { x: 1 };
  return [a === b, a !== b];
}
export function testNotEqualNumbers(): boolean {
  const a: number = 1;
  const b: number = 2;
  return a !== b;
}
export function testNullCheckUndefined(): boolean {
  const value: number | undefined = undefined;
  return value === undefined;
}
export function testNullCheckNull(): boolean {
  const value: number | null = 5;
  return value === null;
}
export function testLooseNotNull(): boolean {
  const value: number | null = 0;
  return value != null;
}
export function testTypeofString(): string[] {
  // JSON-like values: they may be null, never undefined, so typeof can tell.
  const values: (string | number | boolean | object | null)[] = ["a", 1, true, null, [], {}, (): number => 1];
  return values.map((value) => typeof value);
}
export function testTypeofChecks(): boolean[] {
  const value: string | number | boolean | object | null = 5 as string | number | boolean | object | null;
  return [typeof value === "number", typeof value === "string", typeof value === "boolean", typeof value === "object"];
}
export function testTypeofBooleanIsNotNumber(): boolean {
  const value: unknown = true;
  return typeof value === "number";
}
export function testTypeofFunction(): boolean {
  const value: unknown = (): void => undefined;
  return typeof value === "function";
}
export function testTypeofNullObject(): boolean {
  const value: string | number | boolean | object | null = null as string | number | boolean | object | null;
  return typeof value === "object";
}
export function testInstanceofError(): boolean[] {
  const error: unknown = new Error("x");
  const text: unknown = "x";
  return [error instanceof Error, text instanceof Error];
}
export function testInstanceofArray(): boolean[] {
  const list: unknown = [1];
  const map: unknown = new Map<string, number>();
  return [list instanceof Array, map instanceof Map, Array.isArray(list), Array.isArray(map)];
}
export function testInOperator(): boolean[] {
  const record: Record<string, number> = { a: 0 };
  return ["a" in record, "b" in record];
}
export function testAndValue(): number {
  const a = 1;
  const b = 2;
  return a && b;
}
export function testAndShortCircuit(): number {
  const zero = 0;
  return zero && 5;
}
export function testOrValue(): number {
  const zero = 0;
  return zero || 7;
}
export function testOrStrings(): string {
  const empty = "";
  return empty || "fallback";
}
export function testOrObject(): number[] {
  const list: number[] = [];
  const other = [1];
  return list || other;
}
export function testAndBooleans(): boolean {
  const a = true;
  const b = false;
  return a && b;
}
export function testOrNaN(): number {
  const value = NaN;
  return value || 3;
}
