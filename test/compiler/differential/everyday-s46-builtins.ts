// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): builtins.
interface Settings {
  theme: string;
  sizes: number[];
  nested: { on: boolean; list: string[] };
}
export function testClone(): unknown {
  const s: Settings = { theme: "dark", sizes: [1, 2], nested: { on: true, list: ["a"] } };
  const c: Settings = JSON.parse(JSON.stringify(s)) as Settings;
  c.nested.list.push("b");
  c.sizes[0] = 99;
  return { s, c, same: s.nested === c.nested };
}
export function testMisc(): unknown {
  const rec: Record<string, number> = { a: 1, b: 2 };
  const m = new Map(Object.entries(rec));
  m.set("c", 3);
  const arr = [1, 2, 3];
  return {
    hasOwn: [Object.keys(rec).includes("a"), Object.keys(rec).includes("z"), "a" in rec, "toString" in rec],
    fromMap: Object.fromEntries(m),
    entries: Array.from(m.entries()),
    with: arr.with(1, 20),
    arr,
    ints: [Number.isInteger(5.0), Number.isInteger(5.5), Number.isSafeInteger(2 ** 53), Number.MAX_SAFE_INTEGER, Number.EPSILON > 0],
    emptyMinMax: [Math.min(), Math.max()],
    at: [arr.at(-1), arr.at(5) ?? "none", "hey".at(-4) ?? "none"],
    keysDel: (() => {
      const mm = new Map([
        ["x", 1],
        ["y", 2],
      ]);
      mm.delete("x");
      mm.set("x", 3);
      return [...mm.keys()];
    })(),
    fill: Array.from({ length: 3 }, () => [] as number[]).map((a, i) => {
      a.push(i);
      return a;
    }),
    strs: ["a-b-c".replaceAll("-", "+"), "abc".includes(""), "Hello".startsWith("ell", 1), "x".concat("y", String(1))],
  };
}
