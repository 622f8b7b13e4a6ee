// Review 20: undefined arguments passed on to string and array methods.
function maybe(k: number): number | undefined {
  return k > 0 ? k : undefined;
}
function smaybe(k: number): string | undefined {
  return k > 0 ? "*" : undefined;
}
function w(f: () => unknown): string {
  try {
    const v = f();
    return JSON.stringify(v == null ? "U" : v);
  } catch (e) {
    return "threw " + (e as Error).name + ": " + (e as Error).message;
  }
}
const u = maybe(0),
  us = smaybe(0);
const a = [1, 2, 3, 4];
export function testA(): string[] {
  return [
    w(() => a.join(us)),
    w(() => "ab".padStart(5, us)),
    w(() => "ab".padEnd(4, us)),
    w(() => "abc".startsWith("b", u)),
    w(() => "abc".endsWith("c", u)),
    w(() => "abc".includes("a", u)),
  ];
}
export function testB(): string[] {
  return [
    w(() => a.slice(u, 2)),
    w(() => a.slice(1, u)),
    w(() => [...a].splice(1, u)),
    w(() => a.indexOf(1, u)),
    w(() => a.lastIndexOf(4, u)),
    w(() => "abca".lastIndexOf("a", u)),
    w(() => "abca".indexOf("a", u)),
  ];
}
export function testC(): string[] {
  return [
    w(() => [...a].fill(0, u, 2)),
    w(() => [...a].fill(9, 1, u)),
    w(() => [[1, [2]]].flat(u)),
    w(() => "abcd".substring(1, u)),
    w(() => "abcd".slice(u, 2)),
  ];
}
export function testD(): string[] {
  return [
    w(() => (1.25).toFixed(u)),
    w(() => (1.25).toPrecision(u)),
    w(() => (1.25).toExponential(u)),
    w(() => (255).toString(u)),
    w(() => "a,b,c".split(",", u)),
    w(() => parseInt("0x1f", u)),
    w(() => a.includes(1, u)),
    w(() => JSON.stringify({ a: 1 }, null, u)),
  ];
}
