/**
 * `match.groups` (of `exec`, `match`, `matchAll`, and the last argument of a `replace` callback) is
 * a runtime `JsRegExpGroups`: a named group that took no part in the match is a key whose value is
 * undefined in JavaScript and None in Python. Read by name, with `in`, `Object.keys`,
 * `JSON.stringify` (which leaves such a key out) and `console.log` (`[Object: null prototype]
 * { a: undefined }`) that object answers exactly, wherever it is passed by reference. A copy
 * (`{ ...groups }`, `Object.assign`, `Object.values/entries`, a rest pattern, a function of ours
 * given it) would be a plain dict or list whose None prints as null: refused here (CS1041).
 */
import { Node, SourceFile, SyntaxKind, Type } from "ts-morph";
import { nodesOfFile } from "./file-nodes";
import type { TransformContext } from "../context";
import { regExpGroupsCopy } from "../diagnostics";

/** `RegExpMatchArray["groups"]` / `RegExpExecArray["groups"]`: the type literal in TypeScript's lib. */
export function isRegExpGroupsType(type: Type, context: TransformContext): boolean {
  const members = type.isUnion() ? type.getUnionTypes().filter((member) => !member.isUndefined() && !member.isNull()) : [type];
  return (
    members.length > 0 &&
    members.every((member) => {
      const declaration = member.getSymbol()?.getDeclarations()[0];
      return (
        declaration !== undefined &&
        Node.isTypeLiteral(declaration) &&
        context.isStandardLibrary(declaration) &&
        declaration.getParentIfKind(SyntaxKind.PropertySignature)?.getName() === "groups"
      );
    })
  );
}

/** JavaScript's own functions that read the groups object as it is, without copying it. */
const READERS = new Set(["JSON.stringify", "Object.keys", "console.log", "console.error", "console.warn", "console.info", "console.debug"]);
const MAX_DEPTH = 6;

/** Whether a literal holding the value ends up, as it is, in one of the READERS. */
function readByAReader(node: Node): boolean {
  let current = node;
  for (;;) {
    const parent = current.getParent();
    if (parent === undefined) {
      return false;
    }
    if (Node.isArrayLiteralExpression(parent) || Node.isObjectLiteralExpression(parent) || Node.isPropertyAssignment(parent)) {
      current = parent;
      continue;
    }
    return Node.isCallExpression(parent) && READERS.has(parent.getExpression().getText()) && (parent.getArguments() as Node[]).includes(current);
  }
}

/**
 * Whether the object keeps the groups type where it goes (an inferred literal property, return or
 * parameter of that type: its later uses are checked as these are), or goes where only a type
 * assertion could read it (unknown, any).
 */
function keepsTheObject(node: Node, context: TransformContext): boolean {
  if (!Node.isExpression(node)) {
    return false;
  }
  const contextual = context.checker.getContextualType(node);
  return contextual === undefined || contextual.isAny() || contextual.isUnknown() || isRegExpGroupsType(contextual, context);
}

/** The uses of a variable or parameter that holds the groups object, each checked as the object is and reported where it copies. */
function referencesUse(name: Node, context: TransformContext, depth: number, groupsElement?: number): string | undefined {
  if (!Node.isIdentifier(name)) {
    return undefined;
  }
  for (const reference of name.findReferencesAsNodes()) {
    const referenceParent = reference.getParent();
    if (
      reference === name ||
      reference.getSymbol() !== name.getSymbol() ||
      (referenceParent !== undefined && Node.isPropertyAccessExpression(referenceParent) && referenceParent.getNameNode() === reference)
    ) {
      continue;
    }
    const parent = reference.getParent();
    let reason: string | undefined;
    if (groupsElement !== undefined) {
      // A rest parameter of a replace callback: `args[i]` may be the groups object (not below its
      // known position), `args.length` is a number.
      if (parent !== undefined && Node.isElementAccessExpression(parent) && parent.getExpression() === reference) {
        const index = parent.getArgumentExpression();
        const below = index !== undefined && Node.isNumericLiteral(index) && index.getLiteralValue() < groupsElement;
        reason = below ? undefined : copyingUse(parent, context, depth + 1);
      } else if (parent !== undefined && Node.isPropertyAccessExpression(parent) && parent.getName() === "length") {
        reason = undefined;
      } else {
        reason = readByAReader(reference) ? undefined : "kept in an array of the callback's arguments, used as a whole";
      }
    } else {
      reason = copyingUse(reference, context, depth + 1);
    }
    if (reason !== undefined) {
      context.report(regExpGroupsCopy(reference, reason)); // where the copy is made, one diagnostic per use
    }
  }
  return undefined;
}

/** Why this use of a groups object would copy it into a plain dict, or undefined when it is exact. */
function copyingUse(node: Node, context: TransformContext, depth = 0): string | undefined {
  const parent = node.getParent();
  if (parent === undefined) {
    return undefined;
  }
  if (depth > MAX_DEPTH) {
    return "passed on too many times to follow";
  }
  // Expressions whose value may be the object itself: their own use decides.
  if (
    Node.isParenthesizedExpression(parent) ||
    Node.isNonNullExpression(parent) ||
    Node.isAsExpression(parent) ||
    Node.isTypeAssertion(parent) ||
    Node.isSatisfiesExpression(parent) ||
    (Node.isConditionalExpression(parent) && parent.getCondition() !== node)
  ) {
    return copyingUse(parent, context, depth + 1);
  }
  if ((Node.isPropertyAccessExpression(parent) || Node.isElementAccessExpression(parent)) && parent.getExpression() === node) {
    return undefined;
  }
  if (Node.isBinaryExpression(parent)) {
    const operator = parent.getOperatorToken().getKind();
    if (operator === SyntaxKind.InKeyword && parent.getRight() === node) {
      return undefined;
    }
    if (
      [SyntaxKind.EqualsEqualsEqualsToken, SyntaxKind.ExclamationEqualsEqualsToken, SyntaxKind.EqualsEqualsToken, SyntaxKind.ExclamationEqualsToken].includes(
        operator,
      )
    ) {
      return undefined;
    }
    if ([SyntaxKind.QuestionQuestionToken, SyntaxKind.BarBarToken, SyntaxKind.AmpersandAmpersandToken].includes(operator)) {
      return copyingUse(parent, context, depth + 1);
    }
    if (operator === SyntaxKind.EqualsToken && parent.getRight() === node) {
      const target = parent.getLeft();
      if (Node.isIdentifier(target)) {
        const declaration = target.getSymbol()?.getValueDeclaration();
        return declaration !== undefined && Node.isVariableDeclaration(declaration)
          ? referencesUse(declaration.getNameNode(), context, depth)
          : "stored where it cannot be followed";
      }
      return isRegExpGroupsType(target.getType(), context) ? undefined : "stored where it cannot be followed";
    }
  }
  if (Node.isPrefixUnaryExpression(parent) && parent.getOperatorToken() === SyntaxKind.ExclamationToken) {
    return undefined;
  }
  if (Node.isTypeOfExpression(parent)) {
    return undefined;
  }
  if ((Node.isIfStatement(parent) || Node.isWhileStatement(parent)) && parent.getExpression() === node) {
    return undefined;
  }
  if (Node.isForInStatement(parent) && parent.getExpression() === node) {
    return undefined; // js_for_in walks the groups object itself (review S45T, H5)
  }
  if (Node.isConditionalExpression(parent)) {
    return undefined; // its condition
  }
  if (Node.isVariableDeclaration(parent) && parent.getInitializer() === node) {
    const binding = parent.getNameNode();
    if (Node.isObjectBindingPattern(binding)) {
      return binding.getElements().some((element) => element.getDotDotDotToken() !== undefined) ? "copied by a rest pattern (`...rest`)" : undefined;
    }
    if (!Node.isIdentifier(binding)) {
      return "destructured as an array";
    }
    // A variable of the groups type is followed from its declaration; one of another type from here.
    return isRegExpGroupsType(parent.getType(), context) ? undefined : referencesUse(binding, context, depth);
  }
  if (Node.isCallExpression(parent) && (parent.getArguments() as Node[]).includes(node)) {
    const callee = parent.getExpression().getText();
    if (READERS.has(callee)) {
      return undefined;
    }
    const declaration = context.checker.getResolvedSignature(parent)?.getDeclaration();
    if (declaration === undefined || context.isStandardLibrary(declaration)) {
      return `given to \`${callee}\``;
    }
    return keepsTheObject(node, context) ? undefined : `given to \`${callee}\` as another type`;
  }
  if (
    Node.isPropertyAssignment(parent) ||
    Node.isShorthandPropertyAssignment(parent) ||
    Node.isArrayLiteralExpression(parent) ||
    Node.isReturnStatement(parent) ||
    (Node.isArrowFunction(parent) && parent.getBody() === node)
  ) {
    return keepsTheObject(node, context) || readByAReader(node) ? undefined : "given where another type is expected";
  }
  if (Node.isSpreadAssignment(parent)) {
    return "spread into another object";
  }
  return "used in a way the compiler does not follow";
}

/** The source of a regular expression literal, or of a `const` initialised with one; undefined when not known here. */
function regExpSource(node: Node): string | undefined {
  if (Node.isRegularExpressionLiteral(node)) {
    return node.getLiteralText();
  }
  if (Node.isIdentifier(node)) {
    const declaration = node.getSymbol()?.getValueDeclaration();
    const initializer = declaration !== undefined && Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : undefined;
    return initializer !== undefined && Node.isRegularExpressionLiteral(initializer) ? initializer.getLiteralText() : undefined;
  }
  return undefined;
}

/** Capturing groups of a pattern (outside classes and escapes), and whether one is named. */
function captures(source: string): { count: number; named: boolean } {
  let count = 0;
  let named = false;
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index];
    if (character === "\\") {
      index += 1;
    } else if (inClass) {
      inClass = character !== "]";
    } else if (character === "[") {
      inClass = true;
    } else if (character === "(") {
      if (source[index + 1] !== "?") {
        count += 1;
      } else if (source[index + 2] === "<" && source[index + 3] !== "=" && source[index + 3] !== "!") {
        count += 1;
        named = true;
      }
    }
  }
  return { count, named };
}

/** A function given to `replace`/`replaceAll` for a pattern with named groups: the parameter after the input may receive the groups object. */
function replaceCallbackParameters(node: Node, context: TransformContext): void {
  if (!Node.isCallExpression(node)) {
    return;
  }
  const callee = node.getExpression();
  const callback = node.getArguments()[1];
  if (
    !Node.isPropertyAccessExpression(callee) ||
    !["replace", "replaceAll"].includes(callee.getName()) ||
    callback === undefined ||
    !(Node.isArrowFunction(callback) || Node.isFunctionExpression(callback)) ||
    !callee.getExpression().getType().isString()
  ) {
    return;
  }
  const source = regExpSource(node.getArguments()[0]);
  const pattern = source === undefined ? undefined : captures(source.slice(1, source.lastIndexOf("/")));
  if (pattern !== undefined && !pattern.named) {
    return; // no groups argument
  }
  // (match, ...captures, offset, input, groups): the groups object is argument `groupsIndex`.
  const groupsIndex = pattern === undefined ? undefined : pattern.count + 3;
  callback.getParameters().forEach((parameter, index) => {
    const type = parameter.getType();
    const before = groupsIndex !== undefined && index < groupsIndex && !parameter.isRestParameter();
    if (!before && !type.isString() && !type.isNumber()) {
      referencesUse(parameter.getNameNode(), context, 0, parameter.isRestParameter() ? (groupsIndex === undefined ? 0 : groupsIndex - index) : undefined);
    }
  });
}

export function reportRegExpGroupsCopies(sourceFile: SourceFile, context: TransformContext): void {
  nodesOfFile(sourceFile).forEach((node) => {
    replaceCallbackParameters(node, context);
    // Variables and parameters of the groups type (`const { groups } = match`, `for (const { groups }
    // of text.matchAll(…))`, `(groups: RegExpMatchArray["groups"]) => …`): their uses.
    if ((Node.isBindingElement(node) || Node.isVariableDeclaration(node) || Node.isParameterDeclaration(node)) && isRegExpGroupsType(node.getType(), context)) {
      referencesUse(node.getNameNode(), context, 0);
      return;
    }
    // Every other expression that gives the object (`match.groups`, `summary.groups`, `list[0]`, a
    // call), where it appears; copyingUse follows it through wrappers (`(…)`, `!`, `??`, `as`).
    if (
      !(Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node) || Node.isCallExpression(node)) ||
      !isRegExpGroupsType(node.getType(), context)
    ) {
      return;
    }
    const reason = copyingUse(node, context);
    if (reason !== undefined) {
      context.report(regExpGroupsCopy(node, reason));
    }
  });
}
