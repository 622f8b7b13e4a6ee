/** A call's type parameters, and what TypeScript inferred for them. */
import { CallExpression, NewExpression, Node, Type, TypeParameterDeclaration } from "ts-morph";
import type { TransformContext } from "../context";
import { wrapType } from "./types";

/** The type parameters a call infers: a function's or method's own, a constructor's class's. */
export function callTypeParameters(declaration: Node): TypeParameterDeclaration[] {
  const owner = Node.isConstructorDeclaration(declaration) ? declaration.getParent() : declaration;
  return Node.isTypeParametered(owner) ? owner.getTypeParameters() : [];
}

/** What TypeScript took for each of a call's type parameters (written or inferred), in their order; undefined where it resolved no signature. */
export function inferredTypeArguments(node: CallExpression | NewExpression, context: TransformContext): (Type | undefined)[] | undefined {
  const checker = context.checker.compilerObject;
  const signature = checker.getResolvedSignature(node.compilerNode);
  const typeArguments = signature === undefined ? undefined : checker.getTypeArgumentsForResolvedSignature(signature);
  if (typeArguments === undefined) {
    return undefined;
  }
  const anchor = node.getType();
  return typeArguments.map((type) => (type === undefined ? undefined : wrapType(anchor, type)));
}
