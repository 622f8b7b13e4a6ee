/** Small constructors for Python AST nodes, so transforms read like the Python they make. */
import type { Node } from "ts-morph";
import type * as py from "./ast";

export function name(id: string, origin?: Node): py.NameExpression {
  return { kind: "Name", id, origin };
}

export function text(value: string, origin?: Node): py.ConstantExpression {
  return { kind: "Constant", value, origin };
}

export function number(source: string, origin?: Node): py.ConstantExpression {
  return { kind: "Constant", value: { number: source }, origin };
}

export function constant(value: boolean | null, origin?: Node): py.ConstantExpression {
  return { kind: "Constant", value, origin };
}

export function attribute(value: py.Expression, attributeName: string, origin?: Node): py.AttributeExpression {
  return { kind: "Attribute", value, attribute: attributeName, origin };
}

export function subscript(value: py.Expression, index: py.Expression, origin?: Node): py.SubscriptExpression {
  return { kind: "Subscript", value, index, origin };
}

export function call(callee: py.Expression, args: py.Expression[], origin?: Node, keywords: py.Keyword[] = []): py.CallExpression {
  return { kind: "Call", callee, args, keywords, origin };
}

export function methodCall(receiver: py.Expression, method: string, args: py.Expression[], origin?: Node): py.CallExpression {
  return call(attribute(receiver, method), args, origin);
}

export function binary(operator: py.BinaryOperator, left: py.Expression, right: py.Expression, origin?: Node): py.BinaryExpression {
  return { kind: "Binary", operator, left, right, origin };
}

export function compare(operator: py.CompareOperator, left: py.Expression, right: py.Expression, origin?: Node): py.CompareExpression {
  return { kind: "Compare", operator, left, right, origin };
}

export function not(operand: py.Expression, origin?: Node): py.Expression {
  // `not (a == b)` reads better as `a != b`; `not (a < b)` is not `a >= b` when either is NaN.
  const negated = operand.kind === "Compare" ? NEGATED_COMPARISONS[operand.operator] : undefined;
  if (operand.kind === "Compare" && negated !== undefined) {
    return { ...operand, operator: negated, origin: origin ?? operand.origin };
  }
  if (operand.kind === "Unary" && operand.operator === "not") {
    // `!!x`: the truth of x as a bool, not x itself.
    const inner = operand.operand;
    const isBool =
      inner.kind === "Compare" ||
      (inner.kind === "Constant" && typeof inner.value === "boolean") ||
      (inner.kind === "Call" && inner.callee.kind === "Name" && ["isinstance", "js_truthy", "bool", "callable", "js_is_number"].includes(inner.callee.id));
    return isBool ? inner : call(name("bool"), [inner], origin);
  }
  return { kind: "Unary", operator: "not", operand, origin };
}

const NEGATED_COMPARISONS: Partial<Record<py.CompareOperator, py.CompareOperator>> = {
  "==": "!=",
  "!=": "==",
  is: "is not",
  "is not": "is",
  in: "not in",
  "not in": "in",
};

export function booleanOperation(operator: "and" | "or", left: py.Expression, right: py.Expression, origin?: Node): py.BooleanExpression {
  const operands: py.Expression[] = [];
  for (const operand of [left, right]) {
    if (operand.kind === "Boolean" && operand.operator === operator) {
      operands.push(...operand.operands);
    } else {
      operands.push(operand);
    }
  }
  return { kind: "Boolean", operator, operands, origin };
}

export function conditional(test: py.Expression, body: py.Expression, orElse: py.Expression, origin?: Node): py.ConditionalExpression {
  return { kind: "Conditional", test, body, orElse, origin };
}

export function isNone(value: py.Expression, origin?: Node): py.CompareExpression {
  return compare("is", value, constant(null), origin);
}

export function expressionStatement(expression: py.Expression, origin?: Node): py.ExpressionStatement {
  return { kind: "ExpressionStatement", expression, origin };
}

export function assign(target: py.Expression, value: py.Expression, origin?: Node, annotation?: py.Expression): py.AssignStatement {
  return { kind: "Assign", target, value, annotation, origin };
}

export function ifStatement(test: py.Expression, body: py.Statement[], orElse: py.Statement[] = [], origin?: Node): py.IfStatement {
  return { kind: "If", test, body, orElse, origin };
}

export function returnStatement(value: py.Expression | undefined, origin?: Node): py.ReturnStatement {
  return { kind: "Return", value, origin };
}

export function pass(): py.PassStatement {
  return { kind: "Pass" };
}
