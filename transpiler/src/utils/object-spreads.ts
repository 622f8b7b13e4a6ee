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
import { spreadOfInstance } from "../diagnostics";
import { isObjectLiteralType, shapeOfType } from "./types";

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

/**
 * The operand of a dict display's `**`: the value itself when its type is objects only; else
 * `value or {}` (None, False and "" are falsy, an empty dict spreads nothing either way), or
 * through the runtime when a number may be left (NaN is truthy in Python).
 */
export function spreadOperand(type: Type, value: py.Expression, context: TransformContext): py.Expression {
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

/**
 * `{ ...instance, z: 0 }`: TypeScript drops a class's methods from the spread's type, so the literal
 * is a dict, whose `**` needs a mapping. A class instance (or a Map, Set, array or function, which
 * spread their own properties, not their entries) is none: refused, naming the part. The fields
 * JavaScript would copy are the own fields of the instance's actual class (a subclass's too), which
 * the static type does not give.
 */
export function refuseSpreadOfInstance(source: Node, context: TransformContext): void {
  for (const part of spreadObjectParts(source.getType())) {
    const kind = shapeOfType(part, context).kind;
    const notData = kind === "error" || kind === "map" || kind === "set" || kind === "array" || kind === "function";
    if (notData || (kind === "object" && !isObjectLiteralType(part))) {
      context.report(spreadOfInstance(source, `\`${part.getText(source)}\``));
      return;
    }
  }
}
