/**
 * Assignments and increments used as values (`while (i++ < n)`, `return (count += 1)`,
 * `const x = (y = 5)`): Python's `:=` for a variable. `x++` gives the old value,
 * `(x, (x := x + 1))[0]`: a tuple is evaluated left to right. Inside an arrow the assignment makes
 * the arrow a `def` with `nonlocal`, as for any closure that assigns. A property or element
 * target (`object.field = v` as a value) is member-assignment-values.ts's.
 */
import { BinaryExpression, Node, PostfixUnaryExpression, PrefixUnaryExpression, SyntaxKind, TypeFlags } from "ts-morph";
import type { TransformContext } from "../context";
import { destructuringAssignmentValue, expressionAssignment } from "../diagnostics";
import type * as py from "../python/ast";
import { call, compare, conditional, constant, name, not } from "../python/build";
import { shapeOfNode } from "../utils/types";
import { arithmetic, ArithmeticOperator, BITWISE_HELPERS } from "../utils/arithmetic";
import { noteAssignment } from "./expressions";
import { asText } from "../utils/string-conversion";
import { joinNodes } from "../utils/string-joins";
import { nameForIdentifier } from "../utils/names";
import { transformCondition } from "../utils/truthiness";
import { insideParenthesesAndAssertions, isArrowBody } from "../utils/parentheses";
import { castNonNullTarget } from "../utils/non-null-targets";
import { untypedOperand } from "../utils/untyped-arithmetic";
import { isMemberTarget, transformMemberAssignmentValue, transformMemberIncrementValue } from "./member-assignment-values";

function variableTarget(target: Node, origin: Node, context: TransformContext): string | undefined {
  const inner = insideParenthesesAndAssertions(target);
  if (Node.isArrayLiteralExpression(inner) || Node.isObjectLiteralExpression(inner)) {
    context.report(destructuringAssignmentValue(origin));
    return undefined;
  }
  if (!Node.isIdentifier(inner)) {
    context.report(expressionAssignment(origin, isArrowBody(origin)));
    return undefined;
  }
  const pythonName = nameForIdentifier(inner, context);
  noteAssignment(pythonName, context);
  return pythonName;
}

/** The target's value as the update reads it: `x!` cast for type checkers (review S45V, L1), else the name. */
function currentValue(operand: Node, target: string, context: TransformContext): py.Expression {
  return castNonNullTarget(operand, name(target), context) ?? name(target);
}

function walrus(target: string, value: py.Expression, origin: Node): py.Expression {
  return { kind: "NamedExpression", target, value, origin };
}

export function transformIncrementValue(expression: PrefixUnaryExpression | PostfixUnaryExpression, context: TransformContext): py.Expression {
  if (isMemberTarget(expression.getOperand())) {
    return transformMemberIncrementValue(expression, context);
  }
  const target = variableTarget(expression.getOperand(), expression, context);
  if (target === undefined) {
    return name("None", expression);
  }
  const operator = expression.getOperatorToken() === SyntaxKind.PlusPlusToken ? "+" : "-";
  const updated = walrus(
    target,
    arithmetic(operator, currentValue(expression.getOperand(), target, context), { kind: "Constant", value: { number: "1" } }, context),
    expression,
  );
  if (Node.isPrefixUnaryExpression(expression)) {
    return updated;
  }
  return {
    kind: "Subscript",
    value: { kind: "Tuple", elements: [currentValue(expression.getOperand(), target, context), updated] },
    index: { kind: "Constant", value: { number: "0" } },
    origin: expression,
  };
}

const COMPOUND: Partial<Record<SyntaxKind, ArithmeticOperator | "/" | "%">> = {
  [SyntaxKind.PlusEqualsToken]: "+",
  [SyntaxKind.MinusEqualsToken]: "-",
  [SyntaxKind.AsteriskEqualsToken]: "*",
  [SyntaxKind.AsteriskAsteriskEqualsToken]: "**",
  [SyntaxKind.SlashEqualsToken]: "/",
  [SyntaxKind.PercentEqualsToken]: "%",
};

export function transformAssignmentValue(expression: BinaryExpression, context: TransformContext): py.Expression {
  const operator = expression.getOperatorToken().getKind();
  const left = expression.getLeft();
  const right = expression.getRight();
  if (
    isMemberTarget(left) &&
    operator !== SyntaxKind.QuestionQuestionEqualsToken &&
    operator !== SyntaxKind.BarBarEqualsToken &&
    operator !== SyntaxKind.AmpersandAmpersandEqualsToken
  ) {
    return transformMemberAssignmentValue(expression, context);
  }
  const target = variableTarget(left, expression, context);
  if (target === undefined) {
    context.transformExpression(right); // its own problems are reported in the same run
    return name("None", expression);
  }
  const current = currentValue(left, target, context);
  if (operator === SyntaxKind.EqualsToken) {
    return walrus(target, context.transformExpression(right), expression);
  }
  if (operator === SyntaxKind.QuestionQuestionEqualsToken) {
    return conditional(compare("is", current, constant(null)), walrus(target, context.transformExpression(right), expression), current, expression);
  }
  if (operator === SyntaxKind.BarBarEqualsToken || operator === SyntaxKind.AmpersandAmpersandEqualsToken) {
    const truth = transformCondition(left, context);
    const assigned = walrus(target, context.transformExpression(right), expression);
    return operator === SyntaxKind.BarBarEqualsToken
      ? conditional(not(truth), assigned, current, expression)
      : conditional(truth, assigned, current, expression);
  }
  const bitwise = BITWISE_HELPERS[operator];
  if (bitwise !== undefined) {
    // `(hash |= 0)`: JavaScript's 32-bit operation, as for the statement.
    return walrus(target, call(context.useRuntime(bitwise), [current, context.transformExpression(right)]), expression);
  }
  const compound = COMPOUND[operator];
  if (compound === undefined) {
    context.report(expressionAssignment(expression, isArrowBody(expression)));
    return name("None", expression);
  }
  const leftShape = shapeOfNode(left, context);
  const rightShape = shapeOfNode(right, context);
  // A `never` operand (`value += other` on the right of `other ??= …` with `other` a number, which
  // TypeScript narrows to never there) is in code that never runs: it takes the other side's kind.
  const rightKind = (right.getType().getFlags() & TypeFlags.Never) !== 0 ? leftShape.kind : rightShape.kind;
  if (compound === "+" && !(leftShape.kind === "number" && rightKind === "number")) {
    if (leftShape.kind !== "string" && untypedOperand(expression, context) === undefined) {
      context.report(expressionAssignment(expression, isArrowBody(expression)));
    }
    return walrus(target, joinNodes(left, current, right, asText(right, context), context), expression);
  }
  const value = context.transformExpression(right);
  if (compound === "/" || compound === "%") {
    return walrus(target, call(context.useRuntime(compound === "/" ? "js_divide" : "js_remainder"), [current, value]), expression);
  }
  return walrus(target, arithmetic(compound, current, value, context), expression);
}
