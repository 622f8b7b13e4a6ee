/**
 * Regular expressions: literals and `new RegExp(constant, constant)` become `JsRegExp(python
 * pattern, source, flags, group names)`, the pattern translated at compile time
 * (./regexp-pattern.ts); their methods and the string methods that take one (match, matchAll,
 * replace, replaceAll, split, search) become runtime helpers that follow ECMA-262's algorithms.
 */
import { CallExpression, NewExpression, Node, PropertyAccessExpression, RegularExpressionLiteral, SyntaxKind, Type, VariableDeclarationKind } from "ts-morph";
import type { TransformContext } from "../context";
import { nonConstantRegExp, regExpArgumentRequired, unsupportedBuiltin, untranslatableRegExp } from "../diagnostics";
import type * as py from "../python/ast";
import { attribute, call, constant, methodCall, name, text } from "../python/build";
import { translateRegExp } from "./regexp-pattern";
import { libraryTypeName } from "../utils/library-types";

function isLibrarySymbolNamed(type: Type, names: string[], context: TransformContext): boolean {
  const name = libraryTypeName(type, context);
  return name !== undefined && names.includes(name);
}

/** A RegExp by its type (`RegExp | null` too: `a?.global` reads the attribute after the null check). */
export function isRegExp(node: Node, context: TransformContext): boolean {
  return isLibrarySymbolNamed(node.getType().getNonNullableType(), ["RegExp"], context);
}

/**
 * A pattern that may be a string or a regular expression (`sep: string | RegExp`, a `P extends
 * string | RegExp`): which method it takes is known only at run time.
 */
export function mayBeRegExp(node: Node, context: TransformContext): boolean {
  let type = node.getType().getNonNullableType();
  if (type.isTypeParameter()) {
    type = type.getConstraint() ?? type;
  }
  return (type.isUnion() ? type.getUnionTypes() : [type]).some((member) => isLibrarySymbolNamed(member, ["RegExp"], context));
}

/** What to write for a pattern that may be either: narrow it, so that each call knows its kind. */
export function narrowPatternAdvice(method: string, pattern: Node): string {
  const name = pattern.getText();
  return `narrow it, \`typeof ${name} === "string" ? text.${method}(${name}, …) : text.${method}(${name}, …)\``;
}

/** The arrays exec, match and matchAll return (with index, input and groups). */
export function isRegExpMatchArray(type: Type, context: TransformContext): boolean {
  return isLibrarySymbolNamed(type.getNonNullableType(), ["RegExpExecArray", "RegExpMatchArray"], context);
}

function regExpObject(pattern: string, flags: string, node: Node, context: TransformContext): py.Expression {
  const translation = translateRegExp(pattern, flags);
  if ("refused" in translation) {
    context.report(untranslatableRegExp(node, translation.refused));
    return name("None", node);
  }
  const { python, source, flags: canonicalFlags, groups } = translation.pattern;
  const args: py.Expression[] = [text(python), text(source), text(canonicalFlags)];
  if (groups.length > 0) {
    args.push({ kind: "List", elements: groups.map((group) => (group === undefined ? constant(null) : text(group))) });
  }
  return call(context.useRuntime("JsRegExp"), args, node);
}

/** The pattern and flags a RegExp expression certainly holds: a literal, `new RegExp` of constants, or a `const` holding one. */
function knownRegExp(node: Node, context: TransformContext): { pattern: string; flags: string } | undefined {
  if (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isNonNullExpression(node)) {
    return knownRegExp(node.getExpression(), context);
  }
  if (Node.isRegularExpressionLiteral(node)) {
    const literal = node.getText();
    const end = literal.lastIndexOf("/");
    return { pattern: literal.slice(1, end), flags: literal.slice(end + 1) };
  }
  if (Node.isNewExpression(node) && node.getExpression().getText() === "RegExp") {
    const [patternNode, flagsNode] = node.getArguments();
    const pattern = patternNode === undefined ? "(?:)" : constantString(patternNode);
    const flags = flagsNode === undefined ? "" : constantString(flagsNode);
    return pattern === undefined || flags === undefined ? undefined : { pattern, flags };
  }
  if (Node.isIdentifier(node)) {
    const declaration = context.resolveSymbol(node)?.getDeclarations()[0];
    if (declaration !== undefined && Node.isVariableDeclaration(declaration)) {
      const list = declaration.getParent();
      const initializer = declaration.getInitializer();
      if (initializer !== undefined && Node.isVariableDeclarationList(list) && list.getDeclarationKind() === VariableDeclarationKind.Const) {
        return knownRegExp(initializer, context);
      }
    }
  }
  return undefined;
}

/**
 * split() puts each group's value between the pieces, undefined for a group that took no part,
 * in what TypeScript types `string[]`: only patterns whose groups always take part are compiled.
 */
function checkSplitSeparator(separator: Node, node: CallExpression, context: TransformContext): void {
  const known = knownRegExp(separator, context);
  if (known === undefined) {
    context.report(
      untranslatableRegExp(
        node,
        "split() with a regular expression the compiler cannot see (its groups may put undefined into a string[]): pass a literal or a `const` holding one",
      ),
    );
    return;
  }
  const translation = translateRegExp(known.pattern, known.flags);
  if ("pattern" in translation && translation.pattern.optionalGroups) {
    context.report(
      untranslatableRegExp(
        node,
        "split() with a group that may take no part (it puts undefined into what TypeScript types string[]): make the group non-capturing `(?:…)` or one that always matches",
      ),
    );
  }
}

export function transformRegExpLiteral(node: RegularExpressionLiteral, context: TransformContext): py.Expression {
  const { pattern, flags } = literalParts(node);
  return regExpObject(pattern, flags, node, context);
}

/** `/ab+/gi` as its pattern `ab+` and its flags `gi`. */
function literalParts(node: RegularExpressionLiteral): { pattern: string; flags: string } {
  const literal = node.getText();
  const end = literal.lastIndexOf("/");
  return { pattern: literal.slice(1, end), flags: literal.slice(end + 1) };
}

/**
 * The text of a pattern known at compile time: a string literal type, or `+` of such texts
 * (`"^" + WORD + "$"`, which TypeScript types `string`), also through a `const` holding one
 * (`const P = "^" + WORD; new RegExp(P)`).
 */
function constantString(node: Node | undefined, depth = 0): string | undefined {
  if (node === undefined || depth > 32) {
    return undefined;
  }
  const type = node.getType();
  if (type.isStringLiteral()) {
    return String(type.getLiteralValue());
  }
  if (Node.isParenthesizedExpression(node)) {
    return constantString(node.getExpression(), depth + 1);
  }
  if (Node.isBinaryExpression(node) && node.getOperatorToken().getKind() === SyntaxKind.PlusToken) {
    const left = constantString(node.getLeft(), depth + 1);
    const right = left === undefined ? undefined : constantString(node.getRight(), depth + 1);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  if (Node.isIdentifier(node)) {
    const declaration = node.getSymbol()?.getValueDeclaration();
    const list = declaration?.getParent();
    return declaration !== undefined &&
      Node.isVariableDeclaration(declaration) &&
      Node.isIdentifier(declaration.getNameNode()) &&
      list !== undefined &&
      Node.isVariableDeclarationList(list) &&
      list.getDeclarationKind() === VariableDeclarationKind.Const
      ? constantString(declaration.getInitializer(), depth + 1)
      : undefined;
  }
  return undefined;
}

/** `new RegExp(pattern, flags)` with constant strings. */
export function transformNewRegExp(expression: NewExpression, context: TransformContext): py.Expression {
  const [patternNode, flagsNode] = expression.getArguments();
  // `new RegExp(/ab/g)` copies the literal's pattern and flags; `new RegExp(/ab/g, "i")` takes the new flags.
  const literal = patternNode !== undefined && Node.isRegularExpressionLiteral(patternNode) ? literalParts(patternNode) : undefined;
  const pattern = patternNode === undefined ? "(?:)" : (literal?.pattern ?? constantString(patternNode));
  const flags = flagsNode === undefined ? (literal?.flags ?? "") : constantString(flagsNode);
  if (pattern === undefined || flags === undefined) {
    context.report(nonConstantRegExp(expression));
    return name("None", expression);
  }
  return regExpObject(pattern, flags, expression, context);
}

/** `regexp.test(text)`, `regexp.exec(text)`, `regexp.toString()`. */
export function transformRegExpMethodCall(
  method: string,
  receiver: py.Expression,
  args: py.Expression[],
  node: CallExpression,
  context: TransformContext,
): py.Expression {
  switch (method) {
    case "test":
    case "exec":
      return methodCall(receiver, method, args.slice(0, 1), node);
    case "toString":
      return call(context.useRuntime("js_str"), [receiver], node);
    default:
      context.report(unsupportedBuiltin(node, `the RegExp method \`${method}()\``));
      return name("None", node);
  }
}

const REGEXP_PROPERTIES: Record<string, string> = {
  source: "source",
  flags: "flags",
  global: "global_",
  ignoreCase: "ignoreCase",
  multiline: "multiline",
  dotAll: "dotAll",
  unicode: "unicode",
  sticky: "sticky",
  hasIndices: "hasIndices",
  lastIndex: "lastIndex",
};

export function transformRegExpProperty(receiver: py.Expression, access: PropertyAccessExpression, context: TransformContext): py.Expression {
  const property = REGEXP_PROPERTIES[access.getName()];
  if (property === undefined) {
    context.report(unsupportedBuiltin(access, `the RegExp property \`${access.getName()}\``));
    return name("None", access);
  }
  return attribute(receiver, property, access);
}

const MATCH_ARRAY_PROPERTIES: Record<string, string> = { index: "index_", input: "input", groups: "groups" };

/** `match.index`, `match.input`, `match.groups` of what exec and match return; undefined when not one of those. */
export function transformMatchArrayProperty(receiver: py.Expression, access: PropertyAccessExpression, context: TransformContext): py.Expression | undefined {
  const property = MATCH_ARRAY_PROPERTIES[access.getName()];
  if (property === undefined || !isRegExpMatchArray(access.getExpression().getType(), context)) {
    return undefined;
  }
  return attribute(receiver, property, access);
}

/**
 * The string methods that take a RegExp. Returns undefined when the argument is not a RegExp
 * (the string forms are compiled elsewhere); match, matchAll and search refuse a string, which
 * JavaScript would read as a pattern.
 */
export function transformStringRegExpMethod(
  method: string,
  receiver: py.Expression,
  args: py.Expression[],
  node: CallExpression,
  context: TransformContext,
): py.Expression | undefined {
  const [first] = node.getArguments();
  const withRegExp = first !== undefined && isRegExp(first, context);
  switch (method) {
    case "match":
    case "matchAll":
    case "search": {
      if (!withRegExp) {
        context.report(regExpArgumentRequired(node, method));
        return name("None", node);
      }
      const helper = { match: "js_regexp_match", matchAll: "js_regexp_match_all", search: "js_regexp_search" }[method];
      return call(context.useRuntime(helper), [receiver, args[0]], node);
    }
    case "replace":
    case "replaceAll":
      if (!withRegExp) {
        return undefined;
      }
      return call(context.useRuntime("js_regexp_replace"), [receiver, ...args.slice(0, 2), ...(method === "replaceAll" ? [constant(true)] : [])], node);
    case "split":
      if (withRegExp) {
        checkSplitSeparator(first, node, context);
      } else if (first !== undefined && mayBeRegExp(first, context)) {
        context.report(
          unsupportedBuiltin(
            node,
            "split() with a separator that may be a string or a regular expression",
            "pass the separator as a string, or split by the regular expression literal where it is written (its groups decide what the result holds)",
          ),
        );
        return name("None", node);
      }
      return withRegExp ? call(context.useRuntime("js_regexp_split"), [receiver, ...args.slice(0, 2)], node) : undefined;
    default:
      return undefined;
  }
}
