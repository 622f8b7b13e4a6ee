/** The Python name of whatever a TypeScript identifier or member refers to. */
import { Node, Symbol as MorphSymbol, SyntaxKind } from "ts-morph";
import type { TransformContext } from "../context";
import { safeName, typeName, valueName } from "./naming";

function isTypeLikeDeclaration(declaration: Node): boolean {
  return (
    Node.isClassDeclaration(declaration) ||
    Node.isEnumDeclaration(declaration) ||
    Node.isInterfaceDeclaration(declaration) ||
    Node.isTypeAliasDeclaration(declaration)
  );
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
  if (isTypeLikeDeclaration(declaration)) {
    return typeName(identifier);
  }
  return valueName(identifier) + blockScopeSuffix(declaration, identifier);
}

function isLocalBinding(node: Node): boolean {
  return Node.isVariableDeclaration(node) || Node.isBindingElement(node) || Node.isParameterDeclaration(node);
}

/** The bound name when it is a plain identifier (not a destructuring pattern), else "". */
function boundName(node: Node): string {
  if (Node.isVariableDeclaration(node) || Node.isBindingElement(node) || Node.isParameterDeclaration(node)) {
    const nameNode = node.getNameNode();
    return Node.isIdentifier(nameNode) ? nameNode.getText() : "";
  }
  return "";
}

/** The function (or module) whose one Python scope holds a binding, whatever TypeScript block it is in. */
function pythonScopeOf(node: Node): Node {
  return node.getFirstAncestor((ancestor) => Node.isFunctionLikeDeclaration(ancestor) || Node.isSourceFile(ancestor)) ?? node.getSourceFile();
}

/** declaration's compiler node → its suffix; computed once per Python scope and name. */
const suffixes: WeakMap<object, string> = new WeakMap();

/**
 * TypeScript's `const`/`let` are per block; Python has one scope per function. Two blocks declaring
 * the same name with different types would become one Python variable annotated two ways (pyright
 * rejects it), so the second type gets the name `_2`, the third `_3`. Same-typed reuse keeps one name.
 */
function blockScopeSuffix(declaration: Node, identifier: string): string {
  if (!isLocalBinding(declaration)) {
    return "";
  }
  const known = suffixes.get(declaration.compilerNode);
  if (known !== undefined) {
    return known;
  }
  const scope = pythonScopeOf(declaration);
  const bindings = scope.getDescendants().filter((node) => boundName(node) === identifier && pythonScopeOf(node) === scope);
  const typesInOrder: string[] = [];
  for (const binding of bindings) {
    const typeText = binding.getType().getText(binding);
    if (!typesInOrder.includes(typeText)) {
      typesInOrder.push(typeText);
    }
    const position = typesInOrder.indexOf(typeText);
    suffixes.set(binding.compilerNode, position === 0 ? "" : `_${position + 1}`);
  }
  return suffixes.get(declaration.compilerNode) ?? "";
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
    return renamed !== undefined && renamed !== "" ? renamed : (symbol?.getName() ?? fallback);
  }
  if (context.isStandardLibrary(declaration) || Node.isEnumMember(declaration)) {
    return symbol?.getName() ?? fallback; // enum members keep their names, as the enum class defines them
  }
  const name = symbol?.getName() ?? fallback;
  const isPrivate = (Node.isModifierable(declaration) && declaration.hasModifier(SyntaxKind.PrivateKeyword)) || name.startsWith("#");
  const base = valueName(name.replace(/^#/, ""));
  if (name.startsWith("#")) {
    // `#id` belongs to its own class: a subclass's `#id` is another field. Named as Python mangles
    // `__id` (`_Base__id`), which no camelCase member turns into.
    const owner = declaration.getFirstAncestor((ancestor) => Node.isClassDeclaration(ancestor) || Node.isClassExpression(ancestor));
    const ownerName = owner !== undefined && (Node.isClassDeclaration(owner) || Node.isClassExpression(owner)) ? owner.getName() : undefined;
    return ownerName !== undefined ? `_${ownerName}__${base}` : `_${base}`;
  }
  return isPrivate ? `_${base}` : base;
}
