// A generic class given for a generic interface, whose method returns another instantiation with type
// arguments of its own: one nested instantiation is still looked into (deeper ones, built from the outer
// type arguments, are not, which keeps a chain of methods returning instantiations fast: review S48B, F1).
class Plain {
  v = 1;
}
interface INode<T> {
  value(): T;
  child(): INode<{ v: number }>;
}
class Node<T> {
  constructor(private held: T) {}
  value(): T {
    return this.held;
  }
  child(): Node<Plain> {
    return new Node(new Plain());
  }
}
export function refused(): unknown {
  const n: INode<number> = new Node(3);
  return n;
}
