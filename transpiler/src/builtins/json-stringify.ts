/**
 * `JSON.stringify(value)`: `js_json_stringify`, refused where the printed text would not be Node's:
 * a Map or a Set, a function, a class instance without `toJSON()` anywhere in the value, and an
 * object member whose None could be null (printed) or undefined (left out). Where the types say a
 * member's None is undefined (`nickname?: string`, `{ trace: debug ? "x" : undefined }`), the
 * printer is told the member's name, and leaves it out as Node does.
 */
import { CallExpression, Node, SyntaxKind, Type, TypeFlags } from "ts-morph";
import type { TransformContext } from "../context";
import { jsonOfClassInstance, jsonOfCollection, jsonMemberOfNullOrUndefined, jsonUndefinedBesideOpaque, unsupportedBuiltin } from "../diagnostics";
import type * as py from "../python/ast";
import { call, text } from "../python/build";
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
      return printed === "refused" || holdsClassInstance(printed, at, context, seen);
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

/** Where a None inside the value is undefined, by member name: what the printer leaves out. */
interface NoneMembers {
  /** Members whose None is undefined (their type admits undefined and not null). */
  undefined: Set<string>;
  /** Members whose None is printed as null (their type admits null). */
  null: Set<string>;
  /** An index signature's (`Record<string, number | undefined>`): every member. */
  everyUndefined: boolean;
  everyNull: boolean;
  /** A part typed `unknown`, `any`, a type parameter or `object`, whose members the types do not name. */
  opaque?: string;
}

/** What a member's type admits: its None is undefined, null, either, or it holds no None. */
function noneOfMember(type: Type): "undefined" | "null" | "both" | undefined {
  let undefinedMember = false;
  let nullMember = false;
  for (const member of type.isUnion() ? type.getUnionTypes() : [type]) {
    if (member.isUndefined() || (member.getFlags() & TypeFlags.Void) !== 0) {
      undefinedMember = true;
    } else if (member.isNull()) {
      nullMember = true;
    }
  }
  // A member typed any or unknown holds what JSON.parse gave it (null), or anything: printed as null.
  return undefinedMember && nullMember ? "both" : undefinedMember ? "undefined" : nullMember ? "null" : undefined;
}

function noteMember(found: NoneMembers, key: string | undefined, type: Type): void {
  const none = noneOfMember(type);
  // A member whose type admits both (`discount?: number | null`) is printed as null when it holds
  // None: absent, it is left out as in Node; present, it is null far more often (JSON data) than an
  // undefined written into it (docs/typescript-subset.md names that case).
  if (none === "undefined") {
    if (key === undefined) {
      found.everyUndefined = true;
    } else {
      found.undefined.add(key);
    }
  } else if (none !== undefined) {
    if (key === undefined) {
      found.everyNull = true;
    } else {
      found.null.add(key);
    }
  }
}

/** The members the printer will meet in a value of this type, walked as holdsClassInstance walks it. */
function noneMembers(type: Type, at: Node, context: TransformContext, found: NoneMembers, seen: Set<Type>): void {
  if (seen.has(type) || seen.size > 200) {
    return;
  }
  seen.add(type);
  const parts = type.isUnion() ? type.getUnionTypes() : type.isIntersection() ? type.getIntersectionTypes() : [];
  if (parts.length > 0) {
    for (const member of parts) {
      noneMembers(member, at, context, found, seen);
    }
    return;
  }
  if ((type.getFlags() & (TypeFlags.Undefined | TypeFlags.Null | TypeFlags.Void | TypeFlags.Never)) !== 0) {
    return;
  }
  if (type.isTypeParameter() && type.getConstraint() !== undefined) {
    noneMembers(type.getConstraintOrThrow(), at, context, found, seen);
    return;
  }
  const shape = shapeOfType(type, context);
  if (type.isAny() || type.isUnknown() || type.isTypeParameter() || shape.kind === "unknown") {
    // It may hold objects whose members the types do not name (parsed JSON, whose nulls are null).
    found.opaque ??= type.getText(at);
    return;
  }
  if (shape.kind === "array") {
    // An undefined element prints as null, as a null one does: only what the elements hold matters.
    const element = type.getArrayElementType() ?? type.getNumberIndexType();
    for (const member of [...(element === undefined ? [] : [element]), ...type.getTupleElements()]) {
      noneMembers(member, at, context, found, seen);
    }
    return;
  }
  if (shape.kind !== "dict" && shape.kind !== "object") {
    return;
  }
  if (shape.kind === "object" && !isObjectLiteralType(type)) {
    // A class's own toJSON gives what is printed (anything else is refused by CS1017).
    const printed = toJsonResult(type, at, context);
    if (printed !== undefined && printed !== "refused") {
      noneMembers(printed, at, context, found, seen);
    }
    return;
  }
  const index = type.getStringIndexType();
  if (index !== undefined) {
    noteMember(found, undefined, index);
    noneMembers(index, at, context, found, seen);
  }
  for (const property of type.getProperties()) {
    const declaration = property.getValueDeclaration() ?? property.getDeclarations()[0];
    if (declaration !== undefined && Node.isMethodDeclaration(declaration)) {
      continue; // a method is no data: JSON leaves it out
    }
    const member = property.getTypeAtLocation(at);
    noteMember(found, property.getName(), member);
    noneMembers(member, at, context, found, seen);
  }
}

/**
 * The names of the members whose None is undefined, for the printer to leave out (`true`: every
 * member's), or undefined where there are none; reports members where it could be either.
 */
function undefinedMembers(value: Node, context: TransformContext): py.Expression | undefined {
  const found: NoneMembers = { undefined: new Set(), null: new Set(), everyUndefined: false, everyNull: false };
  noneMembers(value.getType(), value, context, found, new Set());
  // A name is one key to the printer wherever it is in the value: its None must mean one thing.
  for (const key of [...found.undefined].filter((name) => found.null.has(name))) {
    context.report(jsonMemberOfNullOrUndefined(value, key, "another of its objects"));
  }
  if (found.everyNull) {
    for (const key of found.undefined) {
      context.report(jsonMemberOfNullOrUndefined(value, key, "an index signature (`[key: string]`) of the value"));
    }
  }
  if (found.everyUndefined) {
    for (const key of found.everyNull ? ["[key: string]"] : found.null) {
      context.report(jsonMemberOfNullOrUndefined(value, key, "an index signature (`[key: string]`) of the value"));
    }
  }
  if (found.opaque !== undefined && (found.everyUndefined || found.undefined.size > 0)) {
    // The printer would leave out a None of those names inside it too, where it may be a null.
    const names = found.everyUndefined ? "[key: string]" : [...found.undefined].sort().join("`, `");
    context.report(jsonUndefinedBesideOpaque(value, names, found.opaque));
  }
  if (found.everyUndefined) {
    return { kind: "Constant", value: true };
  }
  if (found.undefined.size === 0) {
    return undefined;
  }
  return { kind: "Tuple", elements: [...found.undefined].sort().map((key) => text(key)) };
}

export function transformJsonStringify(args: py.Expression[], context: TransformContext, node: CallExpression): py.Expression {
  const [value, replacer] = node.getArguments();
  if (replacer !== undefined && replacer.getKind() !== SyntaxKind.NullKeyword && !(Node.isIdentifier(replacer) && replacer.getText() === "undefined")) {
    // The runtime has no replacer (a function or a list of keys): refused here rather than raising there.
    context.report(unsupportedBuiltin(replacer, "`JSON.stringify` with a replacer (pass null, and pick or map the members first)"));
  }
  const kind = value === undefined ? "unknown" : shapeOfNode(value, context).kind;
  if (kind === "map" || kind === "set") {
    context.report(jsonOfCollection(node));
  } else if (value !== undefined && value.getType().getCallSignatures().length > 0) {
    // Node gives undefined for a function, which TypeScript's `string` result does not admit.
    context.report(unsupportedBuiltin(value, "`JSON.stringify` of a function (Node gives undefined, not a text)"));
  } else if (value !== undefined && holdsClassInstance(value.getType(), value, context, new Set())) {
    context.report(jsonOfClassInstance(node));
  } else if (value !== undefined && !Node.isSpreadElement(value)) {
    const leftOut = undefinedMembers(value, context);
    if (leftOut !== undefined) {
      return call(context.useRuntime("js_json_stringify"), args, node, [{ name: "undefined_members", value: leftOut }]);
    }
  }
  return call(context.useRuntime("js_json_stringify"), args);
}
