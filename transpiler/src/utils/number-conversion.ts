/** A value as the number JavaScript makes of it (`Number(value)`, `+value`, `-value`). */
import { Node, Type } from "ts-morph";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import { attribute, call } from "../python/build";
import { numberOfNullOrUndefined } from "../diagnostics";
import { noneMeaning, noneMeaningOfNode } from "./none-meaning";
import { insideParenthesesAndAssertions } from "./parentheses";

/**
 * null and undefined are both None in Python, and Number(null) is 0 where Number(undefined) is
 * NaN: js_number reads None as 0 unless the type says the value can be undefined and never null,
 * where the compiler passes NaN for None; a type admitting both is refused.
 */
export function numberConversion(expression: py.Expression, node: Node, context: TransformContext, origin: Node = node): py.Expression {
  const inner = insideParenthesesAndAssertions(node);
  // noneMeaningOfNode: `Number(x ?? NaN)` of an `any` x is typed `any`, but its fallback is never None.
  return call(context.useRuntime("js_number"), [expression, ...noneArgument(inner.getType(), node, context, noneMeaningOfNode(inner))], origin);
}

/** The value may be None although its type is a number: `x!` of a `number | undefined` (`-x!` converts it as `+x!` does). */
export function mayBeNoneUnderAssertion(node: Node): boolean {
  const meaning = noneMeaning(typeBeforeAssertion(node));
  return meaning.null || meaning.undefined;
}

/** `x!` drops undefined from the type, not from the value: the type under the `!` says what None may be. */
function typeBeforeAssertion(node: Node): Type {
  return insideParenthesesAndAssertions(node).getType();
}

/** What `js_number` should give for None, for a value of this type (nothing: 0, null's number). */
export function noneArgument(type: Type, node: Node, context: TransformContext, meaning = noneMeaning(type)): py.Expression[] {
  if (meaning.null && meaning.undefined) {
    context.report(numberOfNullOrUndefined(node, type.getText(node)));
  }
  return meaning.undefined && !meaning.null ? [attribute(context.useModule("math"), "nan")] : [];
}
