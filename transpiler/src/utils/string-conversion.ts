/** A value as the text JavaScript makes of it (`String(value)`, a template literal's pieces). */
import { Node, Type } from "ts-morph";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import { call, number, text } from "../python/build";
import { textOfNullOrUndefined, unsupportedSyntax } from "../diagnostics";
import { noneMeaning, noneMeaningOfNode } from "./none-meaning";
import { isSideEffectFree } from "./temporaries";
import { shapeOfNode, shapeOfType } from "./types";
import { libraryTypeName } from "./library-types";

/**
 * null and undefined are both None in Python; String() prints None as "null" unless the type
 * says the value can be undefined and never null, where JavaScript would print "undefined".
 */
export function stringConversion(expression: py.Expression, node: Node, context: TransformContext): py.Expression {
  const shape = shapeOfNode(node, context);
  refuseTextless(node.getType(), node, context);
  const iterator = iteratorLabel(node.getType(), context);
  if (((shape.kind === "map" || shape.kind === "set") && !shape.nullable) || iterator !== undefined) {
    // Object.prototype.toString names the class: known here from the type (js_str would also say it).
    const label = text(iterator ?? (shape.kind === "map" ? "[object Map]" : "[object Set]"));
    // A call is still made once, for its effects: `(f(), "[object Map]")[1]`.
    return isSideEffectFree(expression) ? label : { kind: "Subscript", value: { kind: "Tuple", elements: [expression, label] }, index: number("1") };
  }
  return call(context.useRuntime("js_str"), [expression, ...noneText(node.getType(), node, context, isCaughtValue(node), noneMeaningOfNode(node))], node);
}

/** The library's iterators, which compile to Python iterators and generators that do not say what they walk. */
const ITERATOR_LABELS: Record<string, string> = {
  ArrayIterator: "[object Array Iterator]",
  RegExpStringIterator: "[object RegExp String Iterator]",
  Generator: "[object Generator]",
};

function iteratorLabel(type: Type, context: TransformContext): string | undefined {
  const name = libraryTypeName(type, context);
  return name !== undefined && Object.hasOwn(ITERATOR_LABELS, name) ? ITERATOR_LABELS[name] : undefined;
}

/**
 * The arguments after the value for `js_str` where `String` itself is the callback (`items.map(String)`),
 * from the type of the callback's first parameter: as for a direct `String(x)`, None is "undefined"
 * where the type admits only undefined, and a type admitting both (or a function) is refused.
 */
export function noneTextArgument(type: Type, node: Node, context: TransformContext): py.Expression[] {
  refuseTextless(type, node, context);
  return noneText(type, node, context, false);
}

/** Refuses a value whose type admits one that has no JavaScript text a Python value can give. */
function refuseTextless(type: Type, node: Node, context: TransformContext): void {
  const textless = textlessPart(type, context);
  if (textless !== undefined) {
    context.report(unsupportedSyntax(node, `turning ${textless} into text (make the text you mean first)`));
  }
}

/**
 * js_str's argument after the value: "undefined" where the type admits undefined and never null.
 * A type admitting both is refused (JavaScript writes "null" or "undefined"; None cannot say which),
 * unless the value is a caught one, whose text the runtime knows.
 */
function noneText(type: Type, node: Node, context: TransformContext, caught: boolean, meaning = noneMeaning(type)): py.Expression[] {
  if (meaning.null && meaning.undefined && !caught) {
    // A read by a generic key (`String(groups[key])`) may find no entry: undefined, beside the null its type says.
    const missing = !noneMeaning(type).undefined ? " | undefined, a read by a generic key that may find no entry" : "";
    context.report(textOfNullOrUndefined(node, type.getText(node) + missing));
  }
  return meaning.undefined && !meaning.null ? [text("undefined")] : [];
}

/**
 * What a value of this type may hold whose JavaScript text a Python value cannot give: a function,
 * whose text is its source as the engine got it (after any bundler). Undefined when the text is
 * exact: Maps and Sets are classes of their own in Python (JsMap, JsSet), so `[object Map]` and
 * `[object Set]` come out wherever they are, also inside an array or a union.
 */
export function textlessPart(type: Type, context: TransformContext, seen = new Set<Type>()): string | undefined {
  if (seen.has(type)) {
    return undefined; // a recursive type: its parts were looked at already
  }
  seen.add(type);
  const parts = type.isUnion()
    ? type.getUnionTypes()
    : type.isTuple()
      ? type.getTupleElements()
      : type.isArray() || type.isReadonlyArray()
        ? type.getTypeArguments()
        : undefined;
  if (parts !== undefined) {
    for (const part of parts) {
      const found = textlessPart(part, context, seen);
      if (found !== undefined) {
        return found;
      }
    }
    return undefined;
  }
  if (shapeOfType(type, context).kind === "function") {
    return "a function";
  }
  // A class (`typeof Router`, `new () => T`): its text is its source too, or its own static toString().
  return type.getConstructSignatures().length > 0 ? "a class" : undefined;
}

/** A template literal's pieces as text: strings as they are, anything else as JavaScript prints it. */
export function asText(node: Node, context: TransformContext): py.Expression {
  return textOfValue(context.transformExpression(node), node, context);
}

/** `asText` of a value already compiled (or kept in a temporary): `expression` holds the value of `node`. */
export function textOfValue(expression: py.Expression, node: Node, context: TransformContext): py.Expression {
  const shape = shapeOfNode(node, context);
  // A read the type calls a string but that may be undefined (`Perm[flags]`, a generic record's entry) is converted.
  if (shape.kind === "string" && !shape.nullable && !noneMeaningOfNode(node).undefined) {
    return expression;
  }
  return stringConversion(expression, node, context);
}

/**
 * `catch (error)`: typed unknown, but never None in Python (an except clause binds an exception), and
 * never null or undefined in a compiled program, which throws only Errors (CS1007).
 */
function isCaughtValue(node: Node): boolean {
  if (!Node.isIdentifier(node)) {
    return false;
  }
  return (node.getSymbol()?.getDeclarations() ?? []).some(
    (declaration) => Node.isVariableDeclaration(declaration) && Node.isCatchClause(declaration.getParent()),
  );
}
