/**
 * What `this` is where TypeScript's type does not say it. The polymorphic `this` type of a class's (or an interface's) members: TypeScript makes it a type
 * parameter whose symbol is the class itself, and ts-morph reports no constraint for it, so it would
 * read as an unconstrained `T` (any value, null and undefined included).
 */
import { Node, Type } from "ts-morph";

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
