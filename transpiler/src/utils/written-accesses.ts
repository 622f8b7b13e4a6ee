/** How a member access is used: written, read and written at once, or called. */
import { Node, SyntaxKind } from "ts-morph";

/** Whether a member read is called at once: `this.m()`, `this.m?.()`, `this.m.call(…)`, `this.m.apply(…)`, `this.m.bind(…)()`. */
export function isCalled(access: Node): boolean {
  const parent = access.getParent();
  if (Node.isCallExpression(parent) && parent.getExpression() === access) {
    return true;
  }
  if (!Node.isPropertyAccessExpression(parent) || !["call", "apply", "bind"].includes(parent.getName())) {
    return false;
  }
  const methodCall = parent.getParent();
  if (!Node.isCallExpression(methodCall) || methodCall.getExpression() !== parent) {
    return false;
  }
  // `this.m.bind(this)` makes a function for later; `this.m.bind(this)()` calls it now.
  const outer = methodCall.getParent();
  return parent.getName() !== "bind" || (Node.isCallExpression(outer) && outer.getExpression() === methodCall);
}

/** A read and a write at once (`this.count += 1`, `this.count++`, `this.x ??= 1`): both a getter and a setter run. */
export function isCompound(node: Node): boolean {
  const parent = node.getParent();
  if (Node.isBinaryExpression(parent) && parent.getLeft() === node) {
    return parent.getOperatorToken().getKind() !== SyntaxKind.EqualsToken;
  }
  return Node.isPrefixUnaryExpression(parent) || Node.isPostfixUnaryExpression(parent);
}

/** Whether the access is written: assigned (`=`, `+=`, `??=`), incremented, deleted, or a target of a destructuring assignment or a `for…of` head. */
export function isWrittenAccess(access: Node): boolean {
  let node: Node = access;
  let parent = node.getParent();
  // Up through a destructuring pattern written as a literal (`[this.a, this.b] = …`, `({ k: this.a } = …)`).
  while (
    parent !== undefined &&
    (Node.isArrayLiteralExpression(parent) ||
      Node.isObjectLiteralExpression(parent) ||
      (Node.isPropertyAssignment(parent) && parent.getInitializer() === node) ||
      Node.isSpreadElement(parent) ||
      Node.isSpreadAssignment(parent) ||
      Node.isParenthesizedExpression(parent))
  ) {
    node = parent;
    parent = node.getParent();
  }
  if (Node.isBinaryExpression(parent) && parent.getLeft() === node) {
    const operator = parent.getOperatorToken().getKind();
    return operator >= SyntaxKind.FirstAssignment && operator <= SyntaxKind.LastAssignment;
  }
  if ((Node.isForOfStatement(parent) || Node.isForInStatement(parent)) && parent.getInitializer() === node) {
    return true;
  }
  if (node !== access) {
    return false;
  }
  if (Node.isDeleteExpression(parent)) {
    return true;
  }
  return (
    (Node.isPrefixUnaryExpression(parent) || Node.isPostfixUnaryExpression(parent)) &&
    [SyntaxKind.PlusPlusToken, SyntaxKind.MinusMinusToken].includes(parent.getOperatorToken())
  );
}
