/**
 * Where a piece of code makes a value text, a number or a key without naming a member: the places
 * its `toString` or `valueOf` runs by the language's own conversions. The construction check uses
 * them twice, for what the code runs (`implicitlyRun`) and for where an escaped instance is
 * converted (`instanceConversions`), so both see the same sites.
 */
import { Node, SyntaxKind } from "ts-morph";

/** A value converted at a node: to text (its `toString` runs, else its `valueOf`), or to a number or a key (only a value that may be an object runs one). */
export interface Conversion {
  value: Node;
  to: "text" | "number";
}

/** The operators that make numbers, keys or primitives of their operands (`+` makes text, on its own). */
export const CONVERTING_OPERATORS = new Set([
  SyntaxKind.MinusToken,
  SyntaxKind.AsteriskToken,
  SyntaxKind.SlashToken,
  SyntaxKind.PercentToken,
  SyntaxKind.AsteriskAsteriskToken,
  SyntaxKind.LessThanToken,
  SyntaxKind.GreaterThanToken,
  SyntaxKind.LessThanEqualsToken,
  SyntaxKind.GreaterThanEqualsToken,
  SyntaxKind.EqualsEqualsToken,
  SyntaxKind.ExclamationEqualsToken,
  SyntaxKind.AmpersandToken,
  SyntaxKind.BarToken,
  SyntaxKind.CaretToken,
  SyntaxKind.LessThanLessThanToken,
  SyntaxKind.GreaterThanGreaterThanToken,
  SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
  SyntaxKind.MinusEqualsToken,
  SyntaxKind.AsteriskEqualsToken,
  SyntaxKind.SlashEqualsToken,
  SyntaxKind.PercentEqualsToken,
  SyntaxKind.AsteriskAsteriskEqualsToken,
  SyntaxKind.AmpersandEqualsToken,
  SyntaxKind.BarEqualsToken,
  SyntaxKind.CaretEqualsToken,
  SyntaxKind.LessThanLessThanEqualsToken,
  SyntaxKind.GreaterThanGreaterThanEqualsToken,
  SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
  SyntaxKind.InKeyword,
]);

/** The library's functions that make a number of what they are given (an object's valueOf, else its toString, runs). */
export const NUMBER_CONVERSIONS = new Set(["Number", "parseInt", "parseFloat", "Number.parseInt", "Number.parseFloat", "isNaN", "isFinite"]);

/**
 * The values a node converts: a template's part, each side of `+` and `+=` and `String(value)` to
 * text; each side of the other converting operators, the operand of a prefix `+`, `-` or `~`, a
 * computed key (`{ [key]: 1 }`), an element access's key and what `Number(value)` and its kin are
 * given to a number or a key (review S59, t04, t12, t13; S59A, F1).
 */
export function conversionsAt(node: Node): Conversion[] {
  if (Node.isTemplateSpan(node)) {
    return [{ value: node.getExpression(), to: "text" }];
  }
  if (Node.isBinaryExpression(node)) {
    const operator = node.getOperatorToken().getKind();
    const to =
      operator === SyntaxKind.PlusToken || operator === SyntaxKind.PlusEqualsToken ? "text" : CONVERTING_OPERATORS.has(operator) ? "number" : undefined;
    return to === undefined ? [] : [node.getLeft(), node.getRight()].map((value) => ({ value, to }));
  }
  if (Node.isPrefixUnaryExpression(node) && [SyntaxKind.PlusToken, SyntaxKind.MinusToken, SyntaxKind.TildeToken].includes(node.getOperatorToken())) {
    return [{ value: node.getOperand(), to: "number" }];
  }
  if (Node.isComputedPropertyName(node)) {
    return [{ value: node.getExpression(), to: "number" }];
  }
  if (Node.isElementAccessExpression(node)) {
    const key = node.getArgumentExpression();
    return key === undefined ? [] : [{ value: key, to: "number" }];
  }
  if (Node.isCallExpression(node) || Node.isNewExpression(node)) {
    const name = node.getExpression().getText();
    const to = name === "String" ? "text" : NUMBER_CONVERSIONS.has(name) ? "number" : undefined;
    return to === undefined ? [] : (node.getArguments() ?? []).map((value) => ({ value, to }));
  }
  return [];
}

/** Whether a value is one of the library's conversions given by name (`String`, `Number`, `parseFloat`), which runs the valueOf or toString of what it is given. */
export function isConversionGivenByName(value: Node): boolean {
  const text = value.getText();
  return text === "String" || NUMBER_CONVERSIONS.has(text);
}
