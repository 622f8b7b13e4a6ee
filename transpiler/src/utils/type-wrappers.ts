/** Parentheses and type assertions around an expression: they change what TypeScript knows, not the value. */
import { Node } from "ts-morph";

export function isTypeOnlyWrapper(node: Node): node is Node & { getExpression(): Node } {
  return (
    Node.isParenthesizedExpression(node) ||
    Node.isAsExpression(node) ||
    Node.isNonNullExpression(node) ||
    Node.isSatisfiesExpression(node) ||
    Node.isTypeAssertion(node)
  );
}

/** The expression inside any parentheses and type assertions (`(value as Item)!` → `value`). */
export function unwrapTypeOnly(node: Node): Node {
  return isTypeOnlyWrapper(node) ? unwrapTypeOnly(node.getExpression()) : node;
}

/** The outermost of the parentheses and type assertions around an expression (`value` in `(value as Item)!` → the whole). */
export function wrappedOutermost(node: Node): Node {
  let outer = node;
  for (let parent = outer.getParent(); parent !== undefined && isTypeOnlyWrapper(parent); parent = outer.getParent()) {
    outer = parent;
  }
  return outer;
}
