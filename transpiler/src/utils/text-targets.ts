/**
 * `target += text` where the target may hold null or undefined (`label?: string`, `let s: string |
 * undefined`): JavaScript appends to the text "undefined" or "null" (`"undefinedx"`), Python's `+=`
 * on None raises TypeError. The current value is then turned into text first, as `target + text` is.
 */
import { Node } from "ts-morph";
import type { TransformContext } from "../context";
import { textOfNullOrUndefined } from "../diagnostics";
import type * as py from "../python/ast";
import { call, text } from "../python/build";
import { NoneMeaning, noneMeaning } from "./none-meaning";
import { shapeOfNode } from "./types";
import { insideParentheses } from "./parentheses";

/**
 * What None would mean in the target, or undefined when it holds text only. An array's or a
 * record's entry counts by the entries the type declares (`Record<string, string | undefined>`),
 * not the undefined `noUncheckedIndexedAccess` adds for a missing one (`record[key] += text` on a
 * missing key of a `Record<string, string>` raises KeyError, one of the known differences).
 */
export function noneInTextTarget(left: Node, context: TransformContext): NoneMeaning | undefined {
  const inner = insideParentheses(left);
  let meaning: NoneMeaning;
  if (Node.isElementAccessExpression(inner) && inner.getSymbol() === undefined) {
    const receiver = inner.getExpression().getType();
    const entry = receiver.getArrayElementType() ?? receiver.getNumberIndexType() ?? receiver.getStringIndexType();
    meaning = entry === undefined ? { null: false, undefined: false } : noneMeaning(entry);
  } else {
    const shape = shapeOfNode(inner, context);
    meaning = shape.kind === "string" && shape.nullable ? noneMeaning(inner.getType()) : { null: false, undefined: false };
  }
  return meaning.null || meaning.undefined ? meaning : undefined;
}

/** The target's current value as the text JavaScript appends to: `js_str(label, "undefined")`. */
export function currentText(current: py.Expression, left: Node, meaning: NoneMeaning, context: TransformContext): py.Expression {
  if (meaning.null && meaning.undefined) {
    context.report(textOfNullOrUndefined(left, left.getType().getText(left)));
  }
  const args = meaning.undefined && !meaning.null ? [current, text("undefined")] : [current];
  return call(context.useRuntime("js_str"), args, left);
}
