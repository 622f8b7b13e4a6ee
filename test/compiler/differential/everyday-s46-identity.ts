// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): identity.
interface Item {
  id: number;
  tags: string[];
}
export function testIdentity(): unknown {
  const a: Item = { id: 1, tags: ["x"] };
  const b: Item = { id: 1, tags: ["x"] };
  const list = [a];
  const nested = [[1, 2]];
  const m = new Map<string, Item>([["k", a]]);
  return {
    eq: [a === b, a !== b, a === list[0]],
    includes: [list.includes(b), list.includes(a), nested.includes([1, 2])],
    indexOf: [list.indexOf(b), list.indexOf(a), nested.indexOf([1, 2])],
    find: list.findIndex((x) => x === b),
    mapVal: [...m.values()].includes(b),
    lastIdx: [b, a, b].lastIndexOf(b),
    tagsEq: a.tags === b.tags,
    sw: (() => {
      switch (b) {
        case a:
          return "matched a";
        default:
          return "no";
      }
    })(),
  };
}
