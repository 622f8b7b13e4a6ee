/**
 * Arithmetic on numbers. Python's floats are JavaScript's doubles, but Python's ints are exact
 * past 2^53 and have no -0. The compiled code keeps integral values as ints (ports, counts and
 * indexes work with Python APIs), so every int must stay within ±2^53 as a double would: plain
 * Python where the operands show that it does (a float literal, small literals, lengths), else
 * `js_plus`, `js_minus`, `js_times`, `js_power`, `js_negate`, which round past 2^53 and give -0.
 */
import { SyntaxKind } from "ts-morph";
import type { Node } from "ts-morph";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import { binary, call } from "../python/build";

export type ArithmeticOperator = "+" | "-" | "*" | "**";

const HELPERS: Record<ArithmeticOperator, string> = { "+": "js_plus", "-": "js_minus", "*": "js_times", "**": "js_power" };
const SMALL = 2 ** 31;

function literalText(expression: py.Expression): string | undefined {
  if (expression.kind === "Constant" && typeof expression.value === "object" && expression.value !== null) {
    return expression.value.number;
  }
  return undefined;
}

/** A Python float whatever the other operand: a literal written with a point or an exponent, NaN, Infinity. */
function isFloat(expression: py.Expression): boolean {
  const literal = literalText(expression);
  if (literal !== undefined) {
    return /[.e]|nan|inf/.test(literal);
  }
  return expression.kind === "Attribute" && expression.value.kind === "Name" && expression.value.id === "math";
}

/** An int known to lie within ±2^31: a small integer literal, or a length. */
function isSmallInteger(expression: py.Expression): boolean {
  const literal = literalText(expression);
  if (literal !== undefined) {
    return /^-?\d+$/.test(literal) && Math.abs(Number(literal)) <= SMALL;
  }
  return expression.kind === "Call" && expression.callee.kind === "Name" && (expression.callee.id === "len" || expression.callee.id === "js_length");
}

function isNonNegativeSmall(expression: py.Expression, limit: number): boolean {
  const literal = literalText(expression);
  if (literal !== undefined) {
    return /^\d+$/.test(literal) && Number(literal) <= limit;
  }
  return false;
}

function isLength(expression: py.Expression): boolean {
  return expression.kind === "Call" && expression.callee.kind === "Name" && (expression.callee.id === "len" || expression.callee.id === "js_length");
}

/** True when plain Python gives what JavaScript gives for these operands. */
export function isPlainArithmetic(operator: ArithmeticOperator, left: py.Expression, right: py.Expression): boolean {
  if (operator === "**") {
    const base = literalText(left);
    const exponent = literalText(right);
    return base !== undefined && exponent !== undefined && /^\d+$/.test(base) && /^\d+$/.test(exponent) && Number(base) ** Number(exponent) <= 2 ** 53;
  }
  if (isFloat(left) || isFloat(right)) {
    return true;
  }
  if (operator === "*") {
    const bothLiterals = literalText(left) !== undefined && literalText(right) !== undefined;
    if (bothLiterals) {
      const product = Number(literalText(left)) * Number(literalText(right));
      return Math.abs(product) <= 2 ** 53 && !Object.is(product, -0) && product !== 0;
    }
    return (isNonNegativeSmall(left, 2 ** 20) && isLength(right)) || (isNonNegativeSmall(right, 2 ** 20) && isLength(left));
  }
  return isSmallInteger(left) && isSmallInteger(right);
}

export function arithmetic(operator: ArithmeticOperator, left: py.Expression, right: py.Expression, context: TransformContext, origin?: Node): py.Expression {
  if (isPlainArithmetic(operator, left, right)) {
    return binary(operator, left, right, origin);
  }
  const helper = HELPERS[operator];
  if (operator !== "**" && left.kind === "Call" && left.callee.kind === "Name" && left.callee.id === helper && left.keywords.length === 0) {
    // `a + b + c`: one call from the left, js_plus(a, b, c), where nesting a call per term made
    // Python 3.8's parser fail at import past about 90 terms.
    return call(context.useRuntime(helper), [...left.args, right], origin);
  }
  return call(context.useRuntime(helper), [left, right], origin);
}

/** `-x`: JavaScript's -0 for 0, which Python's int cannot hold. */
export function negate(operand: py.Expression, context: TransformContext, origin?: Node): py.Expression {
  if (isFloat(operand)) {
    return { kind: "Unary", operator: "-", operand, origin };
  }
  return call(context.useRuntime("js_negate"), [operand], origin);
}

/** JavaScript's bitwise operators work on 32-bit integers (`x | 0`, `x >>> 0`); Python's on unbounded ints: a helper each, for the operator and its compound assignment. */
export const BITWISE_HELPERS: Partial<Record<SyntaxKind, string>> = {
  [SyntaxKind.AmpersandToken]: "js_bit_and",
  [SyntaxKind.BarToken]: "js_bit_or",
  [SyntaxKind.CaretToken]: "js_bit_xor",
  [SyntaxKind.LessThanLessThanToken]: "js_shift_left",
  [SyntaxKind.GreaterThanGreaterThanToken]: "js_shift_right",
  [SyntaxKind.GreaterThanGreaterThanGreaterThanToken]: "js_shift_right_unsigned",
  [SyntaxKind.AmpersandEqualsToken]: "js_bit_and",
  [SyntaxKind.BarEqualsToken]: "js_bit_or",
  [SyntaxKind.CaretEqualsToken]: "js_bit_xor",
  [SyntaxKind.LessThanLessThanEqualsToken]: "js_shift_left",
  [SyntaxKind.GreaterThanGreaterThanEqualsToken]: "js_shift_right",
  [SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken]: "js_shift_right_unsigned",
};
