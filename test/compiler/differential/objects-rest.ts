// Object rest in destructuring, and delete on plain objects.
interface Settings {
  host: string;
  port: number;
  user?: string;
  tags: string[];
}
export function testObjectRest(): unknown[] {
  const settings: Settings = { host: "h", port: 1883, user: "u", tags: ["a"] };
  const { host, ...rest } = settings;
  return [host, rest];
}
export function testObjectRestOfRecord(): Record<string, number> {
  const record: Record<string, number> = { b: 1, "2": 2, a: 3 };
  const { a, ...others } = record;
  return { ...others, total: (a ?? 0) + 1 };
}
export function testObjectRestEmpty(): string {
  const point = { x: 1 };
  const { x, ...rest } = point;
  return JSON.stringify(rest) + x;
}
export function testObjectRestWithDefault(): unknown[] {
  const options: { size?: number; color: string; shade: string } = { color: "red", shade: "dark" };
  const { size = 10, ...rest } = options;
  return [size, rest];
}
export function testObjectRestDoesNotAlias(): number[] {
  const source = { a: 1, b: 2 };
  const { a, ...copy } = source;
  copy.b = 99;
  return [a, source.b, copy.b];
}
export function testDeleteKey(): Record<string, number> {
  const record: Record<string, number> = { a: 1, b: 2, c: 3 };
  delete record["b"];
  delete record["missing"];
  return record;
}
export function testDeleteOptionalField(): string {
  const settings: Settings = { host: "h", port: 1, user: "u", tags: [] };
  delete settings.user;
  return JSON.stringify(settings);
}
export function testDeleteAsValue(): boolean[] {
  const record: Record<string, number> = { a: 1 };
  return [delete record["a"], delete record["a"], "a" in record];
}
export function testDeleteNumberKey(): string[] {
  const record: Record<number, string> = { 1: "one", 2: "two" };
  delete record[1];
  return Object.keys(record);
}
