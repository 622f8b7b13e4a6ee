/**
 * The parts of a type that the checks of a value meeting a type walk into (CS1037 and CS1050 in
 * objects-as-data.ts, CS1051 in dicts-as-objects.ts): a union's members, an array's or a Map's
 * elements, and the properties two dict types share.
 */
import { Node, ts, Type } from "ts-morph";
import type { ValueKind } from "./types";

/** Values that are neither a dict nor an object in Python, named for a message (`{ length: number }` given a string). */
export const VALUE_NAMES: Partial<Record<ValueKind, string>> = {
  string: "a string",
  number: "a number",
  boolean: "a boolean",
  array: "an array",
  map: "a Map",
  set: "a Set",
  function: "a function",
};

/** A union's members other than null and undefined; any other type alone. */
export function nonNullMembers(type: Type): Type[] {
  return (type.isUnion() ? type.getUnionTypes() : [type]).filter((member) => !member.isNull() && !member.isUndefined());
}

/** The element type of an array, or the value type of a Map. */
export function elementType(type: Type): Type | undefined {
  const nonNull = type.getNonNullableType();
  if (nonNull.isArray()) {
    return nonNull.getArrayElementType();
  }
  const name = nonNull.getSymbol()?.getName();
  if ((name === "Map" || name === "ReadonlyMap" || name === "ReadonlyArray") && nonNull.getTypeArguments().length > 0) {
    const typeArguments = nonNull.getTypeArguments();
    return typeArguments[typeArguments.length - 1];
  }
  return undefined;
}

/** "a plain object … as an element", and deeper "as an element of an element" (review S46A, F11: it said "as an element as an element"). */
export function asAnElement(reason: string): string {
  const nested = / as an element((?: of an element)*)$/;
  return nested.test(reason) ? reason.replace(nested, " as an element$1 of an element") : `${reason} as an element`;
}

/**
 * `Box<{ v: number }>` given where `Box<Plain>` is expected: the program's own generic class or
 * interface, its type arguments paired (review S46C, F9: a dict travelled inside a Box to code
 * that reads a Plain's attributes), or undefined.
 */
export function typeArgumentPairs(source: Type, target: Type): [Type, Type][] | undefined {
  const sourceReference = source.getNonNullableType();
  const targetReference = target.getNonNullableType();
  const generic = sourceReference.getTargetType();
  if (generic === undefined || generic !== targetReference.getTargetType()) {
    return undefined;
  }
  const declaration = generic.getSymbol()?.getDeclarations()[0];
  if (declaration === undefined || declaration.getSourceFile().isDeclarationFile() || !Node.isTypeParametered(declaration)) {
    return undefined;
  }
  const count = declaration.getTypeParameters().length;
  const sourceArguments = sourceReference.getTypeArguments().slice(0, count);
  const targetArguments = targetReference.getTypeArguments().slice(0, count);
  return sourceArguments.length === count && targetArguments.length === count
    ? sourceArguments.map((argument, index): [Type, Type] => [argument, targetArguments[index]!])
    : undefined;
}

/** A tuple's elements before its first rest or variadic one. */
function fixedElements(tuple: Type): Type[] {
  const flags = (tuple.compilerType as ts.TupleTypeReference).target?.elementFlags ?? [];
  const firstVariable = flags.findIndex((flag) => (flag & ts.ElementFlags.Variable) !== 0);
  const elements = tuple.getTupleElements();
  return firstVariable < 0 ? elements : elements.slice(0, firstVariable);
}

/** A tuple's elements with the elements they meet in a tuple or an array, or undefined when neither side is a tuple. */
export function tupleElementPairs(source: Type, target: Type): [Type, Type][] | undefined {
  const sourceTuple = source.getNonNullableType();
  const targetTuple = target.getNonNullableType();
  if (!sourceTuple.isTuple() && !targetTuple.isTuple()) {
    return undefined;
  }
  // A tuple with a rest element (`[...string[], Shape]`) has no element at a fixed place
  // past it: only the elements before it are paired (review S46C, F11).
  const sourceElements = sourceTuple.isTuple() ? fixedElements(sourceTuple) : undefined;
  const targetElements = targetTuple.isTuple() ? fixedElements(targetTuple) : undefined;
  const sourceElement = elementType(sourceTuple);
  const targetElement = elementType(targetTuple);
  if (sourceElements !== undefined && targetElements !== undefined) {
    return sourceElements.flatMap((element, index): [Type, Type][] => (targetElements[index] === undefined ? [] : [[element, targetElements[index]!]]));
  }
  if (sourceElements !== undefined) {
    return targetElement === undefined ? [] : sourceElements.map((element): [Type, Type] => [element, targetElement]);
  }
  return sourceElement === undefined || targetElements === undefined ? [] : targetElements.map((element): [Type, Type] => [sourceElement, element]);
}

/** Each property of `target` that `source` has too, with its type on either side. */
export function sharedProperties(source: Type, target: Type): { name: string; source: Type; target: Type }[] {
  const shared: { name: string; source: Type; target: Type }[] = [];
  for (const property of target.getProperties()) {
    const sourceProperty = source.getNonNullableType().getProperty(property.getName());
    const declaration = property.getValueDeclaration() ?? property.getDeclarations()[0];
    const sourceDeclaration = sourceProperty?.getValueDeclaration() ?? sourceProperty?.getDeclarations()[0];
    if (sourceProperty !== undefined && declaration !== undefined && sourceDeclaration !== undefined) {
      shared.push({ name: property.getName(), source: sourceProperty.getTypeAtLocation(sourceDeclaration), target: property.getTypeAtLocation(declaration) });
    }
  }
  return shared;
}

/** `source` is a union one of whose members is `target` (or fits it), or an array of such unions. */
export function picksAMember(source: Type, target: Type): boolean {
  if (source.isUnion()) {
    return source.getUnionTypes().some((member) => !member.isNull() && !member.isUndefined() && member.isAssignableTo(target));
  }
  const sourceElement = elementType(source);
  const targetElement = elementType(target);
  return sourceElement !== undefined && targetElement !== undefined && picksAMember(sourceElement, targetElement);
}
