// Plain objects (dicts), JSON text identical to Node's, Object helpers, spread.
interface Point {
  x: number;
  y: number;
  label?: string;
}
export function testObjectLiteral(): Point {
  return { x: 1, y: 2 };
}
export function testPropertyRead(): number {
  const point: Point = { x: 3, y: 4 };
  return point.x + point.y;
}
export function testPropertyWrite(): Point {
  const point: Point = { x: 3, y: 4 };
  point.x = 10;
  return point;
}
export function testOptionalPropertyMissing(): string {
  const point: Point = { x: 0, y: 0 };
  return String(point.label);
}
export function testOptionalPropertyPresent(): string {
  const point: Point = { x: 0, y: 0, label: "origin" };
  return point.label ?? "?";
}
export function testShorthand(): Point {
  const x = 5;
  const y = 6;
  return { x, y };
}
export function testComputedKey(): Record<string, number> {
  const key = "dynamic";
  return { [key]: 1 };
}
export function testNumericKey(): Record<string, string> {
  return { 1: "one", 2.5: "two and a half" };
}
export function testQuotedKey(): Record<string, number> {
  return { "with space": 1, "a-b": 2 };
}
export function testSpreadObject(): Point {
  const base: Point = { x: 1, y: 2 };
  return { ...base, y: 5 };
}
export function testSpreadOrder(): Record<string, number> {
  const base = { b: 2, a: 1 };
  return { z: 0, ...base };
}
export function testKeys(): string[] {
  return Object.keys({ b: 1, a: 2 });
}
export function testValues(): number[] {
  return Object.values({ b: 1, a: 2 });
}
export function testEntries(): [string, number][] {
  return Object.entries({ b: 1, a: 2 });
}
export function testAssign(): Record<string, number> {
  const target: Record<string, number> = { a: 1 };
  Object.assign(target, { b: 2 }, { a: 3 });
  return target;
}
export function testRecordLoop(): string[] {
  const record: Record<string, number> = { one: 1, two: 2 };
  const out: string[] = [];
  for (const key of Object.keys(record)) {
    out.push(`${key}:${record[key] ?? 0}`);
  }
  return out;
}
export function testDeleteWhileLoopingKeys(): string[] {
  const record: Record<string, number> = { a: 1, b: 2 };
  for (const key of Object.keys(record)) {
    record[key + "x"] = 0;
  }
  return Object.keys(record);
}
export function testIn(): boolean[] {
  const record: Record<string, number | undefined> = { a: undefined };
  return ["a" in record, "b" in record];
}
export function testDestructuring(): (number | string)[] {
  const point: Point = { x: 1, y: 2 };
  const { x, y, label = "none" } = point;
  return [x, y, label];
}
export function testDestructuringRename(): number {
  const point: Point = { x: 7, y: 2 };
  const { x: across } = point;
  return across;
}
export function testNestedObjects(): number {
  const data = { outer: { inner: { value: 42 } } };
  return data.outer.inner.value;
}
export function testJsonStringifyOrder(): string {
  return JSON.stringify({ b: 1, a: [true, null, "x"], c: { d: 1.5 } });
}
export function testJsonStringifyUnicode(): string {
  return JSON.stringify({ text: 'é\n"q"\t\u0001' });
}
export function testJsonStringifyIndent(): string {
  return JSON.stringify({ a: [1, { b: 2 }], c: {} }, null, 2);
}
export function testJsonStringifyIndentText(): string {
  return JSON.stringify([1, 2], null, "--");
}
export function testJsonStringifyNumbers(): string {
  return JSON.stringify([1.0, 0.1, 1e21, 1e-7, -0, 123456789.5]);
}
export function testJsonStringifyString(): string {
  return JSON.stringify("plain");
}
export function testJsonStringifyNull(): string {
  return JSON.stringify(null);
}
export function testJsonStringifyEmpty(): string {
  return JSON.stringify({ a: [], b: {} });
}
export function testJsonStringifyLineSeparator(): string {
  return JSON.stringify("a\u2028b");
}
export function testJsonParseObject(): Record<string, unknown> {
  return JSON.parse('{"n": 1.0, "list": [1, 2], "s": "\\u00e9"}') as Record<string, unknown>;
}
export function testJsonParseNumberPrinting(): string {
  const value = JSON.parse("2.0") as number;
  return `${value}`;
}
export function testJsonParseNested(): number {
  const data = JSON.parse('{"a": {"b": [10, 20]}}') as { a: { b: number[] } };
  return data.a.b[1] ?? 0;
}
export function testJsonParseInvalidThrows(): unknown {
  return JSON.parse("{not json");
}
export function testJsonParseNaNThrows(): unknown {
  return JSON.parse("NaN");
}
export function testJsonParseTrailingCommaThrows(): unknown {
  return JSON.parse("[1,]");
}
export function testJsonParseDuplicateKeys(): unknown {
  return JSON.parse('{"a": 1, "a": 2}');
}
export function testJsonRoundTrip(): string {
  const text = '{"z":1,"a":[1.5,"x",null,true]}';
  return JSON.stringify(JSON.parse(text));
}
export function testJsonParseWhitespace(): unknown {
  return JSON.parse(" \n [1] \t");
}
export function testTypeofParsed(): string[] {
  const data = JSON.parse('[1, "a", null, {}, [], true]') as (string | number | boolean | object | null)[];
  return data.map((value) => typeof value);
}
export function testObjectToString(): string {
  return String({ a: 1 });
}
