// null, undefined, ?? and ?. — both are None in Python, and must still act like JavaScript.
interface Settings {
  name: string;
  port?: number;
  nested?: { level: number } | null;
}
function maybe<T>(value: T | null): T | null {
  return value;
}
function settings(withPort: boolean): Settings {
  return withPort ? { name: "a", port: 0, nested: { level: 2 } } : { name: "b" };
}
export function testCoalesceZero(): number {
  const zero: number | null = 0;
  return zero ?? 5;
}
export function testCoalesceEmptyString(): string {
  const empty: string | null = "";
  return empty ?? "x";
}
export function testCoalesceNull(): string {
  const missing: string | null = null;
  return missing ?? "was null";
}
export function testCoalesceUndefined(): string {
  const missing: string | undefined = undefined;
  return missing ?? "was undefined";
}
export function testCoalesceFalse(): boolean {
  const flag: boolean | null = false;
  return flag ?? true;
}
export function testCoalesceChain(): number {
  const a: number | null = null;
  const b: number | null = null;
  return a ?? b ?? 3;
}
export function testCoalesceCallOnce(): number[] {
  let calls = 0;
  const next = (): number | null => {
    calls += 1;
    return calls > 5 ? 1 : null;
  };
  const value = next() ?? 9;
  return [value, calls];
}
export function testOptionalPropertyPresent(): number {
  return settings(true).port ?? 80;
}
export function testOptionalPropertyMissing(): number {
  return settings(false).port ?? 80;
}
export function testOptionalChainPresent(): string {
  return String(settings(true).nested?.level);
}
export function testOptionalChainMissing(): string {
  return String(settings(false).nested?.level);
}
export function testOptionalChainOnNull(): string {
  const value = maybe<Settings>(null);
  return String(value?.name);
}
export function testOptionalChainOnValue(): string {
  const value: Settings | null = settings(true);
  return String(value?.name);
}
export function testOptionalCall(): string {
  const callback = maybe<() => string>(null);
  return String(callback?.());
}
export function testOptionalCallPresent(): string {
  const callback: (() => string) | undefined = (): string => "called";
  return String(callback?.());
}
export function testOptionalElement(): string {
  const list = maybe<number[]>(null);
  return String(list?.[0]);
}
export function testOptionalElementPresent(): string {
  const list: number[] | null = [4];
  return String(list?.[0]);
}
export function testNullishAssign(): number {
  let value: number | null = null;
  value ??= 4;
  value ??= 8;
  return value;
}
export function testOrAssign(): string {
  let text = "";
  text ||= "filled";
  return text;
}
export function testAndAssign(): number {
  let value = 2;
  value &&= 10;
  return value;
}
export function testUndefinedVariable(): string {
  let value: string | undefined;
  return String(value);
}
export function testArrayHoleIsUndefined(): string {
  const list: number[] = [1];
  return String(list[3]);
}
export function testRecordMissingKey(): string {
  const record: Record<string, string> = {};
  return String(record["missing"]);
}
export function testRecordMissingKeyDefault(): string {
  const record: Record<string, string> = {};
  return record["missing"] ?? "default";
}
export function testRecordNullValueDefault(): string {
  const record: Record<string, string | null> = { a: null };
  return record["a"] ?? "default";
}
export function testMapGetMissing(): string {
  const map = new Map<string, number>();
  return String(map.get("x"));
}
export function testNullInArrayJson(): string {
  return JSON.stringify([null, undefined]);
}
export function testNullPropertyJson(): string {
  const value: { a: string | null } = { a: null };
  return JSON.stringify(value);
}
export function testNullEqualsUndefinedLoosely(): boolean {
  const a = maybe<string>(null);
  return a == undefined;
}
export function testStrictNullVersusUndefined(): boolean[] {
  const value: string | null | undefined = null;
  return [value === null, value == undefined];
}
