/**
 * Types under which a class instance may travel unseen: `object`, `{}` (an empty interface), and a
 * type parameter constrained by nothing, by those, or by `unknown`. A spread or `Object.assign`
 * compiled for them treats the value as a dict, which a class instance (a Python object whose
 * fields are attributes the compiler named) is not, and the types do not say which fields it has.
 * A type parameter constrained by a data type is not one: a class instance given for it is refused
 * at the call (CS1046); nor is `this`, whose class is known.
 */
import { Type, TypeFlags } from "ts-morph";
import { isPolymorphicThis } from "./this-type";
import { isEmptyObjectType, isObjectLiteralType } from "./types";

export function mayHideInstance(type: Type, seen = new Set<Type>()): boolean {
  if (seen.has(type)) {
    return false;
  }
  seen.add(type);
  if (type.isUnion()) {
    return type.getUnionTypes().some((part) => mayHideInstance(part, seen));
  }
  if (type.isIntersection()) {
    // `T & object` hides an instance only where each part may.
    return type.getIntersectionTypes().every((part) => mayHideInstance(part, seen));
  }
  if ((type.getFlags() & TypeFlags.NonPrimitive) !== 0) {
    return true;
  }
  if (isEmptyObjectType(type) && !isObjectLiteralType(type)) {
    // A mapped type over a type parameter (`Partial<T>`, `Readonly<T>`, `Pick<T, K>`) lists no
    // members of its own: it holds what its object does. A `Record<K, V>` is a record whatever V
    // is (a class instance given for one is refused at the call, CS1037); so is `Partial` of one.
    const [object] = type.getAliasTypeArguments();
    if (type.getAliasSymbol()?.getName() === "Record") {
      return false;
    }
    return object === undefined || mayHideInstance(object, seen);
  }
  if (type.isTypeParameter()) {
    if (isPolymorphicThis(type)) {
      return false;
    }
    const constraint = type.getConstraint();
    return constraint === undefined || constraint.isUnknown() || constraint.isAny() || mayHideInstance(constraint, seen);
  }
  return false;
}
