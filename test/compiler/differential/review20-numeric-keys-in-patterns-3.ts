// Review 20: numeric keys in object literals and their reads.
export function testNumericLiteralKeys(): unknown[] {
  const o = {
    1e21: "a",
    0.1: "b",
    1.0: "c",
    0x10: "d",
    1_000: "e",
    0.5: "f",
    1e-7: "g",
    0b11: "h",
    0o7: "i",
    1.5: "j",
    2: "k",
    9007199254740993: "l",
    5e-324: "m",
    0.000001: "n",
  };
  return [Object.keys(o), JSON.stringify(o), o[1e21], o[0.1], o[16], o[1000], o[0.5], o[2], o[3]];
}
export function testNumericKeyAccess(): unknown[] {
  const o = { 1: "one", 10: "ten", 1.5: "x" };
  const k = 1.5;
  const r: Record<number, string> = o;
  return [o[1], o["10"], o[1.5], r[k], r[1.5], r[15 / 10], Object.entries(o)];
}
export function testComputedKeys(): unknown[] {
  const k1 = -0,
    k2 = 1e21,
    k3 = 0.1 + 0.2;
  const o = { [k1]: "a", [k2]: "b", [k3]: "c" };
  return [Object.keys(o), JSON.stringify(o)];
}
export function testDestructureNumKey(): unknown[] {
  const o = { 0.5: "half", 1e21: "big" };
  const { 0.5: h, 1e21: b } = o;
  return [h, b];
}
export function testInterfaceNumKey(): unknown[] {
  interface T {
    1.5: string;
    0x20: number;
  }
  const t: T = { 1.5: "x", 32: 3 };
  return [t[1.5], t[0x20], Object.keys(t)];
}
