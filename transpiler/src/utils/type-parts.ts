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
  const typeParameters = declaration.getTypeParameters();
  const count = typeParameters.length;
  const sourceArguments = sourceReference.getTypeArguments().slice(0, count);
  const targetArguments = targetReference.getTypeArguments().slice(0, count);
  if (sourceArguments.length !== count || targetArguments.length !== count) {
    return undefined;
  }
  // Only a type parameter whose values the class holds or gives out (a field's or accessor's type,
  // a method's result): a phantom one (`Id<User>`) or one only taken in (`put(x: T)`) carries no
  // value of it (review S46D, F3).
  const given = givenOutTexts(declaration);
  return sourceArguments.flatMap((argument, index): [Type, Type][] => {
    const name = new RegExp(`\\b${typeParameters[index]!.getName()}\\b`);
    return given.some((text) => name.test(text)) ? [[argument, targetArguments[index]!]] : [];
  });
}

/**
 * The type texts of what a class or interface holds or gives out: its fields', accessors' and
 * methods' results, its index and call signatures' (`{ [key: string]: T }`, `(): T`), and its base
 * types' as it names them (`extends Base<T>`: review S46E, F2, F3).
 */
function givenOutTexts(declaration: Node): string[] {
  const texts: string[] = [];
  if (!Node.isClassDeclaration(declaration) && !Node.isInterfaceDeclaration(declaration)) {
    return texts;
  }
  for (const member of declaration.getMembers()) {
    if (Node.isPropertyDeclaration(member) || Node.isPropertySignature(member) || Node.isGetAccessorDeclaration(member)) {
      texts.push(member.getType().getText(member));
    } else if (Node.isMethodDeclaration(member) || Node.isMethodSignature(member) || Node.isCallSignatureDeclaration(member)) {
      texts.push(member.getReturnType().getText(member));
    } else if (Node.isIndexSignatureDeclaration(member)) {
      texts.push(member.getReturnType().getText(member));
    } else if (Node.isConstructorDeclaration(member)) {
      texts.push(
        ...member
          .getParameters()
          .filter((parameter) => parameter.isParameterProperty())
          .map((parameter) => parameter.getType().getText(parameter)),
      );
    }
  }
  const bases = Node.isClassDeclaration(declaration) ? [declaration.getExtends()] : declaration.getExtends();
  texts.push(...bases.flatMap((base) => (base === undefined ? [] : [base.getText()])));
  return texts;
}

/** A tuple's elements before its rest (or variadic) element, that element's type, and the elements after it. */
function tupleParts(tuple: Type): { prefix: Type[]; rest: Type | undefined; suffix: Type[] } {
  const flags = (tuple.compilerType as ts.TupleTypeReference).target?.elementFlags ?? [];
  const elements = tuple.getTupleElements();
  const variable = flags.findIndex((flag) => (flag & ts.ElementFlags.Variable) !== 0);
  return variable < 0
    ? { prefix: elements, rest: undefined, suffix: [] }
    : { prefix: elements.slice(0, variable), rest: elements[variable], suffix: elements.slice(variable + 1) };
}

/**
 * A tuple's elements with the elements they meet in a tuple or an array, or undefined when neither
 * side is a tuple. Past a rest element (`[...string[], Shape]`) the places count from the end, and
 * the elements between meet the rest's type (review S46C, F11; S46D, F5).
 */
export function tupleElementPairs(source: Type, target: Type): [Type, Type][] | undefined {
  const sourceTuple = source.getNonNullableType();
  const targetTuple = target.getNonNullableType();
  if (!sourceTuple.isTuple() && !targetTuple.isTuple()) {
    return undefined;
  }
  if (!targetTuple.isTuple()) {
    const targetElement = elementType(targetTuple);
    return targetElement === undefined ? [] : sourceTuple.getTupleElements().map((element): [Type, Type] => [element, targetElement]);
  }
  const { prefix, rest, suffix } = tupleParts(targetTuple);
  if (!sourceTuple.isTuple()) {
    const sourceElement = elementType(sourceTuple);
    return sourceElement === undefined ? [] : targetTuple.getTupleElements().map((element): [Type, Type] => [sourceElement, element]);
  }
  const given = tupleParts(sourceTuple);
  const pairs: [Type, Type][] = [];
  if (given.rest === undefined) {
    const elements = given.prefix;
    elements.forEach((element, index) => {
      const fromEnd = elements.length - index;
      const place = index < prefix.length ? prefix[index] : fromEnd <= suffix.length ? suffix[suffix.length - fromEnd] : rest;
      if (place !== undefined) {
        pairs.push([element, place]);
      }
    });
    return pairs;
  }
  // Both have a rest element: the fixed places on either side, and the rests together.
  given.prefix.forEach((element, index) => {
    const place = index < prefix.length ? prefix[index] : rest;
    if (place !== undefined) {
      pairs.push([element, place]);
    }
  });
  given.suffix.forEach((element, index) => {
    const fromEnd = given.suffix.length - index;
    const place = fromEnd <= suffix.length ? suffix[suffix.length - fromEnd] : rest;
    if (place !== undefined) {
      pairs.push([element, place]);
    }
  });
  if (rest !== undefined) {
    pairs.push([given.rest, rest]);
  }
  return pairs;
}

/** Each property of `target` that `source` has too, with its type on either side. */
export function sharedProperties(source: Type, target: Type): (SharedMember & { name: string })[] {
  const shared: (SharedMember & { name: string })[] = [];
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

/** A member two types share: a named property (`name`), or the values of a string index signature (`name` undefined). */
export interface SharedMember {
  name: string | undefined;
  source: Type;
  target: Type;
}

/**
 * What a value of `source` puts where `target` is read: each named property of `target` that
 * `source` has too, and the values of `target`'s string index signature (`Record<string, Plain>`)
 * against the source's index values or, without them, each of its named properties that `target`
 * does not name (review S46D, F11: a `Record<string, { v: number }>` given for a
 * `Record<string, Plain>` was never looked into).
 */
export function sharedMembers(source: Type, target: Type): SharedMember[] {
  const shared: SharedMember[] = sharedProperties(source, target);
  const targetValues = target.getNonNullableType().getStringIndexType();
  if (targetValues === undefined) {
    return shared;
  }
  const given = source.getNonNullableType();
  const sourceValues = given.getStringIndexType();
  if (sourceValues !== undefined) {
    shared.push({ name: undefined, source: sourceValues, target: targetValues });
    return shared;
  }
  for (const property of given.getProperties()) {
    const declaration = property.getValueDeclaration() ?? property.getDeclarations()[0];
    if (declaration !== undefined && target.getNonNullableType().getProperty(property.getName()) === undefined) {
      shared.push({ name: property.getName(), source: property.getTypeAtLocation(declaration), target: targetValues });
    }
  }
  return shared;
}

/** "… as its `inner`", or "… as one of its values" for an index signature's. */
export function asAMember(reason: string, name: string | undefined): string {
  return name === undefined ? `${reason} as one of its values` : `${reason} as its \`${name}\``;
}

/**
 * A value that moves when a value of one type is used as another: `from` where `to` is expected,
 * `place` naming where for a message ("as its `item`"). A parameter moves the other way: what the
 * target's callers pass is given to the parameter the source declares.
 */
export interface Flow {
  from: Type;
  to: Type;
  place: string;
  isResult: boolean;
}

/**
 * A function given for a function type: what the callers pass flows into its parameters (the
 * target's parameter types into the source's), and its result flows back to them.
 */
export function callFlows(source: Type, target: Type, at: Node): Flow[] | undefined {
  const sourceSignatures = source.getCallSignatures();
  const targetSignature = target.getCallSignatures()[0];
  if (sourceSignatures.length !== 1 || targetSignature === undefined) {
    return undefined;
  }
  const sourceSignature = sourceSignatures[0]!;
  const sourceParameters = sourceSignature.getParameters();
  const targetParameters = targetSignature.getParameters();
  const flows: Flow[] = [];
  for (let index = 0; index < Math.min(sourceParameters.length, targetParameters.length); index++) {
    flows.push({
      from: targetParameters[index]!.getTypeAtLocation(at),
      to: sourceParameters[index]!.getTypeAtLocation(at),
      place: `passed to its parameter \`${sourceParameters[index]!.getName()}\``,
      isResult: false,
    });
  }
  flows.push({ from: sourceSignature.getReturnType(), to: targetSignature.getReturnType(), place: "as its result", isResult: true });
  return flows;
}

/**
 * Another class, or a subclass, given for the program's class or interface (`class DictBox extends
 * Box<{ v: number }>` for `Box<Plain>`, `class H { get() { return { v: 7 }; } }` for
 * `Holder<Plain>`): each field and accessor it holds and each method's result flows to the target's
 * readers, and what they pass its methods flows into its methods' parameters (review S46D, F1).
 * Members the two share (inherited, not overridden) are left out: they are the same.
 */
export function memberFlows(source: Type, target: Type, at: Node): Flow[] {
  const flows: Flow[] = [];
  for (const property of target.getProperties()) {
    const sourceProperty = source.getProperty(property.getName());
    const declaration = property.getValueDeclaration() ?? property.getDeclarations()[0];
    const sourceDeclaration = sourceProperty?.getValueDeclaration() ?? sourceProperty?.getDeclarations()[0];
    if (sourceProperty === undefined || sourceProperty === property || declaration === undefined || sourceDeclaration === undefined) {
      continue;
    }
    const expected = property.getTypeAtLocation(declaration);
    const given = sourceProperty.getTypeAtLocation(sourceDeclaration);
    if (!Node.isMethodDeclaration(declaration) && !Node.isMethodSignature(declaration)) {
      flows.push({ from: given, to: expected, place: `as its \`${property.getName()}\``, isResult: false });
      continue;
    }
    const method = `${property.getName()}()`;
    for (const flow of callFlows(given, expected, at) ?? []) {
      flows.push({
        ...flow,
        place: flow.isResult ? `as the result of its \`${method}\`` : `${flow.place.replace("its parameter", "the parameter")} of its \`${method}\``,
        isResult: false,
      });
    }
  }
  return flows;
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
