/**
 * `{ ...value }` where the value may be something JavaScript spreads as nothing: undefined, null,
 * or a falsy primitive left by `&&` (`...(on && opts)` is `false | Opts`, `...(name && opts)` is
 * `"" | Opts`, `...(count && opts)` is `0 | Opts`). TypeScript accepts these; Python's `**None`
 * or `**False` raises TypeError.
 */
import { Node, Type } from "ts-morph";
import type * as py from "../python/ast";
import { call } from "../python/build";
import type { TransformContext } from "../context";
import { instanceHiddenByType, spreadOfInstance } from "../diagnostics";
import { mayHideInstance } from "./hidden-instances";
import { isDataObjectType, shapeOfType } from "./types";

/** A part of a spread's type that JavaScript spreads as nothing (a falsy primitive, null, undefined). */
export function spreadsAsNothing(part: Type): boolean {
  if (part.isNull() || part.isUndefined() || part.isVoid()) {
    return true;
  }
  if (part.isBooleanLiteral()) {
    return part.getText() === "false";
  }
  if (part.isStringLiteral() || part.isNumberLiteral()) {
    return !part.getLiteralValue();
  }
  return false;
}

/** The parts of a spread's type that are objects (whose entries the spread copies). */
export function spreadObjectParts(type: Type): Type[] {
  return (type.isUnion() ? type.getUnionTypes() : [type]).filter((part) => !spreadsAsNothing(part));
}

/** The kinds of value whose spread copies its own properties, which only a data object's entries are. */
const OBJECT_KINDS = new Set(["object", "error", "map", "set", "array", "function"]);

/**
 * The operand of a dict display's `**` for `{ ...source }`: the value itself when its type is
 * objects only; else `value or {}` (None, False and "" are falsy, an empty dict spreads nothing
 * either way), or through the runtime when a number may be left (NaN is truthy in Python).
 *
 * TypeScript drops a class's methods from the spread's type, so the literal is a dict, whose `**`
 * needs a mapping. A class instance (or a Map, Set, array or function, which spread their own
 * properties, not their entries) is none: refused, naming the part. The fields JavaScript would
 * copy are the own fields of the instance's actual class (a subclass's too), which the static type
 * does not give.
 */
export function spreadOperand(source: Node, context: TransformContext): py.Expression {
  const type = source.getType();
  const instance = spreadObjectParts(type).find((part) => OBJECT_KINDS.has(shapeOfType(part, context).kind) && !isDataObjectType(part, context));
  if (instance !== undefined) {
    context.report(spreadOfInstance(source, `\`${instance.getText(source)}\``));
  }
  const hidden = spreadObjectParts(type).find((part) => mayHideInstance(part));
  if (hidden !== undefined) {
    context.report(instanceHiddenByType(source, "a spread of", hidden.getText(source)));
  }
  const value = context.transformExpression(source);
  const parts = type.isUnion() ? type.getUnionTypes() : [type];
  const nothing = parts.filter(spreadsAsNothing);
  if (nothing.length === 0) {
    return value;
  }
  if (nothing.some((part) => part.isNumberLiteral())) {
    return call(context.useRuntime("js_spread_source"), [value]);
  }
  return { kind: "Boolean", operator: "or", operands: [value, { kind: "Dict", entries: [] }] };
}
