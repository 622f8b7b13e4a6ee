/**
 * `delete record[key]` and `delete object.optionalField` on plain objects (dicts):
 * `js_delete(record, key)`, which is true as in JavaScript, and also removes a property of an object
 * literal with methods given where a Record is expected.
 * Deleting from a class instance or an array is refused: Python has no such holes.
 */
import { DeleteExpression, Node } from "ts-morph";
import type { TransformContext } from "../context";
import { unsupportedSyntax } from "../diagnostics";
import type * as py from "../python/ast";
import { call, constant, text } from "../python/build";
import { shapeOfNode } from "../utils/types";
import { objectKey } from "./expressions";
import { insideParenthesesAndAssertions } from "../utils/parentheses";

export function transformDelete(expression: DeleteExpression, context: TransformContext): py.Expression {
  const target = insideParenthesesAndAssertions(expression.getExpression());
  let receiverNode: Node | undefined;
  let key: py.Expression | undefined;
  if (Node.isElementAccessExpression(target) && !target.hasQuestionDotToken()) {
    receiverNode = target.getExpression();
    const argument = target.getArgumentExpression();
    key = argument === undefined ? undefined : objectKey(argument, context.transformExpression(argument), context);
  } else if (Node.isPropertyAccessExpression(target) && !target.hasQuestionDotToken()) {
    receiverNode = target.getExpression();
    key = text(target.getName());
  }
  if (receiverNode === undefined || key === undefined || shapeOfNode(receiverNode, context).kind !== "dict") {
    context.report(
      unsupportedSyntax(
        expression,
        "`delete` of anything but a key of a plain object or Record (a class instance's or a method object's member is a Python attribute: assign `undefined` to an optional one, `shape.label = undefined`, which reads the same through its type)",
      ),
    );
    return constant(true, expression);
  }
  // Not `record.pop(key, None)`: a value typed as a Record may be an object literal with methods (a JsObject).
  return call(context.useRuntime("js_delete"), [context.transformExpression(receiverNode), key], expression);
}
