/**
 * `JSON.stringify(value)`: `js_json_stringify`, refused where the printed text would not be Node's:
 * a Map or a Set, a function, a class instance without `toJSON()` anywhere in the value. (A member
 * an object literal gave undefined is marked where the literal is made: utils/undefined-members.ts.)
 */
import { CallExpression, Node, SyntaxKind, Type, TypeFlags } from "ts-morph";
import type { TransformContext } from "../context";
import { jsonOfClassInstance, jsonOfCollection, unsupportedBuiltin } from "../diagnostics";
import type * as py from "../python/ast";
import { call } from "../python/build";
import { isIteratorType } from "../utils/iteration";
import { noneMeaning } from "../utils/none-meaning";
import { isObjectLiteralType, shapeOfNode, shapeOfType } from "../utils/types";

/**
 * What JSON.stringify prints of an instance of a class of the program with a `toJSON()` method (or
 * a field holding one): the method's result type. "refused" where that result may be undefined,
 * which JavaScript leaves out of an object and None cannot tell from null.
 */
function toJsonResult(type: Type, at: Node, context: TransformContext): Type | "refused" | undefined {
  const classes = type.getSymbol()?.getDeclarations() ?? [];
  const toJson = type.getProperty("toJSON");
  const declaration = toJson?.getValueDeclaration() ?? toJson?.getDeclarations()[0];
  if (toJson === undefined || declaration === undefined || context.isStandardLibrary(declaration) || !classes.every((node) => Node.isClassDeclaration(node))) {
    return undefined;
  }
  const signature = toJson.getTypeAtLocation(at).getCallSignatures()[0];
  if (signature === undefined) {
    return undefined;
  }
  const result = signature.getReturnType();
  return noneMeaning(result).undefined || result.isAny() || result.isUnknown() ? "refused" : result;
}

/** A class instance anywhere in the value: its Python attributes are not JavaScript's fields (names, privates, getters). */
function holdsClassInstance(type: Type, at: Node, context: TransformContext, seen: Set<Type>): boolean {
  if (seen.has(type) || seen.size > 50) {
    return false;
  }
  seen.add(type);
  if (type.isUnion()) {
    return type.getUnionTypes().some((member) => holdsClassInstance(member, at, context, seen));
  }
  const shape = shapeOfType(type, context);
  // What Object.assign makes of object literals (`A & B`) is built as `{ ...a, ...b }` is: the literals'.
  const isLiteral = type.isIntersection() ? type.getIntersectionTypes().every(isObjectLiteralType) : isObjectLiteralType(type);
  if (shape.kind === "object" && isLiteral) {
    // An object literal's own properties are printed as JavaScript does (getters read, methods left out).
    return type.getProperties().some((property) => {
      const declaration = property.getValueDeclaration() ?? property.getDeclarations()[0];
      return declaration !== undefined && !Node.isMethodDeclaration(declaration) && holdsClassInstance(property.getTypeAtLocation(at), at, context, seen);
    });
  }
  if (shape.kind === "object" || shape.kind === "error") {
    // A class's own toJSON gives what is printed (the runtime calls it, as JavaScript does).
    const printed = toJsonResult(type, at, context);
    if (printed !== undefined) {
      // `toJSON(): Point { return this; }` gives the instance itself, which the runtime cannot print (review S45R, G11).
      return printed === "refused" || printed === type || printed.getSymbol() === type.getSymbol() || holdsClassInstance(printed, at, context, seen);
    }
    // A generator or a library iterator has no own properties: the runtime writes {} for it, as Node does.
    return !type.isAny() && !type.isUnknown() && !isIteratorType(type, context);
  }
  if (shape.kind === "array") {
    const element = type.getArrayElementType() ?? type.getNumberIndexType();
    return (
      (element !== undefined && holdsClassInstance(element, at, context, seen)) ||
      type.getTupleElements().some((member) => holdsClassInstance(member, at, context, seen))
    );
  }
  if (shape.kind === "dict") {
    const index = type.getStringIndexType();
    return (
      (index !== undefined && holdsClassInstance(index, at, context, seen)) ||
      // The property's type where the value is (`Record<"k", Point[]>`'s `k` is Point[] there, and
      // the library's `T` at the mapped type's declaration).
      type.getProperties().some((property) => holdsClassInstance(property.getTypeAtLocation(at), at, context, seen))
    );
  }
  return false;
}

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
  } else if (value !== undefined && value.getType().getCallSignatures().length > 0) {
    // Node gives undefined for a function, which TypeScript's `string` result does not admit.
    context.report(unsupportedBuiltin(value, "`JSON.stringify` of a function (Node gives undefined, not a text)"));
  } else if (value !== undefined && holdsClassInstance(value.getType(), value, context, new Set())) {
    context.report(jsonOfClassInstance(node));
  }
  return call(context.useRuntime("js_json_stringify"), args);
}
