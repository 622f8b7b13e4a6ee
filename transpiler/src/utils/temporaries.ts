/** Evaluating an expression once when its value is needed twice (`a ?? b`, `a || b`, `a?.b`). */
import type { TransformContext } from "../context";
import { Node } from "ts-morph";
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
 * Whether reading this TypeScript expression may run code: a getter somewhere along a chain of
 * property reads (`shape.area`, `box.inner.size`). Its compiled form is an attribute read, which
 * isSideEffectFree takes as pure; a construct that reads it twice would run the getter twice.
 */
export function readsAGetter(node: Node): boolean {
  let current: Node = node;
  for (;;) {
    if (Node.isParenthesizedExpression(current) || Node.isNonNullExpression(current) || Node.isAsExpression(current)) {
      current = current.getExpression();
      continue;
    }
    if (Node.isPropertyAccessExpression(current) || Node.isElementAccessExpression(current)) {
      const declarations = current.getSymbol()?.getDeclarations() ?? [];
      if (declarations.some((declaration) => Node.isGetAccessorDeclaration(declaration))) {
        return true;
      }
      current = current.getExpression();
      continue;
    }
    return false;
  }
}
