/** Where an expression's value goes, through any parentheses around it. */
import { Node } from "ts-morph";

/** The outermost parenthesised form of `node` (`node` itself when unwrapped) and the node that holds it. */
export function outsideParentheses(node: Node): { child: Node; parent: Node | undefined } {
  let child = node;
  let parent = node.getParent();
  while (parent !== undefined && Node.isParenthesizedExpression(parent)) {
    child = parent;
    parent = parent.getParent();
  }
  return { child, parent };
}
