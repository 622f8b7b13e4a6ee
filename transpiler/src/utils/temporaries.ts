/** Evaluating an expression once when its value is needed twice (`a ?? b`, `a || b`, `a?.b`). */
import type { TransformContext } from "../context";
import { Node, SyntaxKind, ts, type Symbol as TsMorphSymbol } from "ts-morph";
import { isPrimitiveType } from "./types";
import type * as py from "../python/ast";
import { name } from "../python/build";

/**
 * Names, `self`, constants and attribute chains of them: reading them twice, or in another order,
 * is harmless. An attribute read that may run a getter (its TypeScript node says so) is not: the
 * getter's effects show when it runs, and how often (`shape.area`, `ticker.next`).
 */
export function isSideEffectFree(expression: py.Expression): boolean {
  switch (expression.kind) {
    case "Name":
    case "Constant":
      return true;
    case "Attribute":
      // The chain first: a getter lookup asks TypeScript for a symbol, on every attribute read the compiler tests.
      return isSideEffectFree(expression.value) && !(expression.origin !== undefined && readsGetter(expression.origin));
    default:
      return false;
  }
}

/**
 * Evaluating this compiled expression runs no code of the program's, so its place in the order of
 * evaluation does not show: it is free of effects, or its TypeScript node holds no call, write,
 * getter or object turned into text (`String(x)` of a number, `` `k${i}` ``, `a + 1`).
 */
export function runsNoCode(expression: py.Expression, node: Node | undefined): boolean {
  return isSideEffectFree(expression) || (node !== undefined && !rereadRunsCode(node, "value"));
}

/**
 * The expression for its first evaluation and the one for later reads: the expression itself
 * twice when it is side-effect free, else an assignment expression (`(value_1 := f())`) and its name.
 */
export function evaluateOnce(expression: py.Expression, hint: string, context: TransformContext, runsCode = false): [py.Expression, py.Expression] {
  if (!runsCode && isSideEffectFree(expression)) {
    return [expression, expression];
  }
  const temporary = context.temporaryName(hint);
  return [{ kind: "NamedExpression", target: temporary, value: expression }, name(temporary)];
}

/** The names a value assigns with `:=` (`record[text] = f(text += "a")`). */
export function walrusTargets(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === "object" && value !== null) {
    if (Array.isArray(value)) {
      value.forEach((item) => walrusTargets(item, found));
    } else {
      const expression = value as { kind?: unknown; target?: unknown };
      if (expression.kind === "NamedExpression" && typeof expression.target === "string") {
        found.add(expression.target);
      }
      Object.entries(value).forEach(([key, item]) => key !== "origin" && walrusTargets(item, found));
    }
  }
  return found;
}

/** The names an expression reads. */
export function namesRead(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === "object" && value !== null) {
    if (Array.isArray(value)) {
      value.forEach((item) => namesRead(item, found));
    } else {
      const expression = value as { kind?: unknown; id?: unknown };
      if (expression.kind === "Name" && typeof expression.id === "string") {
        found.add(expression.id);
      }
      Object.entries(value).forEach(([key, item]) => key !== "origin" && namesRead(item, found));
    }
  }
  return found;
}

/**
 * `evaluateOnce` for the tested value of an optional chain (`a?.b`, `a?.()`, `a?.[k]`): only a
 * name or a constant is read twice; a member access may be a getter (on a class, or an object
 * literal with methods), which Node runs once.
 */
export function evaluateTestedOnce(expression: py.Expression, hint: string, context: TransformContext): [py.Expression, py.Expression] {
  if (expression.kind === "Name" || expression.kind === "Constant") {
    return [expression, expression];
  }
  const temporary = context.temporaryName(hint);
  return [{ kind: "NamedExpression", target: temporary, value: expression }, name(temporary)];
}

/**
 * Whether reading this TypeScript expression again would run code again: a call, `new`, `++`/`--`,
 * a `yield`, a spread of a generator, an assignment or an object turned into text (its own toString()) anywhere in it, or a getter it reads anywhere (`shape.area`, `box.inner.size`,
 * `counts[ticker.next]`). (isSideEffectFree asks the same of an attribute read, from its origin.) For an assignment's target (`as: "target"`) the target's own accessor is left out:
 * JavaScript reads it once and writes it once too (`shape.width += 1` runs the getter and the setter).
 * One answer for every construct that reads a value twice: `??`, `||`, `switch`, compound and logical assignments.
 */
export function rereadRunsCode(node: Node, as: "value" | "target"): boolean {
  const runsCode = (candidate: Node): boolean =>
    Node.isCallExpression(candidate) ||
    Node.isNewExpression(candidate) ||
    // A paused generator's consumer runs anything before it resumes; a spread of a generator resumes it.
    Node.isYieldExpression(candidate) ||
    spreadsIterator(candidate) ||
    isWrite(candidate) ||
    turnsObjectIntoText(candidate) ||
    ((as === "value" || candidate !== node) && readsGetter(candidate));
  return runsCode(node) || node.getDescendants().some(runsCode);
}

/** `[...source]` or `f(...source)` of something other than an array or a string: a generator's body may run. */
function spreadsIterator(node: Node): boolean {
  if (!Node.isSpreadElement(node)) {
    return false;
  }
  const type = node.getExpression().getType();
  return !(type.isArray() || type.isTuple() || type.isString() || type.isStringLiteral());
}

/** `x++`, `--x`, or an assignment with any operator (`=`, `+=`, `??=`…). */
export function isWrite(node: Node): boolean {
  return (
    ((Node.isPrefixUnaryExpression(node) || Node.isPostfixUnaryExpression(node)) &&
      [SyntaxKind.PlusPlusToken, SyntaxKind.MinusMinusToken].includes(node.getOperatorToken())) ||
    (Node.isBinaryExpression(node) &&
      node.getOperatorToken().getKind() >= SyntaxKind.FirstAssignment &&
      node.getOperatorToken().getKind() <= SyntaxKind.LastAssignment)
  );
}

/**
 * A property or element read that may run a getter: one the types show, or a property declared
 * where a getter can stand behind it (an interface, a type literal, an object literal's type, an
 * abstract property) whose name some getter of the program has. A class's own field cannot be
 * overridden by an accessor (TypeScript refuses it), so reading one never runs code.
 */
export function readsGetter(node: Node): boolean {
  if (!Node.isPropertyAccessExpression(node) && !Node.isElementAccessExpression(node)) {
    return false;
  }
  return mayBeGetter(node.getSymbol(), node);
}

/** Whether reading this member (of a type, at `node`) may run a getter: see readsGetter. */
export function mayBeGetter(symbol: TsMorphSymbol | undefined, node: Node): boolean {
  const declarations = symbol?.getDeclarations() ?? [];
  if (declarations.some((declaration) => Node.isGetAccessorDeclaration(declaration))) {
    return true;
  }
  return symbol !== undefined && declarations.length > 0 && !declarations.every(isPlainField) && hasGetterNamed(getterNames(node), symbol.getName());
}

/** A class's field or parameter property that is not abstract, or a method: no getter can replace it. */
function isPlainField(declaration: Node): boolean {
  if (Node.isPropertyDeclaration(declaration)) {
    return !declaration.isAbstract() && Node.isClassLikeDeclarationBase(declaration.getParent());
  }
  return (Node.isParameterDeclaration(declaration) && declaration.isParameterProperty()) || Node.isMethodDeclaration(declaration);
}

const ANY_NAME = "[computed]";

function hasGetterNamed(names: Set<string>, propertyName: string): boolean {
  return names.has(propertyName) || names.has(ANY_NAME);
}

/** The names of every getter in the program's own files (classes and object literals), per program. */
const getterNamesByProgram = new WeakMap<object, Set<string>>();

function getterNames(node: Node): Set<string> {
  const program = node.getProject().getProgram().compilerObject;
  let names = getterNamesByProgram.get(program);
  if (names === undefined) {
    names = new Set<string>();
    for (const sourceFile of program.getSourceFiles()) {
      if (!sourceFile.isDeclarationFile) {
        collectGetterNames(sourceFile, names);
      }
    }
    getterNamesByProgram.set(program, names);
  }
  return names;
}

function collectGetterNames(node: ts.Node, names: Set<string>): void {
  if (ts.isGetAccessorDeclaration(node)) {
    const getterName = node.name;
    // A computed name (`get [key]()`) may be any name.
    names.add(
      ts.isIdentifier(getterName) || ts.isPrivateIdentifier(getterName) || ts.isStringLiteral(getterName) || ts.isNumericLiteral(getterName)
        ? getterName.text
        : ANY_NAME,
    );
  }
  ts.forEachChild(node, (child) => collectGetterNames(child, names));
}

/** An object turned into text by a template or `+`: its own toString() runs. */
export function turnsObjectIntoText(node: Node): boolean {
  return (
    (Node.isTemplateSpan(node) && !isPrimitiveType(node.getExpression().getType())) ||
    (Node.isBinaryExpression(node) &&
      node.getOperatorToken().getKind() === SyntaxKind.PlusToken &&
      !(isPrimitiveType(node.getLeft().getType()) && isPrimitiveType(node.getRight().getType())))
  );
}
