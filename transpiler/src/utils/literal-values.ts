/** Defaults and keys that run no code when evaluated, and so may be evaluated at another moment. */
import { Node, SyntaxKind } from "ts-morph";

/** A string, number (negated or not), boolean or null literal. */
export function isScalarLiteral(node: Node): boolean {
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.MinusToken) {
    return Node.isNumericLiteral(node.getOperand());
  }
  return (
    Node.isNumericLiteral(node) ||
    Node.isStringLiteral(node) ||
    Node.isNoSubstitutionTemplateLiteral(node) ||
    Node.isTrueLiteral(node) ||
    Node.isFalseLiteral(node) ||
    Node.isNullLiteral(node)
  );
}
