// util.inspect of an array or object that holds itself: [Circular *N] where it is met again, and
// <ref *N> before the one it refers to, numbered in the order they are met (class instances and Maps are
// refused by console.log, CS1008).
interface Tree {
  name: string;
  kids: Tree[];
  parent?: Tree;
}

interface Pair {
  left: Pair[];
  right: Pair[];
  label: string;
}

export function main(): void {
  const tree: Tree = { name: "r", kids: [] };
  tree.kids.push(tree);
  console.log(tree);
  console.log([tree], { holder: tree });
  // An array met again inside itself, through the object it holds.
  console.log(tree.kids, [tree.kids, tree.kids]);
  const root: Tree = { name: "root", kids: [] };
  const child: Tree = { name: "child", kids: [], parent: root };
  root.kids.push(child, { name: "leaf", kids: [child] });
  console.log(root);
  child.kids.push(child);
  console.log(root, child);
  // The outer one is found again below the depth where Node prints [Object]: the circular check comes first.
  const third: Tree = { name: "3", kids: [] };
  const deep: Tree = { name: "deep", kids: [{ name: "1", kids: [{ name: "2", kids: [third] }] }] };
  third.kids.push(deep);
  console.log(deep);
  const a: Pair = { left: [], right: [], label: "a" };
  const b: Pair = { left: [a], right: [], label: "b" };
  a.left.push(b);
  a.right.push(a, b);
  b.right.push(b, a);
  console.log(a);
  console.log([a, b]);
  // Not circular: the same object twice, side by side.
  const shared = { x: 1 };
  console.log([shared, shared], { one: shared, two: shared });
  // <ref *1> counts in the width that decides the line breaks.
  const wide: Tree = { name: "n".repeat(26), kids: [] };
  wide.kids.push(wide);
  console.log(wide);
  wide.name = "n".repeat(27);
  console.log(wide);
  const withMethod = {
    name: "counter",
    kids: [] as Tree[],
    count(): number {
      return this.kids.length;
    },
  };
  withMethod.kids.push(withMethod, { name: "other", kids: [withMethod] });
  console.log(withMethod, withMethod.count());
}
