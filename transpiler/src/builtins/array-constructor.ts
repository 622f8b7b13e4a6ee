/**
 * `new Array(...)` and `Array(...)`. With one number it makes an array of that length whose elements
 * are holes: forEach, map and `in` skip a hole, which a Python list cannot hold, so the length form
 * compiles only when `.fill(value)` fills every element at once (`new Array<number>(n).fill(0)`), or
 * when only its indices are counted (`[...Array(n).keys()]`).
 * Without arguments it is `[]`; with two or more, the array of them.
 */
import { CallExpression, NewExpression, Node } from "ts-morph";
import type { TransformContext } from "../context";
import { unsupportedBuiltin } from "../diagnostics";
import type * as py from "../python/ast";
import { call, name } from "../python/build";
import { shapeOfNode } from "../utils/types";
import { outsideParentheses } from "../utils/parentheses";

export function transformArrayConstructor(args: py.Expression[], node: NewExpression | CallExpression, context: TransformContext): py.Expression {
  const argumentNodes = node.getArguments();
  const [only] = argumentNodes;
  if (argumentNodes.some((argument) => Node.isSpreadElement(argument))) {
    context.report(unsupportedBuiltin(node, "`Array(...items)` with a spread (one number would make that many holes; write `[...items]`)"));
    return name("None", node);
  }
  if (only === undefined || argumentNodes.length > 1) {
    return { kind: "List", elements: args, origin: node };
  }
  const shape = shapeOfNode(only, context);
  if (shape.kind !== "number" || shape.nullable) {
    context.report(unsupportedBuiltin(node, "`Array(value)` of one value that may not be a number (a number makes that many holes; write `[value]`)"));
    return name("None", node);
  }
  if (!isFilledAtOnce(node)) {
    context.report(
      unsupportedBuiltin(
        node,
        "`Array(length)` not filled at once by `.fill(value)` (forEach, map and `in` skip its holes; write `new Array<T>(length).fill(value)` or `Array.from({ length }, (_, index) => …)`)",
      ),
    );
  }
  return call(context.useRuntime("js_new_array"), [args[0] ?? name("None")], node);
}

/** `Array(n).fill(value)`, `(new Array(n)).fill(value)`: every hole filled before anything reads it; or `Array(n).keys()`, which reads none. */
function isFilledAtOnce(node: Node): boolean {
  const { child, parent } = outsideParentheses(node);
  if (
    parent === undefined ||
    !Node.isPropertyAccessExpression(parent) ||
    parent.getExpression() !== child ||
    (parent.getName() !== "fill" && parent.getName() !== "keys") ||
    parent.hasQuestionDotToken()
  ) {
    return false;
  }
  const methodCall = parent.getParent();
  if (methodCall === undefined || !Node.isCallExpression(methodCall) || methodCall.getExpression() !== parent) {
    return false;
  }
  // `[...Array(n).keys()]`, the range idiom: keys() counts the indices, holes included, and reads no element (review S49B, G3).
  if (parent.getName() === "keys") {
    return methodCall.getArguments().length === 0;
  }
  return methodCall.getArguments().length === 1 && !Node.isSpreadElement(methodCall.getArguments()[0]);
}
