// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): odd.
class AppError extends Error {}
class NamedError extends Error {
  override name = "NamedError";
}
export function testStringify(): unknown {
  const m = new Map<string, number>([["a", 1]]);
  const s = new Set<number>([1, 2]);
  return [JSON.stringify({ m, s }), JSON.stringify([m]), Object.keys(m).length, Object.entries(s).length];
}
export function testTemplates(): unknown {
  const o = { a: 1 };
  const nested = [1, [2, [3, null]], undefined];
  return [
    `${o}`,
    `${nested}`,
    String(nested),
    `${[]}`,
    `${[null]}`,
    `${null}|${undefined}`,
    [
      [2, 1],
      [10, 0],
      [1, 5],
    ]
      .sort()
      .join(";"),
    [3, 20, 100].sort().join(),
    "abc".split("", 2),
    String(new Map<string, number>()),
    `${new Set([1])}`,
  ];
}
export function testErrors(): unknown {
  return [
    String(new TypeError("x")),
    String(new AppError("y")),
    String(new NamedError("z")),
    new Error().message,
    `${new RangeError()}`,
    new AppError("q").name,
    String(new Error("multi\nline")),
  ];
}
