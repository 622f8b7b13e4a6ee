/** Where an expression's value goes, or what it is, through any parentheses around or inside it. */
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

/** What `node` is inside any parentheses (`((x))` → `x`). */
export function insideParentheses(node: Node): Node {
  let inner = node;
  while (Node.isParenthesizedExpression(inner)) {
    inner = inner.getExpression();
  }
  return inner;
}

/** What `node` is inside any parentheses and non-null assertions (`(x!)!` → `x`), which change no value. */
export function insideParenthesesAndAssertions(node: Node): Node {
  let inner = node;
  while (Node.isParenthesizedExpression(inner) || Node.isNonNullExpression(inner)) {
    inner = inner.getExpression();
  }
  return inner;
}

/** `(value) => (box.total = value)`: the node, in its parentheses, is an arrow's expression body. */
export function isArrowBody(node: Node): boolean {
  const { child, parent } = outsideParentheses(node);
  return parent !== undefined && Node.isArrowFunction(parent) && parent.getBody() === child;
}
