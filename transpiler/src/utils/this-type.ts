/**
 * What `this` is where TypeScript's type does not say it. The polymorphic `this` type of a class's (or an interface's) members: TypeScript makes it a type
 * parameter whose symbol is the class itself, and ts-morph reports no constraint for it, so it would
 * read as an unconstrained `T` (any value, null and undefined included).
 */
import { Node, PropertyAccessExpression, SyntaxKind, Type } from "ts-morph";

export function isPolymorphicThis(type: Type): boolean {
  return (
    type.isTypeParameter() &&
    (type.getSymbol()?.getDeclarations() ?? []).some(
      (declaration) => Node.isClassDeclaration(declaration) || Node.isClassExpression(declaration) || Node.isInterfaceDeclaration(declaration),
    )
  );
}

/** The object literal whose method or accessor `this` is in, if it is in one. */
export function thisLiteral(keyword: Node): Node | undefined {
  const owner = keyword.getFirstAncestor(
    (ancestor) =>
      Node.isFunctionDeclaration(ancestor) ||
      Node.isFunctionExpression(ancestor) ||
      Node.isMethodDeclaration(ancestor) ||
      Node.isGetAccessorDeclaration(ancestor) ||
      Node.isSetAccessorDeclaration(ancestor) ||
      Node.isConstructorDeclaration(ancestor) ||
      Node.isClassDeclaration(ancestor),
  );
  const parent = owner?.getParent();
  return owner !== undefined && !Node.isFunctionDeclaration(owner) && parent !== undefined && Node.isObjectLiteralExpression(parent) ? parent : undefined;
}

/**
 * `this.count` in a method or accessor of an object literal given where `any` is expected
 * (`JSON.stringify({ n: 1, get twice() { return this.n * 2; } })`): TypeScript types `this`, and so
 * the member, any, but `this` is the literal, whose own member says what it holds (a number here).
 */
export function literalMemberType(node: Node): Type | undefined {
  if (!Node.isPropertyAccessExpression(node) || node.getExpression().getKind() !== SyntaxKind.ThisKeyword || !node.getType().isAny()) {
    return undefined;
  }
  const literal = thisLiteral(node.getExpression());
  const member = literal?.getType().getProperty(node.getName())?.getTypeAtLocation(literal);
  if (literal === undefined || member === undefined) {
    return undefined;
  }
  // Through an untyped `this` TypeScript lets the literal's own methods write anything there
  // (`this.n = "text"`): only writes of the member's type keep it.
  const keepsItsType = literal.getDescendants().every((write) => {
    const target = writtenThisMember(write);
    if (target === undefined || target.getName() !== node.getName() || thisLiteral(target.getExpression()) !== literal) {
      return true;
    }
    return Node.isBinaryExpression(write) && write.getOperatorToken().getKind() === SyntaxKind.EqualsToken && write.getRight().getType().isAssignableTo(member);
  });
  return keepsItsType ? member : undefined;
}

/** The `this.name` a node writes (an assignment, a compound assignment, `++`, `--`), if it writes one. */
function writtenThisMember(node: Node): PropertyAccessExpression | undefined {
  let target: Node | undefined;
  if (Node.isBinaryExpression(node)) {
    const operator = node.getOperatorToken().getKind();
    target = operator >= SyntaxKind.FirstAssignment && operator <= SyntaxKind.LastAssignment ? node.getLeft() : undefined;
  } else if (Node.isPrefixUnaryExpression(node) || Node.isPostfixUnaryExpression(node)) {
    const operator = node.getOperatorToken();
    target = operator === SyntaxKind.PlusPlusToken || operator === SyntaxKind.MinusMinusToken ? node.getOperand() : undefined;
  }
  return target !== undefined && Node.isPropertyAccessExpression(target) && target.getExpression().getKind() === SyntaxKind.ThisKeyword ? target : undefined;
}
