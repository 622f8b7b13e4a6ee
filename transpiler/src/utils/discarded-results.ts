/**
 * Callbacks whose value nothing reads: `items.forEach((item) => (counts[item] = 1))`. Their
 * expression body may be a write of a property or an element: it compiles as the statement it
 * stands for (`counts[item] = 1` in a loop), not as a value (a `js_store_item` call).
 */
import { Node, SyntaxKind } from "ts-morph";
import type { TransformContext } from "../context";
import { insideParenthesesAndAssertions } from "./parentheses";

/** `object.field = v`, `record[key] += v`, `this.count++`: a write whose target is no variable. */
export function isWriteOfMember(expression: Node): boolean {
  const inner = insideParenthesesAndAssertions(expression);
  let target: Node | undefined;
  if (Node.isBinaryExpression(inner)) {
    const operator = inner.getOperatorToken().getKind();
    target = operator >= SyntaxKind.FirstAssignment && operator <= SyntaxKind.LastAssignment ? inner.getLeft() : undefined;
  } else if (Node.isPrefixUnaryExpression(inner) || Node.isPostfixUnaryExpression(inner)) {
    const operator = inner.getOperatorToken();
    target = operator === SyntaxKind.PlusPlusToken || operator === SyntaxKind.MinusMinusToken ? inner.getOperand() : undefined;
  }
  if (target === undefined) {
    return false;
  }
  const written = insideParenthesesAndAssertions(target);
  return Node.isPropertyAccessExpression(written) || Node.isElementAccessExpression(written);
}

/** The function is the callback of the standard library's `forEach` (an array's, a Map's, a Set's), which ignores what it returns. */
export function isForEachCallback(callback: Node, context: TransformContext): boolean {
  const parent = callback.getParent();
  if (!Node.isCallExpression(parent) || parent.getArguments()[0] !== callback) {
    return false;
  }
  const callee = parent.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== "forEach") {
    return false;
  }
  const declarations = callee.getNameNode().getSymbol()?.getDeclarations() ?? [];
  return declarations.length > 0 && declarations.every((declaration) => context.isStandardLibrary(declaration));
}
