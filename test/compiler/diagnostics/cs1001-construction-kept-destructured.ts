// The field keeping the parent destructured from the instance (review S54C, G11).
class Leaf {
  text: string;
  constructor(public owner: Tree) {
    this.text = this.describe();
  }
  describe(): string {
    const { owner } = this;
    return "of " + owner.title;
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
