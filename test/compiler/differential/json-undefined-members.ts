// JSON.stringify leaves out a member holding undefined and writes null for one holding null; in an array
// both are null. Which one a None member is comes from the value's type.
interface Endpoint {
  host: string;
  port?: number;
  note?: string;
}
interface Row {
  name: string;
  value: number | null;
}
function endpoint(port: number | undefined, note?: string): Endpoint {
  return { host: "h", port, note };
}
export function testOptionalMembersLeftOut(): string[] {
  return [JSON.stringify(endpoint(undefined)), JSON.stringify(endpoint(80, "n")), JSON.stringify(endpoint(undefined, "x"), null, 2)];
}
export function testNestedOptionalMembers(): string {
  const list: Endpoint[] = [endpoint(1), endpoint(undefined)];
  return JSON.stringify({ list, first: list[0] });
}
export function testLiteralWithUndefined(): string {
  const missing: string | undefined = undefined;
  return JSON.stringify({ a: 1, b: missing, c: [missing, 2] });
}
export function testNullMembersWritten(): string {
  const rows: Row[] = [
    { name: "a", value: null },
    { name: "b", value: 2 },
  ];
  return JSON.stringify(rows);
}
export function testRecordOfOptionalValues(): string {
  const counts: Record<string, number | undefined> = { a: 1, b: undefined };
  return JSON.stringify(counts);
}
export function testParsedDataKeepsNull(): string {
  const parsed = JSON.parse('{"a":null,"b":[null,1]}') as unknown;
  return JSON.stringify(parsed);
}
