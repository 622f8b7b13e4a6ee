/**
 * Arithmetic and comparison on a value typed `any`. JavaScript turns each operand of `-`, `*`, `/`,
 * `%`, `**`, `++`, `--`, of Math's functions and of `<` (unless both are texts) into a number first
 * ("6" * 2 is 12, null * 2 is 0, undefined * 2 is NaN, undefined < 1 is false), and `+` joins texts
 * when either side is one; the compiled operators and helpers take numbers as they are, so `"6" * 2`
 * was "66" in Python and `"6" - 1` raised, and None is null and undefined alike (undefined < 1 was
 * true). A number type makes them exact; a value typed `any` is refused here, once per operation,
 * whichever path (value or statement, plain or compound) compiles it.
 */
import { CallExpression, Node, SourceFile, SyntaxKind } from "ts-morph";
import { nodesOfFile } from "./file-nodes";
import type { TransformContext } from "../context";
import { untypedArithmetic, untypedBuiltInArgument } from "../diagnostics";
import { thisLiteral } from "./this-type";
import { untypedLibraryArgument } from "./untyped-library-argument";
import { untypedLibrarySource } from "./untyped-sources";
import { shapeOfNode } from "./types";

const CONVERTING_OPERATORS = new Set([
  SyntaxKind.MinusToken,
  SyntaxKind.AsteriskToken,
  SyntaxKind.AsteriskAsteriskToken,
  SyntaxKind.SlashToken,
  SyntaxKind.PercentToken,
  SyntaxKind.MinusEqualsToken,
  SyntaxKind.AsteriskEqualsToken,
  SyntaxKind.AsteriskAsteriskEqualsToken,
  SyntaxKind.SlashEqualsToken,
  SyntaxKind.PercentEqualsToken,
  // `undefined < 1` is false (NaN), where the compiled comparison read None as null's 0.
  SyntaxKind.LessThanToken,
  SyntaxKind.LessThanEqualsToken,
  SyntaxKind.GreaterThanToken,
  SyntaxKind.GreaterThanEqualsToken,
]);

export function reportUntypedArithmetic(sourceFile: SourceFile, context: TransformContext): void {
  nodesOfFile(sourceFile).forEach((node) => {
    const operand = untypedOperand(node, context);
    if (operand !== undefined) {
      context.report(untypedArithmetic(operand, operationText(node), readsUntypedThis(operand), untypedLibrarySource(operand)));
    } else if (Node.isCallExpression(node) || Node.isNewExpression(node)) {
      const given = untypedLibraryArgument(node, context);
      if (given !== undefined) {
        context.report(untypedBuiltInArgument(given));
      }
    }
  });
}

/** The operand typed `any` of an arithmetic operation that JavaScript would convert, if there is one. */
export function untypedOperand(node: Node, context: TransformContext): Node | undefined {
  if (Node.isBinaryExpression(node)) {
    const operator = node.getOperatorToken().getKind();
    const operands = [node.getLeft(), node.getRight()];
    if (CONVERTING_OPERATORS.has(operator)) {
      return operands.find(isTypedAny);
    }
    if (operator === SyntaxKind.PlusToken || operator === SyntaxKind.PlusEqualsToken) {
      // Beside a text, the `any` side is turned into text, which is refused on its own (CS1045).
      return operands.some((side) => shapeOfNode(side, context).kind === "string") ? undefined : operands.find(isTypedAny);
    }
    return undefined;
  }
  if (Node.isPrefixUnaryExpression(node) || Node.isPostfixUnaryExpression(node)) {
    const operator = node.getOperatorToken();
    return (operator === SyntaxKind.PlusPlusToken || operator === SyntaxKind.MinusMinusToken) && isTypedAny(node.getOperand()) ? node.getOperand() : undefined;
  }
  if (Node.isCallExpression(node) && isMathCall(node, context)) {
    return node.getArguments().find((argument) => (Node.isSpreadElement(argument) ? spreadsAny(argument.getExpression()) : isTypedAny(argument)));
  }
  return undefined;
}

function isTypedAny(node: Node): boolean {
  return node.getType().isAny();
}

/** `Math.max(...values)` of an `any[]` (or of an `any`). */
function spreadsAny(node: Node): boolean {
  const type = node.getType();
  return type.isAny() || type.getArrayElementType()?.isAny() === true || type.getTupleElements().some((element) => element.isAny());
}

function isMathCall(node: CallExpression, context: TransformContext): boolean {
  const callee = node.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() === "random") {
    return false;
  }
  const receiver = callee.getExpression();
  const declaration = Node.isIdentifier(receiver) && receiver.getText() === "Math" ? context.resolveSymbol(receiver)?.getDeclarations()[0] : undefined;
  return declaration !== undefined && context.isStandardLibrary(declaration);
}

function operationText(node: Node): string {
  if (Node.isBinaryExpression(node)) {
    return `\`${node.getOperatorToken().getText()}\``;
  }
  if (Node.isPrefixUnaryExpression(node) || Node.isPostfixUnaryExpression(node)) {
    return `\`${node.getOperatorToken() === SyntaxKind.PlusPlusToken ? "++" : "--"}\``;
  }
  return Node.isCallExpression(node) ? `\`${node.getExpression().getText()}\`` : "this arithmetic";
}

/**
 * `this.n` in a method of an object literal given where `any` is expected (`JSON.stringify({ n, get
 * twice() { return this.n * 2; } })`): TypeScript types `this` there any, and checks nothing the
 * methods do with it (a caller may even write a text into `n`), so the literal's own member type is
 * no promise; in a `const` of its own, `this` is the literal's type.
 */
function readsUntypedThis(operand: Node): boolean {
  let inner = operand;
  while (Node.isPropertyAccessExpression(inner) || Node.isElementAccessExpression(inner) || Node.isParenthesizedExpression(inner)) {
    inner = inner.getExpression();
  }
  return Node.isThisExpression(inner) && thisLiteral(inner) !== undefined;
}
