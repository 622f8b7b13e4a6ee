/**
 * `JSON.stringify(value)`: `js_json_stringify`, refused where the printed text would not be Node's:
 * a Map or a Set, a function, anything in the value the runtime cannot print as Node does
 * (utils/json-printable.ts). (A member an object literal gave undefined is marked where the literal
 * is made: utils/undefined-members.ts.)
 */
import { CallExpression, Node, SyntaxKind, TypeFlags } from "ts-morph";
import type { TransformContext } from "../context";
import { jsonOfClassInstance, jsonOfCollection, unsupportedBuiltin } from "../diagnostics";
import type * as py from "../python/ast";
import { call } from "../python/build";
import { unprintableIn } from "../utils/json-printable";
import { shapeOfNode, shapeOfType } from "../utils/types";

/** A replacer that is a list of keys (`["id", "name"]`, a `string[]`, numbers too), which every object prints alone, in its order. */
function isKeyList(replacer: Node, context: TransformContext): boolean {
  // null or undefined is no replacer, in Python as in JavaScript.
  const type = replacer.getType().getNonNullableType();
  if (shapeOfType(type, context).kind !== "array") {
    return false;
  }
  const elements = type.isTuple() ? type.getTupleElements() : [type.getArrayElementType() ?? type.getNumberIndexType()];
  return elements.every(
    (element) =>
      element !== undefined &&
      (element.isUnion() ? element.getUnionTypes() : [element]).every((part) => {
        const kind = shapeOfType(part, context).kind;
        // `[]` is `never[]`: no keys, so every object prints `{}` (review S45U, K9).
        return (part.getFlags() & TypeFlags.Never) !== 0 || ((kind === "string" || kind === "number") && !part.isNullable());
      }),
  );
}

export function transformJsonStringify(args: py.Expression[], context: TransformContext, node: CallExpression): py.Expression {
  const [value, replacer] = node.getArguments();
  if (node.getArguments().some((argument) => Node.isSpreadElement(argument))) {
    // The checks below read the value's type, which a spread hides (review S45R, G16).
    context.report(unsupportedBuiltin(node, "`JSON.stringify(...values)` (pass the value, and the indent, as they are)"));
    return call(context.useRuntime("js_json_stringify"), args);
  }
  if (
    replacer !== undefined &&
    replacer.getKind() !== SyntaxKind.NullKeyword &&
    !(Node.isIdentifier(replacer) && replacer.getText() === "undefined") &&
    !isKeyList(replacer, context)
  ) {
    // The runtime takes a list of keys; a replacer function is refused here rather than raising there.
    context.report(
      unsupportedBuiltin(replacer, "`JSON.stringify` with a replacer function (pass null, or a list of the keys to print, and map the members first)"),
    );
  }
  const kind = value === undefined ? "unknown" : shapeOfNode(value, context).kind;
  if (kind === "map" || kind === "set") {
    context.report(jsonOfCollection(node));
  } else if (value !== undefined && (value.getType().getCallSignatures().length > 0 || value.getType().getConstructSignatures().length > 0)) {
    // Node gives undefined for a function, a class too (review S57A, c16), which TypeScript's `string` result does not admit.
    context.report(unsupportedBuiltin(value, "`JSON.stringify` of a function or a class (Node gives undefined, not a text)"));
  } else if (value !== undefined) {
    const unprintable = unprintableIn(value.getType(), value, context);
    if (unprintable !== undefined) {
      context.report(jsonOfClassInstance(node, unprintable));
    }
  }
  return call(context.useRuntime("js_json_stringify"), args);
}
