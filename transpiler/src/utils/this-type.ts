/**
 * The polymorphic `this` type of a class's (or an interface's) members: TypeScript makes it a type
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
