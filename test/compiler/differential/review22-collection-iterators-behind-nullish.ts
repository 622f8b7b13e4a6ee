// Review 22B: a Map's or Set's keys()/values()/entries() behind `?.` and `??` (or a `?:` branch)
// whose result is spread or given to Array.from at once is walked at once too: it compiles, as the
// iterator alone did (CS1001 took it for one kept as a value).
const graph = new Map<string, Map<string, number>>([
  [
    "a",
    new Map([
      ["x", 1],
      ["y", 2],
    ]),
  ],
]);
export function testSpreadBehindNullish(): string[][] {
  return [[...(graph.get("a")?.keys() ?? [])], [...(graph.get("zz")?.keys() ?? [])]];
}
export function testArrayFromBehindNullish(): number[][] {
  return [Array.from(graph.get("a")?.values() ?? []), Array.from(graph.get("zz")?.values() ?? [0])];
}
export function testConditionalBranches(): (string | number)[][] {
  const pick = (key: string): (string | number)[][] => {
    const edges = graph.get(key);
    return [...(edges !== undefined ? edges.entries() : [["none", 0] as [string, number]])];
  };
  return [...pick("a"), ...pick("b")];
}
export function testSetValuesBehindNullish(): number[] {
  const tags = new Map<string, Set<number>>([["k", new Set([3, 1])]]);
  return [...(tags.get("k")?.values() ?? []), ...(tags.get("q")?.values() ?? [9])];
}
