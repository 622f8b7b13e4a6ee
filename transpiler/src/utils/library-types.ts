/** The standard library's own types, told apart by name: a program's class named `RegExp` is not one. */
import type { Type } from "ts-morph";
import type { TransformContext } from "../context";

/** The name of the standard library's type this is (`RegExp`, `Generator`, `ArrayIterator`…), else undefined. */
export function libraryTypeName(type: Type, context: TransformContext): string | undefined {
  const symbol = type.getSymbol() ?? type.getAliasSymbol();
  const declarations = symbol?.getDeclarations() ?? [];
  return symbol !== undefined && declarations.length > 0 && declarations.every((declaration) => context.isStandardLibrary(declaration))
    ? symbol.getName()
    : undefined;
}
