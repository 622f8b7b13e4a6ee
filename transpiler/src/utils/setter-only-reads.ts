/**
 * Reading a property that a class (or an object literal) defines with a setter and no getter:
 * JavaScript reads undefined. The compiled property's getter returns None, which the types cannot
 * tell from null (TypeScript types the read as the setter's parameter, `number`), so it would print
 * and convert as null: refused.
 */
import { Node, SyntaxKind } from "ts-morph";
import type { ElementAccessExpression, Expression, PropertyAccessExpression, Symbol as MorphSymbol } from "ts-morph";
import type { TransformContext } from "../context";
import { unsupportedSyntax } from "../diagnostics";
import { noneMeaning } from "./none-meaning";

/** Reports a read of a setter without a getter; a plain assignment to it (`box.size = 3`) only writes. */
export function refuseSetterOnlyRead(access: PropertyAccessExpression | ElementAccessExpression, context: TransformContext): void {
  const nameNode = Node.isPropertyAccessExpression(access) ? access.getNameNode() : access.getArgumentExpression();
  // `box["size"]` names the member as `box.size` does.
  const member =
    nameNode === undefined
      ? undefined
      : Node.isIdentifier(nameNode) || Node.isPrivateIdentifier(nameNode)
        ? nameNode.getText()
        : Node.isStringLiteral(nameNode)
          ? nameNode.getLiteralText()
          : undefined;
  if (nameNode === undefined || member === undefined || !isSetterOnly(context.checker.getSymbolAtLocation(nameNode))) {
    return;
  }
  if (!isOnlyWritten(access) && !keepsUndefined(access, context)) {
    refuseSetterOnlyMember(context.checker.getSymbolAtLocation(nameNode), access, member, context);
  }
}

/** Whether a symbol is a class's or an object literal's setter without a getter. */
function isSetterOnly(symbol: MorphSymbol | undefined): boolean {
  const declarations = symbol?.getDeclarations() ?? [];
  const ownedByValue = (declaration: Node): boolean => {
    const owner = declaration.getParent();
    return owner !== undefined && (Node.isClassDeclaration(owner) || Node.isClassExpression(owner) || Node.isObjectLiteralExpression(owner));
  };
  return declarations.length > 0 && declarations.every((declaration) => Node.isSetAccessorDeclaration(declaration) && ownedByValue(declaration));
}

/** Reports a read of `member` (by a property access or a destructuring) if the symbol is a setter without a getter. */
export function refuseSetterOnlyMember(symbol: MorphSymbol | undefined, at: Node, member: string, context: TransformContext): void {
  if (isSetterOnly(symbol)) {
    context.report(
      unsupportedSyntax(
        at,
        `reading \`${member}\`, a setter without a getter (JavaScript reads undefined, which the compiled code would print and convert as null, the read being typed as the setter's value; read a field the setter keeps, add a getter, or read it where undefined is expected: \`?? fallback\`, an argument or array element typed \`T | undefined\`)`,
      ),
    );
  }
}

/**
 * Whether the read's None is taken for undefined where it goes: the left of `??` or `??=` whose
 * right is never null or undefined (either meaning gives the same: the right's value), or a place
 * typed as admitting undefined and not null whose later reads keep that type: an argument (`describe(box.size)` with `value?: number`), an array or object
 * literal's element, a returned value. Not a variable or property assigned it: TypeScript narrows
 * `const last: number | undefined = box.size` to `number` where `last` is read.
 */
function keepsUndefined(access: Expression, context: TransformContext): boolean {
  let node: Node = access;
  while (Node.isParenthesizedExpression(node.getParent())) {
    node = node.getParentOrThrow();
  }
  const parent = node.getParent();
  if (Node.isBinaryExpression(parent) && parent.getLeft() === node) {
    const operator = parent.getOperatorToken().getKind();
    const fallback = noneMeaning(parent.getRight().getType());
    return (operator === SyntaxKind.QuestionQuestionToken || operator === SyntaxKind.QuestionQuestionEqualsToken) && !fallback.null && !fallback.undefined;
  }
  const keepsType =
    ((Node.isCallExpression(parent) || Node.isNewExpression(parent)) && parent.getArguments().includes(node)) ||
    Node.isArrayLiteralExpression(parent) ||
    (Node.isPropertyAssignment(parent) && parent.getInitializer() === node) ||
    Node.isReturnStatement(parent) ||
    (Node.isArrowFunction(parent) && parent.getBody() === node);
  const contextual = keepsType && Node.isExpression(node) ? context.checker.getContextualType(node) : undefined;
  const meaning = contextual === undefined ? undefined : noneMeaning(contextual);
  return meaning !== undefined && meaning.undefined && !meaning.null;
}

/** Whether the access is only assigned to: the target of `=`, of a destructuring assignment, or of `for … of`. */
function isOnlyWritten(access: Node): boolean {
  let node: Node = access;
  let parent = node.getParent();
  while (parent !== undefined && (Node.isParenthesizedExpression(parent) || Node.isNonNullExpression(parent) || Node.isAsExpression(parent))) {
    node = parent;
    parent = node.getParent();
  }
  if (parent === undefined) {
    return false;
  }
  if (Node.isBinaryExpression(parent)) {
    return parent.getLeft() === node && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken;
  }
  if (Node.isForOfStatement(parent)) {
    return parent.getInitializer() === node;
  }
  // `[box.size] = [3]`, `({ v: box.size } = o)`, `[...box.all] = list`: an element of a target.
  const element = Node.isPropertyAssignment(parent) || Node.isSpreadElement(parent) ? parent.getParent() : parent;
  if (Node.isArrayLiteralExpression(element) || Node.isObjectLiteralExpression(element)) {
    return isOnlyWritten(element);
  }
  return false;
}
