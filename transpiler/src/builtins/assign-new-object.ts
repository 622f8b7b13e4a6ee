/**
 * `Object.assign({}, source)` (or `{ a: 1 }` as the target) where a source is an object literal with
 * methods or accessors: TypeScript types the result as the source's type, whose members are read
 * as attributes, so the new object must be a JsObject, as `{ ...source }` is, not the dict the
 * literal alone would be (`d.n` raised AttributeError). A fresh data literal has no setters, so
 * Object.assign into it defines each key, as the spread does:
 *
 *   Object.assign({}, counter)  →  js_assign_new_object({}, {}, {}, counter)
 *
 * (the keys' attributes, the later keys of the result's type, the target, the sources), all
 * evaluated before the runtime reads any getter, as JavaScript evaluates every argument first.
 */
import { CallExpression, Node } from "ts-morph";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import { call } from "../python/build";
import { spreadObjectParts } from "../utils/object-spreads";
import { shapeOfType } from "../utils/types";
import { checkSpreadSource, isObjectWithBehaviour, laterKeys, renamedKeys } from "../utils/object-literal-keys";

/** A target literal that compiles to a dict, given a source whose value is an object with behaviour (a JsObject or a class instance). */
export function isAssignIntoNewObject(node: CallExpression, context: TransformContext): boolean {
  const [target, ...sources] = node.getArguments();
  return (
    target !== undefined &&
    Node.isObjectLiteralExpression(target) &&
    !isObjectWithBehaviour(target, context) &&
    !sources.some((source) => Node.isSpreadElement(source)) &&
    sources.some((source) => spreadObjectParts(source.getType()).some((part) => shapeOfType(part, context).kind === "object"))
  );
}

export function transformAssignIntoNewObject(node: CallExpression, args: py.Expression[], context: TransformContext): py.Expression {
  const [target, ...sources] = node.getArguments();
  const renamed = renamedKeys(target === undefined ? [] : [target.getType()]);
  for (const source of sources) {
    checkSpreadSource(
      source,
      context,
      "`Object.assign` of this value into a new object (JavaScript copies a value's own properties: a class instance's fields, not its methods or getters)",
      "copy an object literal or a data object (`Object.assign({}, literal)`, `{ ...literal }`), or build the new object from the members (`{ name: g.name, greet: () => g.greet() }`)",
    );
    renamedKeys(spreadObjectParts(source.getType()), renamed);
  }
  return call(
    context.useRuntime("js_assign_new_object"),
    [{ kind: "Dict", entries: renamed }, { kind: "Dict", entries: laterKeys(node, context) }, ...args],
    node,
  );
}
