/**
 * What `this` is where TypeScript's type does not say it: whose `this` it is (thisOwner), the object
 * literal it is (thisLiteral), and the polymorphic `this` type of a class's (or an interface's)
 * members, which TypeScript makes a type parameter whose symbol is the class itself, and ts-morph
 * reports no constraint for, so it would read as an unconstrained `T` (any value, null and undefined
 * included).
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

/** The function whose `this` a `this` is: the nearest enclosing function that is not an arrow (or a class, for a field's initializer). */
export function thisOwner(node: Node): Node | undefined {
  return node.getFirstAncestor(
    (ancestor) =>
      Node.isFunctionDeclaration(ancestor) ||
      Node.isFunctionExpression(ancestor) ||
      Node.isMethodDeclaration(ancestor) ||
      Node.isGetAccessorDeclaration(ancestor) ||
      Node.isSetAccessorDeclaration(ancestor) ||
      Node.isConstructorDeclaration(ancestor) ||
      Node.isClassDeclaration(ancestor) ||
      Node.isClassExpression(ancestor),
  );
}

/** The object literal whose method or accessor `this` is in, if it is in one. */
export function thisLiteral(keyword: Node): Node | undefined {
  const owner = thisOwner(keyword);
  const parent = owner?.getParent();
  return owner !== undefined && !Node.isFunctionDeclaration(owner) && parent !== undefined && Node.isObjectLiteralExpression(parent) ? parent : undefined;
}
