// The field keeping the parent read by the child's static helper given the child (review S54C, G13).
class Leaf {
  text: string;
  constructor(public owner: Tree) {
    this.text = Leaf.describe(this);
  }
  static describe(l: Leaf): string {
    return "of " + l.owner.title;
  }
}
class Tree {
  leaf: Leaf = new Leaf(this);
  title: string | null = "t";
}
export function testA(): unknown {
  const t = new Tree();
  return [t.leaf.text, t.title];
}
