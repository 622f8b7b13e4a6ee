/**
 * A logical assignment to a property or element used as a value: `(groups[key] ??= []).push(item)`,
 * `const v = (cache[k] ||= compute(k))`, `return (this.x ??= make())`. JavaScript evaluates the
 * target's receiver and key once, reads the target once, and gives the value it read, or the value it
 * assigned. Python cannot assign to an attribute or an item inside an expression: the write is a
 * runtime call that returns what it stored (`js_store_item(groups, key, [])`).
 */
import { isArrowBody } from "../utils/parentheses";
import { BinaryExpression, ElementAccessExpression, Node, SyntaxKind } from "ts-morph";
import type { TransformContext } from "../context";
import { expressionAssignment, falsyMissingElementValue } from "../diagnostics";
import type * as py from "../python/ast";
import { call, compare, conditional, constant, name, not, number, subscript, text } from "../python/build";
import { settledTargetParts } from "../utils/target-parts";
import { evaluateTestedOnce } from "../utils/temporaries";
import { truthinessTest } from "../utils/truthiness";
import { printExpression } from "../python/printer";
import { annotationForType } from "../utils/annotations";
import { unwrapTypeOnly } from "../utils/type-wrappers";
import { isThroughIndexSignature, shapeOfNode } from "../utils/types";
import { noneMeaning } from "../utils/none-meaning";
import { transformAssignmentTarget } from "./expressions";

/** `??=`, `||=` or `&&=` whose target is a property or an element (not a variable, not `super.x`). */
export function isLogicalMemberAssignment(expression: BinaryExpression): boolean {
  const operator = expression.getOperatorToken().getKind();
  const target = unwrapTypeOnly(expression.getLeft());
  return (
    (operator === SyntaxKind.QuestionQuestionEqualsToken ||
      operator === SyntaxKind.BarBarEqualsToken ||
      operator === SyntaxKind.AmpersandAmpersandEqualsToken) &&
    (Node.isPropertyAccessExpression(target) || Node.isElementAccessExpression(target)) &&
    target.getExpression().getKind() !== SyntaxKind.SuperKeyword
  );
}

export function transformLogicalMemberAssignmentValue(expression: BinaryExpression, context: TransformContext): py.Expression {
  const left = expression.getLeft();
  const right = expression.getRight();
  if (expression.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandEqualsToken && givesMissingElementAsTyped(expression)) {
    context.report(falsyMissingElementValue(expression, expression.getType().getText(expression)));
  }
  // As for the statement: the receiver and key are kept when reading them again would run code, or
  // when the value's code may change what they read (`this.items[this.pos] ??= this.advance()`).
  const parts = settledTargetParts(left, right, context) ?? [];
  const settled = parts.map(({ part, value, temporary }): py.Expression => ({ kind: "NamedExpression", target: temporary, value, origin: part }));
  const temporaries = parts.map(({ part, temporary }): [Node, string] => [part, temporary]);
  const value = context.withEvaluated(temporaries, () => {
    const target = transformAssignmentTarget(left, context);
    // The target is read once (it may be a getter): the test uses that read, and so does the value.
    const [first, again] = evaluateTestedOnce(context.transformExpression(left), "current", context);
    const operator = expression.getOperatorToken().getKind();
    const shape = shapeOfNode(left, context);
    const test =
      operator === SyntaxKind.QuestionQuestionEqualsToken
        ? compare("is", first, constant(null))
        : operator === SyntaxKind.BarBarEqualsToken
          ? not(truthinessTest(first, shape, context, left))
          : truthinessTest(first, shape, context, left);
    const valueRead = operator === SyntaxKind.AmpersandAmpersandEqualsToken ? falsyElementAsTyped(again, expression, context) : again;
    return conditional(test, store(target, context.transformExpression(right), expression, context), valueRead, expression);
  });
  if (settled.length === 0) {
    return value;
  }
  // `(target_1 := make(), key_2 := next_key(), <the assignment>)[2]`: a tuple is evaluated left to right.
  return subscript({ kind: "Tuple", elements: [...settled, value] }, number(String(settled.length)), expression);
}

/**
 * `(counts[key] &&= 7)` gives the element read when it is falsy: TypeScript types the expression as
 * the element's written type (`number`), but the read (`counts.get(key)`, `js_element(…)`) is
 * Optional for the checker, and a falsy number or string cannot be told from None by narrowing: the
 * read is typed as TypeScript types the expression (a missing element is undefined in both).
 */
function falsyElementAsTyped(read: py.Expression, expression: BinaryExpression, context: TransformContext): py.Expression {
  const type = expression.getType();
  const admitsNone = type.isNullable() || type.isUndefined() || type.isNull() || type.isAny() || type.isUnknown();
  if (!Node.isElementAccessExpression(unwrapTypeOnly(expression.getLeft())) || admitsNone) {
    return read;
  }
  return call(context.useTyping("cast"), [text(printExpression(annotationForType(type, context))), read], expression);
}

/**
 * `(counts[key] &&= 7)` on a missing key gives undefined, but TypeScript types the expression as
 * the element's written type (`number`), without the undefined its read has under
 * noUncheckedIndexedAccess: everything downstream would take the None for a number.
 */
function givesMissingElementAsTyped(expression: BinaryExpression): boolean {
  const type = expression.getType();
  if (noneMeaning(type).undefined) {
    return false;
  }
  const target = unwrapTypeOnly(expression.getLeft());
  if (Node.isPropertyAccessExpression(target)) {
    return isThroughIndexSignature(target);
  }
  return Node.isElementAccessExpression(target) && elementMayBeMissing(target);
}

/** An element read through an index signature or an array's index, not a declared member (a tuple's element, `options["port"]`). */
function elementMayBeMissing(access: ElementAccessExpression): boolean {
  const receiver = access.getExpression().getType().getNonNullableType();
  const keyType = access.getArgumentExpression()?.getType();
  const keys = keyType === undefined ? [] : keyType.isUnion() ? keyType.getUnionTypes() : [keyType];
  const declared = keys.every((key) => (key.isStringLiteral() || key.isNumberLiteral()) && receiver.getProperty(String(key.getLiteralValue())) !== undefined);
  if (keys.length > 0 && declared) {
    return false;
  }
  return receiver.isArray() || receiver.isTuple() || receiver.getStringIndexType() !== undefined || receiver.getNumberIndexType() !== undefined;
}

/** The write, as a call that returns the value written. */
export function store(target: py.Expression, value: py.Expression, origin: Node, context: TransformContext): py.Expression {
  if (target.kind === "Subscript") {
    return call(context.useRuntime("js_store_item"), [target.value, target.index, value], origin);
  }
  if (target.kind === "Attribute") {
    return call(context.useRuntime("js_store_attribute"), [target.value, text(target.attribute), value], origin);
  }
  context.report(expressionAssignment(origin, isArrowBody(origin)));
  return name("None", origin);
}
