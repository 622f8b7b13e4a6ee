/** Binary and unary operators with JavaScript's meaning, decided from the operand types. */
import { mayBeNoneUnderAssertion, numberConversion } from "../utils/number-conversion";
import { BinaryExpression, Node, PostfixUnaryExpression, PrefixUnaryExpression, SyntaxKind } from "ts-morph";
import type { TransformContext } from "../context";
import {
  impossibleNoneComparison,
  looseEquality,
  nullAgainstUndefinedComparison,
  nullOrUndefinedComparison,
  typeOfNullOrUndefined,
  unsupportedBuiltin,
  unsupportedConstruct,
  unsupportedSyntax,
} from "../diagnostics";
import type * as py from "../python/ast";
import { binary, booleanOperation, call, compare, conditional, constant, methodCall, name, not, number, subscript, text } from "../python/build";
import { isPrimitive, isPrimitiveType, shapeOfNode, ValueKind, ValueShape } from "../utils/types";
import { insteadOfInstanceof } from "../builtins/missing-library";
import { arithmetic, BITWISE_HELPERS, negate } from "../utils/arithmetic";
import { transformAssignmentValue, transformIncrementValue } from "./assignment-expressions";
import { isLogicalMemberAssignment, transformLogicalMemberAssignmentValue } from "./logical-assignment-values";
import { numberSource, typeOfCall } from "./expressions";
import { asText, textOfValue } from "../utils/string-conversion";
import { joinNodes } from "../utils/string-joins";
import { evaluateOnce, isSideEffectFree, rereadRunsCode, runsNoCode } from "../utils/temporaries";
import { transformCondition, truthinessTest } from "../utils/truthiness";
import { mayBeNullAgainstUndefined, noneMeaning, noneMeaningOfNode } from "../utils/none-meaning";
import { untypedOperand } from "../utils/untyped-arithmetic";
import { narrowingChainComparison } from "../utils/optional-chains";
import { readsMethod } from "../utils/unbound-methods";

function isNullLiteral(node: Node): boolean {
  return node.getKind() === SyntaxKind.NullKeyword || (Node.isIdentifier(node) && node.getText() === "undefined");
}

function isNonZeroNumber(expression: py.Expression): boolean {
  return expression.kind === "Constant" && typeof expression.value === "object" && expression.value !== null && Number(expression.value.number) !== 0;
}

/** Object.prototype's own properties, which `in` finds on every object with a prototype. */
export const INHERITED_NAMES = new Set([
  "constructor",
  "__defineGetter__",
  "__defineSetter__",
  "hasOwnProperty",
  "__lookupGetter__",
  "__lookupSetter__",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toString",
  "valueOf",
  "__proto__",
  "toLocaleString",
]);

/** Why `key in value` is refused for a value of this shape, and what to write instead. */
function inRefusal(kind: ValueKind): [construct: string, instead: string] {
  switch (kind) {
    case "map":
    case "set":
      return ["`in` on a Map or a Set (it tests the object's properties, not its entries)", "use `.has(key)`"];
    case "array":
    case "string":
      return ["`in` on an array or a string (it tests indexes, not elements)", "use `.includes(value)`, or `index < items.length`"];
    case "object":
    case "error":
      return [
        "`in` on a class instance, an Error or an object with methods or accessors (its members are Python attributes, and JavaScript finds methods and getters through the prototype)",
        "test the member, `value.name !== undefined`, or keep keys known only at run time in a Map or a data object",
      ];
    default:
      return [
        "`in` on a value whose type does not say it is a plain object of data",
        "give it a data type: an interface or type literal of its fields, or a Record",
      ];
  }
}

export function transformBinary(expression: BinaryExpression, context: TransformContext): py.Expression {
  const operator = expression.getOperatorToken().getKind();
  const left = expression.getLeft();
  const right = expression.getRight();
  switch (operator) {
    case SyntaxKind.EqualsEqualsEqualsToken:
    case SyntaxKind.ExclamationEqualsEqualsToken: {
      const equality = strictEquality(left, right, context, expression);
      return narrowingChainComparison(operator === SyntaxKind.EqualsEqualsEqualsToken ? equality : not(equality, expression));
    }
    case SyntaxKind.EqualsEqualsToken:
    case SyntaxKind.ExclamationEqualsToken: {
      const text = operator === SyntaxKind.EqualsEqualsToken ? "==" : "!=";
      const other = isNullLiteral(right) ? left : isNullLiteral(left) ? right : undefined;
      if (other === undefined) {
        context.report(looseEquality(expression, text));
        return constant(false, expression);
      }
      // `x == null` is true for null and undefined alike: both are None.
      return narrowingChainComparison(compare(text === "==" ? "is" : "is not", context.transformExpression(other), constant(null), expression));
    }
    case SyntaxKind.AmpersandAmpersandToken:
    case SyntaxKind.BarBarToken:
      return transformLogicalValue(expression, operator === SyntaxKind.AmpersandAmpersandToken ? "and" : "or", context);
    case SyntaxKind.QuestionQuestionToken:
      return transformNullishCoalescing(expression, context);
    case SyntaxKind.PlusToken:
      return transformAddition(expression, context);
    case SyntaxKind.MinusToken:
      return arithmetic("-", context.transformExpression(left), context.transformExpression(right), context, expression);
    case SyntaxKind.AsteriskToken:
      return arithmetic("*", context.transformExpression(left), context.transformExpression(right), context, expression);
    case SyntaxKind.AsteriskAsteriskToken:
      return arithmetic("**", context.transformExpression(left), context.transformExpression(right), context, expression);
    case SyntaxKind.SlashToken: {
      const divisor = context.transformExpression(right);
      // Python raises on a division by zero where JavaScript gives Infinity or NaN.
      return isNonZeroNumber(divisor)
        ? binary("/", context.transformExpression(left), divisor, expression)
        : call(context.useRuntime("js_divide"), [context.transformExpression(left), divisor], expression);
    }
    case SyntaxKind.PercentToken:
      // JavaScript's % takes the sign of the dividend, Python's the sign of the divisor.
      return call(context.useRuntime("js_remainder"), [context.transformExpression(left), context.transformExpression(right)], expression);
    case SyntaxKind.LessThanToken:
    case SyntaxKind.LessThanEqualsToken:
    case SyntaxKind.GreaterThanToken:
    case SyntaxKind.GreaterThanEqualsToken:
      return transformOrdering(expression, context);
    case SyntaxKind.InstanceOfKeyword:
      return transformInstanceOf(expression, context);
    case SyntaxKind.InKeyword: {
      if (Node.isPrivateIdentifier(left)) {
        return context.transformExpression(left); // refused as `#name in value`, once
      }
      const container = shapeOfNode(right, context);
      if (container.kind !== "dict") {
        context.report(unsupportedConstruct(expression, ...inRefusal(container.kind)));
      }
      // Every object inherits Object.prototype's members (`"toString" in {}` is true): a key whose
      // type says it is none of them is plain `in`.
      const keyType = left.getType();
      const keys = keyType.isUnion() ? keyType.getUnionTypes() : [keyType];
      if (keys.every((key) => key.isStringLiteral() && !INHERITED_NAMES.has(String(key.getLiteralValue())))) {
        return compare("in", asText(left, context), context.transformExpression(right), expression);
      }
      return call(context.useRuntime("js_in"), [asText(left, context), context.transformExpression(right)], expression);
    }
    case SyntaxKind.EqualsToken:
    case SyntaxKind.PlusEqualsToken:
    case SyntaxKind.MinusEqualsToken:
    case SyntaxKind.AsteriskEqualsToken:
    case SyntaxKind.AsteriskAsteriskEqualsToken:
    case SyntaxKind.SlashEqualsToken:
    case SyntaxKind.PercentEqualsToken:
    case SyntaxKind.QuestionQuestionEqualsToken:
    case SyntaxKind.BarBarEqualsToken:
    case SyntaxKind.AmpersandAmpersandEqualsToken:
    case SyntaxKind.AmpersandEqualsToken:
    case SyntaxKind.BarEqualsToken:
    case SyntaxKind.CaretEqualsToken:
    case SyntaxKind.LessThanLessThanEqualsToken:
    case SyntaxKind.GreaterThanGreaterThanEqualsToken:
    case SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken:
      return isLogicalMemberAssignment(expression) ? transformLogicalMemberAssignmentValue(expression, context) : transformAssignmentValue(expression, context);
    case SyntaxKind.AmpersandToken:
    case SyntaxKind.BarToken:
    case SyntaxKind.CaretToken:
    case SyntaxKind.LessThanLessThanToken:
    case SyntaxKind.GreaterThanGreaterThanToken:
    case SyntaxKind.GreaterThanGreaterThanGreaterThanToken: {
      // JavaScript's bitwise operators work on 32-bit integers (`x | 0`, `x >>> 0`); Python's on unbounded ints.
      const helperName = BITWISE_HELPERS[operator] ?? "js_bit_or";
      if (!isBitwiseOperand(left, context) || !isBitwiseOperand(right, context)) {
        context.report(unsupportedBuiltin(expression, `the bitwise operator \`${expression.getOperatorToken().getText()}\` on values that are not numbers`));
      }
      return call(context.useRuntime(helperName), [context.transformExpression(left), context.transformExpression(right)], expression);
    }
    case SyntaxKind.CommaToken:
      // Review 24B F6: a comma whose value is used; as a statement (a `for` header's updates, `a++, b++;`) it compiles.
      context.report(
        unsupportedConstruct(
          expression,
          "the comma operator whose value is used",
          "write its parts as statements, an arrow with a block body (`(a, b) => { calls++; return a - b; }` for `(a, b) => (calls++, a - b)`)",
        ),
      );
      return name("None", expression);
    default:
      context.report(unsupportedSyntax(expression, `the operator \`${expression.getOperatorToken().getText()}\``));
      return name("None", expression);
  }
}

/** `===` between a value already transformed (a switch's discriminant) and a case expression. */
export function strictEqualityOf(leftNode: Node, left: py.Expression, rightNode: Node, context: TransformContext, origin: Node): py.Expression {
  if (isNullLiteral(rightNode)) {
    return noneComparison(leftNode, left, rightNode, context, origin);
  }
  const right = context.transformExpression(rightNode);
  return equalityByShape(leftNode, left, rightNode, right, context, origin);
}

/**
 * `x === null`, `x === undefined`: `x is None` where the type says None can only be that one;
 * JavaScript's constant answer where the type rules it out (`limit?: number` is never null);
 * refused (CS1043) where the type admits both, since None cannot say which it is.
 */
function noneComparison(otherNode: Node, other: py.Expression, literal: Node, context: TransformContext, origin: Node): py.Expression {
  const comparedWithNull = literal.getKind() === SyntaxKind.NullKeyword;
  const type = otherNode.getType();
  // After `typeof x === "object" &&` (or `typeof x !== "object" ||`) x is an object or null, never undefined.
  const meaning = isAfterObjectTest(otherNode, origin) ? { null: true, undefined: false } : noneMeaning(type);
  if (meaning.null && meaning.undefined && isHalfOfNullishPair(otherNode, literal, origin)) {
    // `x === undefined || x === null` (`x !== null && x !== undefined`): together `x == null`, which
    // None answers whichever it stands for. Each half is `x is None` (its test joined by the chain).
    return compare("is", other, constant(null), origin);
  }
  if (meaning.null && meaning.undefined) {
    context.report(nullOrUndefinedComparison(origin, comparedWithNull ? "null" : "undefined", type.getText(otherNode)));
  } else if (comparedWithNull ? meaning.undefined : meaning.null) {
    // None here would be the other one: false in JavaScript as long as the value keeps to its type,
    // which TypeScript does not guarantee (a function falling off returns undefined whatever its type
    // says): refused rather than answered from the type.
    context.report(impossibleNoneComparison(origin, comparedWithNull ? "null" : "undefined", type.getText(otherNode), comparedWithNull ? "undefined" : "null"));
  }
  return compare("is", other, constant(null), origin);
}

/**
 * Right after `typeof x === "object" &&` (or `typeof x !== "object" ||`), x is an object or null,
 * never undefined. Right after only: Python's typeof of None is "object" whichever it stands for, so
 * an operand between the two would run for undefined where JavaScript stops at the typeof test.
 */
function isAfterObjectTest(operand: Node, comparison: Node): boolean {
  const chain = chainAround(comparison);
  const before = chain?.operands[chain.index - 1];
  return chain !== undefined && before !== undefined && isObjectTypeTest(before, chain.joiner, operand);
}

/**
 * The comparison stands beside its complement in an `||` chain (`x === undefined || x === null`) or
 * an `&&` chain (`x !== null && x !== undefined`): the same reading compared with the other of null
 * and undefined, by the same operator.
 */
function isHalfOfNullishPair(operand: Node, literal: Node, comparison: Node): boolean {
  const chain = chainAround(comparison);
  // Both halves read the value again: a getter may give null, then something else (review 21).
  if (chain === undefined || !Node.isBinaryExpression(comparison) || !isSideEffectFreeText(operand) || rereadRunsCode(operand, "value")) {
    return false;
  }
  const operator = comparison.getOperatorToken().getKind();
  const wanted = chain.joiner === SyntaxKind.BarBarToken ? SyntaxKind.EqualsEqualsEqualsToken : SyntaxKind.ExclamationEqualsEqualsToken;
  if (operator !== wanted) {
    return false;
  }
  const withNull = literal.getKind() === SyntaxKind.NullKeyword;
  return [chain.operands[chain.index - 1], chain.operands[chain.index + 1]].some((neighbour) => {
    if (neighbour === undefined || !Node.isBinaryExpression(neighbour) || neighbour.getOperatorToken().getKind() !== wanted) {
      return false;
    }
    const [other, complement] = isNullLiteral(neighbour.getRight()) ? [neighbour.getLeft(), neighbour.getRight()] : [neighbour.getRight(), neighbour.getLeft()];
    return isNullLiteral(complement) && (complement.getKind() === SyntaxKind.NullKeyword) !== withNull && isSameReading(other, operand);
  });
}

/** A name or a chain of property reads: reading it twice gives the same value. */
function isSideEffectFreeText(node: Node): boolean {
  const inner = unwrap(node);
  return Node.isIdentifier(inner) || (Node.isPropertyAccessExpression(inner) && isSideEffectFreeText(inner.getExpression()));
}

/** `a === b`: Python's `==` where it agrees with JavaScript for these types, else `is` or a helper. */
function strictEquality(left: Node, right: Node, context: TransformContext, origin: BinaryExpression): py.Expression {
  if (isNullLiteral(right) || isNullLiteral(left)) {
    const [other, literal] = isNullLiteral(right) ? [left, right] : [right, left];
    return noneComparison(other, context.transformExpression(other), literal, context, origin);
  }
  const typeTest = transformTypeOfComparison(left, right, context, origin) ?? transformTypeOfComparison(right, left, context, origin);
  if (typeTest !== undefined) {
    return typeTest;
  }
  return equalityByShape(left, context.transformExpression(left), right, context.transformExpression(right), context, origin);
}

function equalityByShape(
  left: Node,
  leftExpression: py.Expression,
  right: Node,
  rightExpression: py.Expression,
  context: TransformContext,
  origin: Node,
): py.Expression {
  refuseNullAgainstUndefined(left, right, context, origin);
  if (isBooleanLiteral(right) || isBooleanLiteral(left)) {
    // True == 1 in Python: a boolean literal is compared by identity.
    return compare("is", leftExpression, rightExpression, origin);
  }
  const leftShape = shapeOfNode(left, context);
  const rightShape = shapeOfNode(right, context);
  if (leftShape.kind === "string" || rightShape.kind === "string") {
    return compare("==", leftExpression, rightExpression, origin); // a str never equals a non-str in Python
  }
  if (isPrimitive(leftShape) && leftShape.kind === rightShape.kind) {
    return compare("==", leftExpression, rightExpression, origin);
  }
  if (readsMethod(left, context) || readsMethod(right, context)) {
    // `a.run === b.run`: one function in JavaScript, a new bound method at each read in Python.
    return call(context.useRuntime("js_same_function"), [leftExpression, rightExpression], origin);
  }
  if (isReference(leftShape) || isReference(rightShape)) {
    return compare("is", leftExpression, rightExpression, origin);
  }
  return call(context.useRuntime("js_strict_equals"), [leftExpression, rightExpression], origin);
}

/**
 * `a === b` where one side may be null while the other may be undefined (`same<T>(a: T, b: T)`,
 * `unknown`s, `number | null` against `number | undefined`, a switch's case): JavaScript tells them
 * apart, where both are None in Python and the compiled comparison is true (review 24B F11).
 */
function refuseNullAgainstUndefined(left: Node, right: Node, context: TransformContext, origin: Node): void {
  if (mayBeNullAgainstUndefined(noneMeaningOfNode(left), noneMeaningOfNode(right))) {
    context.report(nullAgainstUndefinedComparison(origin, left.getType().getText(left), right.getType().getText(right)));
  }
}

function isReference(shape: ValueShape): boolean {
  return ["array", "map", "set", "dict", "object", "error", "function"].includes(shape.kind);
}

function isBooleanLiteral(node: Node): boolean {
  return node.getKind() === SyntaxKind.TrueKeyword || node.getKind() === SyntaxKind.FalseKeyword;
}

/** `typeof x === "string"` as the Python type test it means. */
function transformTypeOfComparison(typeOfSide: Node, literalSide: Node, context: TransformContext, origin: Node): py.Expression | undefined {
  if (!Node.isTypeOfExpression(typeOfSide) || !Node.isStringLiteral(literalSide)) {
    return undefined;
  }
  const value = context.transformExpression(typeOfSide.getExpression());
  switch (literalSide.getLiteralValue()) {
    case "string":
      return call(name("isinstance"), [value, name("str")], origin);
    case "boolean":
      return call(name("isinstance"), [value, name("bool")], origin);
    case "number":
      return call(context.useRuntime("js_is_number"), [value], origin);
    case "function":
      return call(name("callable"), [value], origin);
    case "undefined": {
      const meaning = noneMeaning(typeOfSide.getExpression().getType());
      if (meaning.null) {
        // None could be null here, whose typeof is "object".
        context.report(typeOfNullOrUndefined(origin, "undefined", typeOfSide.getExpression().getType().getText(typeOfSide.getExpression())));
      }
      return compare("is", value, constant(null), origin);
    }
    case "object": {
      const meaning = noneMeaning(typeOfSide.getExpression().getType());
      if (meaning.null && meaning.undefined && !isFollowedByNullTest(typeOfSide.getExpression(), origin)) {
        context.report(typeOfNullOrUndefined(origin, "object", typeOfSide.getExpression().getType().getText(typeOfSide.getExpression())));
      }
      return compare("==", typeOfCall(value, typeOfSide.getExpression(), context), text(literalSide.getLiteralValue()), origin);
    }
    default:
      return compare("==", typeOfCall(value, typeOfSide.getExpression(), context), text(literalSide.getLiteralValue()), origin);
  }
}

/**
 * `typeof x === "object" && x !== null`, `typeof x !== "object" || x === null` (also `!= null` /
 * `== null`), the null test right after the typeof test: the answer is the same whether None was null
 * or undefined, so the typeof test may stand on a value whose type admits both. Right after only: an
 * operand between them would run for undefined, which JavaScript's typeof test stops.
 */
function isFollowedByNullTest(operand: Node, typeOfComparison: Node): boolean {
  const chain = chainAround(typeOfComparison);
  const after = chain?.operands[chain.index + 1];
  return (
    chain !== undefined &&
    after !== undefined &&
    isObjectTypeTest(chain.operands[chain.index], chain.joiner, operand) &&
    isNullExclusion(after, chain.joiner, operand)
  );
}

type ChainJoiner = SyntaxKind.AmpersandAmpersandToken | SyntaxKind.BarBarToken;

/**
 * The operands of the whole `&&` (or `||`) chain `node` is one operand of, in any grouping
 * (`a && (b && c)` is the chain a, b, c: c runs only after a and b both held), and node's place.
 */
function chainAround(node: Node): { operands: Node[]; index: number; joiner: ChainJoiner } | undefined {
  let top: Node = node;
  let joiner: ChainJoiner | undefined;
  for (let parent = top.getParent(); parent !== undefined; parent = parent.getParent()) {
    if (Node.isParenthesizedExpression(parent)) {
      continue;
    }
    const kind = Node.isBinaryExpression(parent) ? parent.getOperatorToken().getKind() : undefined;
    if ((kind !== SyntaxKind.AmpersandAmpersandToken && kind !== SyntaxKind.BarBarToken) || (joiner !== undefined && kind !== joiner)) {
      break;
    }
    joiner = kind;
    top = parent;
  }
  if (joiner === undefined) {
    return undefined;
  }
  const operands: Node[] = [];
  const collect = (part: Node): void => {
    const inner = unwrap(part);
    if (Node.isBinaryExpression(inner) && inner.getOperatorToken().getKind() === joiner) {
      collect(inner.getLeft());
      collect(inner.getRight());
    } else {
      operands.push(inner);
    }
  };
  collect(top);
  const index = operands.indexOf(unwrap(node));
  return index < 0 ? undefined : { operands, index, joiner };
}

/** `typeof operand === "object"` in an `&&` chain, `typeof operand !== "object"` in an `||` chain. */
function isObjectTypeTest(test: Node, joiner: ChainJoiner, operand: Node): boolean {
  const wanted = joiner === SyntaxKind.AmpersandAmpersandToken ? SyntaxKind.EqualsEqualsEqualsToken : SyntaxKind.ExclamationEqualsEqualsToken;
  if (!Node.isBinaryExpression(test) || test.getOperatorToken().getKind() !== wanted) {
    return false;
  }
  const [typeOf, literal] = Node.isTypeOfExpression(test.getLeft()) ? [test.getLeft(), test.getRight()] : [test.getRight(), test.getLeft()];
  return (
    Node.isTypeOfExpression(typeOf) && Node.isStringLiteral(literal) && literal.getLiteralValue() === "object" && isSameReading(typeOf.getExpression(), operand)
  );
}

/** `operand !== null` (or `!=`) in an `&&` chain, `operand === null` (or `==`) in an `||` chain. */
function isNullExclusion(test: Node, joiner: ChainJoiner, operand: Node): boolean {
  const wanted =
    joiner === SyntaxKind.AmpersandAmpersandToken
      ? [SyntaxKind.ExclamationEqualsEqualsToken, SyntaxKind.ExclamationEqualsToken]
      : [SyntaxKind.EqualsEqualsEqualsToken, SyntaxKind.EqualsEqualsToken];
  if (!Node.isBinaryExpression(test) || !wanted.includes(test.getOperatorToken().getKind())) {
    return false;
  }
  const [other, literal] = test.getRight().getKind() === SyntaxKind.NullKeyword ? [test.getLeft(), test.getRight()] : [test.getRight(), test.getLeft()];
  return literal.getKind() === SyntaxKind.NullKeyword && isSameReading(other, operand);
}

/** Both read the same name or chain of property reads, which gives the same value each time. */
function isSameReading(first: Node, second: Node): boolean {
  return isSideEffectFreeText(first) && unwrap(first).getText() === unwrap(second).getText();
}

/** `a || b` and `a && b` whose value (not only truth) is used. */
function transformLogicalValue(expression: BinaryExpression, operator: "and" | "or", context: TransformContext): py.Expression {
  const leftShape = shapeOfNode(expression.getLeft(), context);
  const rightShape = shapeOfNode(expression.getRight(), context);
  const left = context.transformExpression(expression.getLeft());
  const right = context.transformExpression(expression.getRight());
  // Python's and/or return an operand just like JavaScript's; they agree on truthiness for booleans and strings.
  if ((leftShape.kind === "boolean" || leftShape.kind === "string") && !leftShape.nullable) {
    if (rightShape.kind === leftShape.kind) {
      return booleanOperation(operator, left, right, expression);
    }
  }
  const [first, again] = evaluateOnce(left, "value", context, rereadRunsCode(expression.getLeft(), "value"));
  const test = truthinessTest(first, leftShape, context, expression.getLeft());
  return operator === "or" ? conditional(test, again, right, expression) : conditional(test, right, again, expression);
}

/** `a ?? b`: b only when a is null or undefined. */
function transformNullishCoalescing(expression: BinaryExpression, context: TransformContext): py.Expression {
  const left = context.transformExpression(expression.getLeft());
  const right = context.transformExpression(expression.getRight());
  // `record[key] ?? "literal"` reads best as dict.get(key, "literal") when the record holds no nulls.
  if (right.kind === "Constant" && right.value === null) {
    return left; // `x ?? null`: None already stands for both
  }
  const leftNode = unwrap(expression.getLeft());
  if (
    Node.isElementAccessExpression(leftNode) &&
    shapeOfNode(leftNode.getExpression(), context).kind === "dict" &&
    right.kind === "Constant" &&
    isTotalRecord(leftNode)
  ) {
    if (left.kind === "Call" && left.callee.kind === "Attribute" && left.callee.attribute === "get" && left.args.length === 1) {
      return methodCall(left.callee.value, "get", [left.args[0], right], expression);
    }
  }
  if (!isSideEffectFree(left) && right.kind === "Constant") {
    // Both sides may be evaluated up front: the right one is a constant. Anything else may run code
    // (a getter: the fuzz found `gauge.child?.reading ?? ticker.next` running `next` when the left side
    // was 2) or raise where JavaScript never reads it (`this.vars.get(name) ?? this.parent!.base`).
    return call(context.useRuntime("js_nullish"), [left, right], expression);
  }
  const [first, again] = evaluateOnce(left, "value", context, rereadRunsCode(expression.getLeft(), "value"));
  return conditional(compare("is not", first, constant(null)), again, right, expression);
}

/** A Record whose values are never null: `.get(key, default)` then means exactly `?? default`. */
function isTotalRecord(access: Node): boolean {
  const type = access.getType();
  return !type.isNullable() && !type.isUnknown() && !type.isAny();
}

function unwrap(node: Node): Node {
  return Node.isParenthesizedExpression(node) ? unwrap(node.getExpression()) : node;
}

function transformAddition(expression: BinaryExpression, context: TransformContext): py.Expression {
  const leftShape = shapeOfNode(expression.getLeft(), context);
  const rightShape = shapeOfNode(expression.getRight(), context);
  // A `never` operand is in code that never runs (`count ??= count + 1` of a number): a number as good as any.
  const numberLike = (shape: ValueShape, node: Node): boolean => shape.kind === "number" || node.getType().isNever();
  if (numberLike(leftShape, expression.getLeft()) && numberLike(rightShape, expression.getRight())) {
    return arithmetic("+", context.transformExpression(expression.getLeft()), context.transformExpression(expression.getRight()), context, expression);
  }
  if (leftShape.kind === "string" || rightShape.kind === "string") {
    // String concatenation: the other side is converted as JavaScript prints it; halves of an emoji meeting at the seam are merged.
    if (!isPrimitiveType(expression.getLeft().getType())) {
      return joinAfterBothOperands(expression, context);
    }
    const left = asText(expression.getLeft(), context);
    return joinNodes(expression.getLeft(), left, expression.getRight(), asText(expression.getRight(), context), context, expression);
  }
  if (untypedOperand(expression, context) === undefined) {
    // A value typed `any` is refused on its own (CS1070), by reportUntypedArithmetic.
    context.report(unsupportedSyntax(expression, "`+` on values that are neither numbers nor texts"));
  }
  return binary("+", context.transformExpression(expression.getLeft()), context.transformExpression(expression.getRight()), expression);
}

/**
 * `object + text`: JavaScript evaluates both operands before it turns either into text, so an
 * object's text (its toString(), an array's elements, an Error's message) is what the right side
 * left it (`cursor + cursor.advance()` prints the advanced cursor). Where the right side runs code,
 * both are kept in temporaries first: `(left_1 := cursor, right_2 := cursor.advance(), js_str(left_1) + right_2)[2]`.
 */
function joinAfterBothOperands(expression: BinaryExpression, context: TransformContext): py.Expression {
  const leftNode = expression.getLeft();
  const rightNode = expression.getRight();
  const leftValue = context.transformExpression(leftNode);
  const rightValue = context.transformExpression(rightNode);
  if (runsNoCode(rightValue, rightNode)) {
    return joinNodes(leftNode, textOfValue(leftValue, leftNode, context), rightNode, textOfValue(rightValue, rightNode, context), context, expression);
  }
  // The left is kept even when it is a variable: the right side may assign it (`cursor + (cursor = next).advance()`).
  const [leftFirst, leftKept] = evaluateOnce(leftValue, "left", context, true);
  const [rightFirst, rightKept] = evaluateOnce(rightValue, "right", context, true);
  const joined = joinNodes(leftNode, textOfValue(leftKept, leftNode, context), rightNode, textOfValue(rightKept, rightNode, context), context, expression);
  return subscript({ kind: "Tuple", elements: [leftFirst, rightFirst, joined] }, number("2"), expression);
}

function transformOrdering(expression: BinaryExpression, context: TransformContext): py.Expression {
  const operators: Partial<Record<SyntaxKind, py.CompareOperator>> = {
    [SyntaxKind.LessThanToken]: "<",
    [SyntaxKind.LessThanEqualsToken]: "<=",
    [SyntaxKind.GreaterThanToken]: ">",
    [SyntaxKind.GreaterThanEqualsToken]: ">=",
  };
  const operator = operators[expression.getOperatorToken().getKind()] ?? "<";
  const leftShape = shapeOfNode(expression.getLeft(), context);
  const rightShape = shapeOfNode(expression.getRight(), context);
  const left = context.transformExpression(expression.getLeft());
  const right = context.transformExpression(expression.getRight());
  const comparable =
    (leftShape.kind === "number" || leftShape.kind === "string") && leftShape.kind === rightShape.kind && !leftShape.nullable && !rightShape.nullable;
  // Python orders strings by code point, JavaScript by UTF-16 code unit: they disagree between an emoji and a
  // character from U+E000 on ("\uffff" < "😀" is false in JavaScript). A literal below U+D800 orders the same in both.
  const codePointOrderAgrees =
    leftShape.kind === "number" ||
    [expression.getLeft(), expression.getRight()].some(
      (side) => Node.isStringLiteral(side) && [...side.getLiteralValue()].every((character) => character.charCodeAt(0) < 0xd800),
    );
  if (comparable && codePointOrderAgrees) {
    return compare(operator, left, right, expression);
  }
  return call(context.useRuntime("js_compare"), [left, text(operator), right], expression);
}

function transformInstanceOf(expression: BinaryExpression, context: TransformContext): py.Expression {
  const value = context.transformExpression(expression.getLeft());
  const classNode = expression.getRight();
  const declaration = context.resolveSymbol(classNode)?.getDeclarations()[0];
  if (declaration !== undefined && context.isStandardLibrary(declaration)) {
    // `instanceof String` is not here: it is false for every string the subset has (primitives), where isinstance(x, str) is true.
    const builtin: Record<string, string> = { Error: "Exception", TypeError: "TypeError", Array: "list" };
    // A Map is a JsMap, which a record (a plain dict) is not.
    const runtimeClass: Record<string, string> = {
      RangeError: "JS_RANGE_ERRORS",
      SyntaxError: "JsSyntaxError",
      URIError: "JsURIError",
      RegExp: "JsRegExp",
      Map: "JsMap",
      Set: "JsSet",
    };
    const pythonClass = builtin[classNode.getText()];
    const helperClass = runtimeClass[classNode.getText()];
    if (helperClass !== undefined) {
      return call(name("isinstance"), [value, context.useRuntime(helperClass)], expression);
    }
    if (pythonClass === undefined) {
      context.report(unsupportedBuiltin(expression, `instanceof ${classNode.getText()}`, insteadOfInstanceof(classNode.getText())));
      return constant(false, expression);
    }
    return call(name("isinstance"), [value, name(pythonClass)], expression);
  }
  return call(name("isinstance"), [value, context.transformExpression(classNode)], expression);
}

export function transformPrefixUnary(expression: PrefixUnaryExpression, context: TransformContext): py.Expression {
  const operand = expression.getOperand();
  switch (expression.getOperatorToken()) {
    case SyntaxKind.ExclamationToken:
      return transformCondition(expression, context);
    case SyntaxKind.MinusToken: {
      if (Node.isNumericLiteral(operand)) {
        const value = Number(operand.getText().replaceAll("_", ""));
        // -0 is a float in Python: the int 0 has no sign.
        return { kind: "Constant", value: { number: value === 0 ? "-0.0" : numberSource(-value, context) }, origin: expression };
      }
      const value = context.transformExpression(operand);
      // `-text` converts first, as `+text` does; so does `-x!` of a value that may be None (NaN for undefined, -0 for null).
      const plainNumber = shapeOfNode(operand, context).kind === "number" && !mayBeNoneUnderAssertion(operand);
      return negate(plainNumber ? value : numberConversion(value, operand, context), context, expression);
    }
    case SyntaxKind.PlusToken:
      return numberConversion(context.transformExpression(operand), operand, context, expression);
    case SyntaxKind.PlusPlusToken:
    case SyntaxKind.MinusMinusToken:
      return transformIncrementValue(expression, context);
    case SyntaxKind.TildeToken:
      return call(context.useRuntime("js_bit_not"), [context.transformExpression(operand)], expression);
    default:
      context.report(unsupportedSyntax(expression, "this prefix operator"));
      return name("None", expression);
  }
}

/**
 * A number, or a value of type `never`: inside `count ??= count ^ 1` TypeScript types `count` as
 * never when it cannot be nullish, since the right side never runs (found by the fuzz, seed 20261202).
 */
function isBitwiseOperand(operand: Node, context: TransformContext): boolean {
  return shapeOfNode(operand, context).kind === "number" || operand.getType().isNever();
}

export function transformPostfixUnary(node: PostfixUnaryExpression, context: TransformContext): py.Expression {
  return transformIncrementValue(node, context);
}
