/**
 * Targets a destructuring assignment or a `for…of`/`for…in` head writes (`[g, h] = pair`,
 * `({ run: ops.run } = fns)`, `for (g of makers)`): what they hold afterwards the assignment's
 * source decides, not an expression written beside them.
 */
import { Node, SyntaxKind } from "ts-morph";

/** Whether the node is written by a destructuring assignment's pattern or is what a `for…of`/`for…in` assigns without declaring. */
export function isAssignedByPattern(target: Node): boolean {
  let current: Node = target;
  for (let parent = current.getParent(); parent !== undefined; current = parent, parent = parent.getParent()) {
    if (Node.isBinaryExpression(parent)) {
      return parent.getLeft() === current && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken && current !== target;
    }
    if ((Node.isForOfStatement(parent) || Node.isForInStatement(parent)) && parent.getInitializer() === current) {
      return true;
    }
    const inPattern =
      Node.isArrayLiteralExpression(parent) ||
      Node.isObjectLiteralExpression(parent) ||
      Node.isSpreadElement(parent) ||
      Node.isSpreadAssignment(parent) ||
      Node.isShorthandPropertyAssignment(parent) ||
      (Node.isPropertyAssignment(parent) && parent.getInitializer() === current) ||
      Node.isParenthesizedExpression(parent);
    if (!inPattern) {
      return false;
    }
  }
  return false;
}
