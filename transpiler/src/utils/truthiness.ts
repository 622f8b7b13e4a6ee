/**
 * JavaScript truthiness in Python. Python agrees for booleans and strings; it disagrees for
 * objects (an empty dict or list is falsy in Python, truthy in JavaScript) and for NaN.
 */
import { narrowingChainComparison } from "./optional-chains";
import { Node, SyntaxKind } from "ts-morph";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import { booleanOperation, call, compare, constant, not } from "../python/build";
import { shapeOfNode, ValueShape } from "./types";

/** Python test for a value whose JavaScript truthiness matters, given its shape. */
export function truthinessTest(expression: py.Expression, shape: ValueShape, context: TransformContext, origin?: Node): py.Expression {
  switch (shape.kind) {
    case "boolean":
    case "string":
      return expression;
    case "null":
      // Only a literal null or undefined is folded to False. A value typed null or undefined may
      // hold anything else: TypeScript keeps a narrowing to null across calls (`let cache = null;
      // fill(); if (cache)` where fill's closure sets cache), and narrows a getter's second read by
      // its first (`t.maybe ?? ((reading) => (reading ? reading * 2 : 0))(t.maybe)` types `reading`
      // as undefined, where the getter's second read gave 3: seed 20261204, program 13,418). So the
      // rest are read, as in JavaScript, and tested for what they hold.
      return expression.kind === "Constant" ? constant(false, origin) : call(context.useRuntime("js_truthy"), [expression], origin);
    case "number":
    case "unknown":
      return call(context.useRuntime("js_truthy"), [expression], origin);
    default:
      // Objects, arrays, Maps and functions are always truthy in JavaScript: only null/undefined is not.
      return compare("is not", expression, constant(null), origin);
  }
}

/** Transforms an expression used as a condition (if, while, ?:, !, && and || inside them). */
export function transformCondition(node: Node, context: TransformContext): py.Expression {
  if (Node.isParenthesizedExpression(node)) {
    return transformCondition(node.getExpression(), context);
  }
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.ExclamationToken) {
    return narrowingChainComparison(not(transformCondition(node.getOperand(), context), node));
  }
  if (Node.isBinaryExpression(node)) {
    const operator = node.getOperatorToken().getKind();
    if (operator === SyntaxKind.AmpersandAmpersandToken || operator === SyntaxKind.BarBarToken) {
      return booleanOperation(
        operator === SyntaxKind.AmpersandAmpersandToken ? "and" : "or",
        transformCondition(node.getLeft(), context),
        transformCondition(node.getRight(), context),
        node,
      );
    }
  }
  const expression = context.transformExpression(node);
  if (expression.kind === "Compare" || (expression.kind === "Unary" && expression.operator === "not")) {
    return expression; // already a Python bool
  }
  if (expression.kind === "Call" && expression.callee.kind === "Name" && expression.callee.id === "isinstance") {
    return expression;
  }
  return narrowingChainComparison(truthinessTest(expression, shapeOfNode(node, context), context, node));
}
