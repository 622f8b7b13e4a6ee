/** Evaluating an expression once when its value is needed twice (`a ?? b`, `a || b`, `a?.b`). */
import type { TransformContext } from "../context";
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
export function evaluateOnce(expression: py.Expression, hint: string, context: TransformContext): [py.Expression, py.Expression] {
  if (isSideEffectFree(expression)) {
    return [expression, expression];
  }
  const temporary = context.temporaryName(hint);
  return [{ kind: "NamedExpression", target: temporary, value: expression }, name(temporary)];
}
