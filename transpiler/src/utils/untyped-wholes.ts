/**
 * Where a value goes when the expression it is part of flows nowhere typed (`const shown = maybe()
 * ?? pixel`, `const g = flag ? { greet } : new Formal()`, `[origin, pixel]`): into the whole's own
 * type, which TypeScript reduces. The checks of objects as data and the choice of how to build an
 * object literal read it.
 */
import { BinaryExpression, Node, SyntaxKind, Type } from "ts-morph";
import type { TransformContext } from "../context";

/**
 * The type a part of an expression with no contextual type flows into: the whole's own type, which
 * TypeScript reduces (`Point | Pixel` is `Point` where Pixel has Point's fields). The part is the
 * right of `??` or `||` (which TypeScript types by the left's type, a hint for inference), a branch
 * of `?:`, or an element of an array literal. Undefined where the whole has a contextual type (a
 * declared variable, a parameter), which its parts are checked against, or a destructuring pattern
 * its implied type (read member by member, whatever the value is).
 */
export function typeOfUntypedWhole(node: Node, context: TransformContext): Type | undefined {
  let part = node;
  let parent = part.getParent();
  let climbed = false;
  while (
    parent !== undefined &&
    (Node.isParenthesizedExpression(parent) || (Node.isConditionalExpression(parent) && parent.getCondition() !== part) || isFallback(part, parent))
  ) {
    climbed ||= !Node.isParenthesizedExpression(parent);
    part = parent;
    parent = part.getParent();
  }
  if (climbed) {
    const destructured = parent !== undefined && initializesPattern(part, parent);
    return destructured || !Node.isExpression(part) || context.checker.getContextualType(part) === undefined ? part.getType() : undefined;
  }
  if (parent !== undefined && Node.isArrayLiteralExpression(parent) && context.checker.getContextualType(parent) === undefined) {
    // `[origin, pixel]` is a `Point[]`; a tuple (`as const`) keeps each element's own type.
    const type = parent.getType();
    return type.isArray() ? type.getArrayElementType() : undefined;
  }
  return undefined;
}

/** `value` initializes a destructuring pattern (`const { a } = value`, a parameter's or a nested pattern's default). */
export function initializesPattern(value: Node, parent: Node): boolean {
  return (
    (Node.isVariableDeclaration(parent) || Node.isParameterDeclaration(parent) || Node.isBindingElement(parent)) &&
    parent.getInitializer() === value &&
    (Node.isObjectBindingPattern(parent.getNameNode()) || Node.isArrayBindingPattern(parent.getNameNode()))
  );
}

/** `part` is the right of a `??` or `||` (whose contextual type it then shares). */
export function isFallback(part: Node, whole: Node): whole is BinaryExpression {
  if (!Node.isBinaryExpression(whole) || whole.getRight() !== part) {
    return false;
  }
  const operator = whole.getOperatorToken().getKind();
  return operator === SyntaxKind.BarBarToken || operator === SyntaxKind.QuestionQuestionToken;
}
