// The field keeping the parent read by a method of the child's abstract base (review S54C, G5).
abstract class Part {
  abstract owner: Tree;
  describe(): string {
    return "part of " + this.owner.title;
  }
}
class Leaf extends Part {
  text: string;
  constructor(public owner: Tree) {
    super();
    this.text = this.describe();
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
