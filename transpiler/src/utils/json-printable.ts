/**
 * Whether JSON.stringify of a value of a type would print what Node prints: a class instance (a
 * Python object whose attributes the compiler named) cannot be printed, unless its class's own
 * `toJSON()` gives something that can.
 */
import { Node, Type } from "ts-morph";
import type { TransformContext } from "../context";
import { isIteratorType } from "./iteration";
import { noneMeaning } from "./none-meaning";
import { isObjectLiteralType, shapeOfType } from "./types";

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
export function holdsClassInstance(type: Type, at: Node, context: TransformContext, seen = new Set<Type>()): boolean {
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
