// Members that may be undefined under a computed key (`{ [field]: value }`, a union of literal keys,
// a template key), a void call's result, beside later members that may replace them at run time:
// JSON.stringify leaves out what Node leaves out (review S45T, H4: computed keys were never marked).
const K = "kk";
enum E {
  A = "ea",
}
export function testNumericKeys(): unknown {
  const v: string | undefined = undefined;
  const o = { 1: v, 2.5: v, [K]: v, [E.A]: v, x: 1 };
  return [JSON.stringify(o), Object.keys(o)];
}
export function testComputedString(): unknown {
  const k: string = "dyn";
  const v: number | undefined = undefined;
  return JSON.stringify({ [k]: v, a: 1 });
}
export function testComputedTemplate(): unknown {
  const i = 3;
  const v: number | undefined = undefined;
  return JSON.stringify({ [`k${i}`]: v, a: 1 });
}
export function testJsObjectLaterNull(): unknown {
  const o: { a?: number | null; readonly g: number } = {
    a: undefined,
    get g() {
      return 1;
    },
  };
  o.a = null;
  return JSON.stringify(o);
}
export function testVoidMember(): unknown {
  function nothing(): void {}
  return JSON.stringify({ r: nothing(), a: 1 });
}
export function testOptionalChainNullable(): unknown {
  const u: { p?: { q: number } } = {};
  return JSON.stringify({ q: u.p?.q, a: 1 });
}
export function testArrayElementUndefined(): unknown {
  const xs: (number | undefined)[] = [1, undefined];
  return JSON.stringify({ first: xs[1], arr: xs });
}
export function testSatisfies(): unknown {
  const o = { a: undefined } satisfies { a?: number | null };
  return JSON.stringify(o);
}
export function testAsConst(): unknown {
  const o = { a: undefined, b: [undefined] } as const;
  return JSON.stringify(o);
}
export function testLaterComputedKeyReplaces(): unknown {
  const key: string = "a";
  const other: string = "b";
  const value: number | undefined = undefined;
  return [
    JSON.stringify({ a: value, [key]: null }),
    JSON.stringify({ [key]: value, a: null }),
    JSON.stringify({ [key]: value, [other]: 2 }),
    JSON.stringify({ [other]: value, updatedAt: 1 }),
  ];
}
