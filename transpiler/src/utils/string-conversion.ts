/** A value as the text JavaScript makes of it (`String(value)`, a template literal's pieces). */
import { Node, TypeFlags } from "ts-morph";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import { call, text } from "../python/build";
import { shapeOfNode } from "./types";

/**
 * null and undefined are both None in Python; String() prints None as "null" unless the type
 * says the value can be undefined and never null, where JavaScript would print "undefined".
 */
export function stringConversion(expression: py.Expression, node: Node, context: TransformContext): py.Expression {
  const type = node.getType();
  const members = type.isUnion() ? type.getUnionTypes() : [type];
  const canBeUndefined = members.some((member) => member.isUndefined() || (member.getFlags() & TypeFlags.Void) !== 0);
  const canBeNull = members.some((member) => member.isNull() || member.isAny() || member.isUnknown());
  const args = canBeUndefined && !canBeNull ? [expression, text("undefined")] : [expression];
  return call(context.useRuntime("js_str"), args, node);
}

/** A template literal's pieces as text: strings as they are, anything else as JavaScript prints it. */
export function asText(node: Node, context: TransformContext): py.Expression {
  const expression = context.transformExpression(node);
  const shape = shapeOfNode(node, context);
  if (shape.kind === "string" && !shape.nullable) {
    return expression;
  }
  return stringConversion(expression, node, context);
}
