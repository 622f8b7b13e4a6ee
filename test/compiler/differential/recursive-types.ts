// Types that hold themselves (`type Nest = Nest[]`) made the compiler recurse until its stack ran out
// (in the annotation of the alias, and in the check of what an array's push stores).
type Nest = Nest[];
type Tree = { name: string; kids: Tree[] } | Tree[];

export function testArrayOfItself(): string[] {
  const list: Nest = [];
  list.push([]);
  list.push([[], []]);
  const self: Nest = [];
  self.push(self);
  return [JSON.stringify(list), String(list.length), String(self[0] === self)];
}
export function testUnionHoldingItself(): string {
  const forest: Tree[] = [];
  forest.push({ name: "a", kids: [] });
  forest.push([{ name: "b", kids: [{ name: "c", kids: [] }] }]);
  return JSON.stringify(forest);
}
