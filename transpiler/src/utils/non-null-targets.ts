/**
 * `s! += "b"`, `x!--` used as a value: the target's value as type checkers must see it. TypeScript
 * narrows a variable across statements where Python's checkers do not (a global written in another
 * function, a closure's variable, a value from a runtime helper typed Any narrows only to the
 * declared `Optional[str]`), so the `!` is read against the variable's declared type: where that
 * admits null or undefined, the read is cast (`cast("str", s)`), as a `!` read is anywhere else.
 */
import { Node } from "ts-morph";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import { call, text } from "../python/build";
import { printExpression } from "../python/printer";
import { annotationForType } from "./annotations";
import { noneMeaning } from "./none-meaning";
import { insideParentheses } from "./parentheses";

export function castNonNullTarget(target: Node, read: py.Expression, context: TransformContext): py.Expression | undefined {
  const inner = insideParentheses(target);
  if (!Node.isNonNullExpression(inner)) {
    return undefined;
  }
  const operand = insideParentheses(inner.getExpression());
  const declaration = Node.isIdentifier(operand) ? context.resolveSymbol(operand)?.getValueDeclaration() : undefined;
  if (declaration === undefined) {
    return undefined;
  }
  const declared = noneMeaning(declaration.getType());
  const annotation = printExpression(annotationForType(inner.getType(), context));
  if ((!declared.null && !declared.undefined) || annotation === "Any") {
    return undefined;
  }
  return call(context.useTyping("cast"), [text(annotation), read], target);
}
