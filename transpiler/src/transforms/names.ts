/** The Python name of whatever a TypeScript identifier or member refers to. */
import { Node, Symbol as MorphSymbol, SyntaxKind } from "ts-morph";
import type { TransformContext } from "../context";
import { safeName, typeName, valueName } from "../naming";

function isTypeLikeDeclaration(declaration: Node): boolean {
  return Node.isClassDeclaration(declaration) || Node.isEnumDeclaration(declaration) || Node.isInterfaceDeclaration(declaration) || Node.isTypeAliasDeclaration(declaration);
}

/** A JSDoc tag on a host declaration (`@pythonName print_`, `@pythonKeywords`), or undefined. */
export function hostTag(declaration: Node | undefined, tag: string): string | undefined {
  if (declaration === undefined || !Node.isJSDocable(declaration)) {
    return undefined;
  }
  for (const doc of declaration.getJsDocs()) {
    for (const found of doc.getTags()) {
      if (found.getTagName() === tag) {
        return (found.getCommentText() ?? "").trim();
      }
    }
  }
  return undefined;
}

/** Python name for a declaration's own name (variables, parameters, functions, classes). */
export function nameForDeclaration(declaration: Node, identifier: string, context: TransformContext): string {
  if (context.isHostDeclaration(declaration)) {
    return identifier; // Kodi's and our shims' names are Python names already
  }
  return isTypeLikeDeclaration(declaration) ? typeName(identifier) : valueName(identifier);
}

/** Python name for an identifier in an expression. */
export function nameForIdentifier(node: Node, context: TransformContext): string {
  const text = node.getText();
  const local = context.checker.getSymbolAtLocation(node);
  if (local !== undefined && local.isAlias()) {
    // An imported name: host imports keep their name, our own follow our naming rule.
    const target = local.getAliasedSymbol();
    const targetDeclaration = target?.getDeclarations()[0];
    if (targetDeclaration !== undefined && context.isHostDeclaration(targetDeclaration)) {
      // `@pythonName` renames a host API whose Python name TypeScript cannot spell.
      const renamed = hostTag(targetDeclaration, "pythonName");
      if (renamed !== undefined && renamed !== "" && text === target?.getName()) {
        return renamed;
      }
      return text === target?.getName() ? text : safeName(text);
    }
    if (targetDeclaration !== undefined && isTypeLikeDeclaration(targetDeclaration)) {
      return typeName(text);
    }
    return valueName(text);
  }
  const declaration = local?.getDeclarations()[0];
  if (declaration === undefined) {
    return valueName(text);
  }
  return nameForDeclaration(declaration, text, context);
}

/** Python name of a class or interface member: private members get Python's leading underscore. */
export function nameForMember(symbol: MorphSymbol | undefined, fallback: string, context: TransformContext): string {
  const declaration = symbol?.getDeclarations()[0];
  if (declaration === undefined) {
    return valueName(fallback);
  }
  if (context.isHostDeclaration(declaration)) {
    const renamed = hostTag(declaration, "pythonName");
    return renamed !== undefined && renamed !== "" ? renamed : symbol?.getName() ?? fallback;
  }
  if (context.isStandardLibrary(declaration) || Node.isEnumMember(declaration)) {
    return symbol?.getName() ?? fallback; // enum members keep their names, as the enum class defines them
  }
  const name = symbol?.getName() ?? fallback;
  const isPrivate =
    (Node.isModifierable(declaration) && declaration.hasModifier(SyntaxKind.PrivateKeyword)) || name.startsWith("#");
  const base = valueName(name.replace(/^#/, ""));
  return isPrivate ? `_${base}` : base;
}
