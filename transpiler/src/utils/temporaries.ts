/** Evaluating an expression once when its value is needed twice (`a ?? b`, `a || b`, `a?.b`). */
import type { TransformContext } from "../context";
import { Node, SyntaxKind } from "ts-morph";
import type * as py from "../python/ast";
import { name } from "../python/build";

/** Names, `self`, constants and attribute chains of them: reading them twice is harmless. */
export function isSideEffectFree(expression: py.Expression): boolean {
  switch (expression.kind) {
    case "Name":
    case "Constant":
      return true;
    case "Attribute":
      return isSideEffectFree(expression.value);
    default:
      return false;
  }
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
 * Whether reading this TypeScript expression again would run code again: a call, `new`, `++`/`--`
 * or an assignment anywhere in it, or a getter it reads anywhere (`shape.area`, `box.inner.size`,
 * `counts[ticker.next]`). A getter's compiled form is an attribute read, which isSideEffectFree
 * takes as pure. For an assignment's target (`as: "target"`) the target's own accessor is left out:
 * JavaScript reads it once and writes it once too (`shape.width += 1` runs the getter and the setter).
 * One answer for every construct that reads a value twice: `??`, `||`, `switch`, compound and logical assignments.
 */
export function rereadRunsCode(node: Node, as: "value" | "target"): boolean {
  const runsCode = (candidate: Node): boolean =>
    Node.isCallExpression(candidate) ||
    Node.isNewExpression(candidate) ||
    isWrite(candidate) ||
    ((as === "value" || candidate !== node) && readsGetter(candidate));
  return runsCode(node) || node.getDescendants().some(runsCode);
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

/** A property or element read that runs a getter the types show. */
export function readsGetter(node: Node): boolean {
  return (
    (Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node)) &&
    (node.getSymbol()?.getDeclarations() ?? []).some((declaration) => Node.isGetAccessorDeclaration(declaration))
  );
}
