/**
 * What a name refers to, for the checks that follow code: its declarations, through an import to
 * the module that declares it, and whether a declaration is the library's (the standard library's
 * or a host's declaration file), which runs none of the program's code but what it is given.
 */
import { Node, Symbol as MorphSymbol } from "ts-morph";

/** The declarations of a symbol, an imported one's in the module that declares it. */
export function declarationsOf(symbol: MorphSymbol | undefined): Node[] {
  return (symbol?.isAlias() === true ? symbol.getAliasedSymbol() : symbol)?.getDeclarations() ?? [];
}

export function isLibraryDeclaration(declaration: Node): boolean {
  return declaration.getSourceFile().isDeclarationFile();
}

/** The declarations of what a call's callee names (`items.join`'s `join`, `format`). */
export function calleeDeclarations(callee: Node): Node[] {
  return declarationsOf((Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee).getSymbol());
}

/** A call's callee (`items.join`, `Array.from`) that only the library declares. */
export function isLibraryCallee(callee: Node): boolean {
  const declarations = calleeDeclarations(callee);
  return declarations.length > 0 && declarations.every(isLibraryDeclaration);
}

/**
 * A call's callee (`it.next`, `Array.from`) one of whose declarations is the library's: the checks
 * that look for what the library may run take it as the library's even where the program merges a
 * declaration of its own into the library's (`interface Array<T> { … }`).
 */
export function hasLibraryDeclaration(callee: Node): boolean {
  return calleeDeclarations(callee).some(isLibraryDeclaration);
}
