// Review 25A F7: a value typed `any` given where JavaScript reads null as it reads undefined (a start,
// a position, a count, parseFloat's text, JSON.stringify's space) compiles, and each matches Node for
// null, undefined, texts, booleans, arrays and objects. Review 25A F1 and F2: where null is converted
// (split's separator, Error's message), the conversion the message advises compiles.
/* eslint-disable @typescript-eslint/no-explicit-any -- values typed `any` are what these cases are about */
const INPUTS = ["null", '"2"', "1", "true", "[1]", '{"a": 1}', '"x"', "-0", "2.7", '"null"', '"  -0x1F"', '"1e400"', "[]", '"16"'];

function each(read: (value: any) => unknown): string[] {
  const values: any[] = INPUTS.map((text) => JSON.parse(text));
  values.push(undefined);
  return values.map((value) => {
    try {
      return JSON.stringify(read(value)) ?? "undefined";
    } catch (error) {
      return `threw ${(error as Error).name}`;
    }
  });
}

export function testParseFloat(): string[] {
  return each((value) => String(parseFloat(value)));
}
export function testParseInt(): string[] {
  return each((value) => String(parseInt(value)));
}
export function testParseIntRadix(): string[] {
  return each((value) => String(parseInt("ff", value)));
}
export function testNumberParse(): string[] {
  return each((value) => [String(Number.parseFloat(value)), String(Number.parseInt(value)), String(Number.parseInt("11", value))]);
}
export function testTextStart(): string[] {
  return each((value) => ["abcdef".slice(value), "abcdef".substring(value)]);
}
export function testTextPosition(): string[] {
  return each((value) => ["abcdef".charAt(value), "abcdef".charCodeAt(value), "abcdef".codePointAt(value) ?? "none", "abcdef".at(value) ?? "none"]);
}
export function testRepeat(): string[] {
  return each((value) => "ab".repeat(value));
}
export function testArrayStart(): string[] {
  const items: readonly number[] = [1, 2, 3];
  return each((value) => [[1, 2, 3].slice(value), items.slice(value), [1, 2, 3].at(value) ?? "none", items.at(value) ?? "none"]);
}
export function testToFixed(): string[] {
  return each((value) => (1.25).toFixed(value));
}
export function testStringifySpace(): string[] {
  return each((value) => JSON.stringify({ a: [1] }, null, value));
}
export function testConvertedSeparatorAndMessage(): string[] {
  return each((value) => ["a,b,null".split(String(value ?? "null")), new Error(String(value ?? "")).message]);
}
