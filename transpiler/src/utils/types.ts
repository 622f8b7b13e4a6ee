/**
 * What kind of JavaScript value an expression holds, read from the checker. Most decisions
 * about faithful Python (dict key or attribute, `==` or `is`, native truthiness or a helper)
 * are made here.
 */
import { Node, ObjectFlags, PropertyAccessExpression, SyntaxKind, ts, Type, TypeFlags } from "ts-morph";
import type { TransformContext } from "../context";
import { thisLiteral } from "./this-type";

export type ValueKind =
  | "string"
  | "number"
  | "boolean"
  | "null"
  | "array"
  | "map"
  | "set"
  /** Interfaces with only data, object literals and Records: Python dicts. */
  | "dict"
  /** Class instances and interfaces with methods: Python objects with attributes. */
  | "object"
  /** The built-in Error and its subclasses. */
  | "error"
  | "function"
  | "unknown";

export interface ValueShape {
  kind: ValueKind;
  /** null or undefined is possible besides `kind`. */
  nullable: boolean;
}

export function shapeOfNode(node: Node, context: TransformContext): ValueShape {
  if (Node.isObjectLiteralExpression(node) && node.getProperties().length === 0) {
    // The literal `{}` is a dict, although its type `{}` holds any value (shapeOfType says unknown).
    return { kind: "dict", nullable: false };
  }
  const shape = shapeOfType(node.getType(), context);
  if (shape.kind === "unknown" && node.getKind() === SyntaxKind.ThisKeyword) {
    // `this` in a method of a literal given where `any` is expected (`JSON.stringify({ get x() { return this.y; } })`)
    // is typed any by TypeScript; its value is the literal, whose own type says what it holds.
    const literal = thisLiteral(node);
    if (literal !== undefined) {
      return shapeOfType(literal.getType(), context);
    }
  }
  return shape;
}

export function shapeOfType(type: Type, context: TransformContext): ValueShape {
  if (type.isUnion()) {
    let nullable = false;
    const kinds = new Set<ValueKind>();
    for (const member of type.getUnionTypes()) {
      const shape = shapeOfType(member, context);
      nullable ||= shape.nullable;
      if (shape.kind !== "null") {
        kinds.add(shape.kind);
      }
    }
    if (kinds.size === 0) {
      return { kind: "null", nullable: true };
    }
    const [only] = kinds;
    return { kind: kinds.size === 1 ? only : "unknown", nullable };
  }
  if (type.isIntersection()) {
    return shapeOfIntersection(type, context);
  }
  const flags = type.getFlags();
  if (flags & (TypeFlags.Null | TypeFlags.Undefined | TypeFlags.Void)) {
    return { kind: "null", nullable: true };
  }
  if (flags & (TypeFlags.Any | TypeFlags.Unknown | TypeFlags.Never)) {
    return { kind: "unknown", nullable: true };
  }
  if (flags & TypeFlags.StringLike) {
    return { kind: "string", nullable: false };
  }
  if (flags & TypeFlags.NumberLike) {
    return { kind: "number", nullable: false };
  }
  if (flags & TypeFlags.BooleanLike) {
    return { kind: "boolean", nullable: false };
  }
  if (type.isArray() || type.isTuple() || type.isReadonlyArray?.()) {
    return { kind: "array", nullable: false };
  }
  if (flags & TypeFlags.IndexedAccess) {
    // `Record<K, T[]>[K]` (a read of a generic record, `groups[key]`): what its base constraint is,
    // `T[]`, or undefined: K may be `string` itself, and the key absent (TypeScript types the read
    // as T[] all the same, also under noUncheckedIndexedAccess). See noneMeaning.
    const constraint = type.getConstraint();
    return constraint === undefined || constraint === type ? { kind: "unknown", nullable: true } : { ...shapeOfType(constraint, context), nullable: true };
  }
  if (flags & (TypeFlags.Conditional | TypeFlags.Substitution)) {
    // `Extract<Shape, { kind: K }>` with K generic (a handler table of a discriminated union): what
    // its base constraint is, when that is data (every member of the union a data object). The
    // apparent type of a constraint that is a primitive is its wrapper interface, so only a dict is taken.
    const apparent = type.getApparentType();
    const shape = apparent === type ? undefined : shapeOfType(apparent, context);
    return shape?.kind === "dict" ? shape : { kind: "unknown", nullable: true };
  }
  if (type.isTypeParameter()) {
    // `this` inside a class is a type parameter constrained by the class.
    const thisClass = type
      .getSymbol()
      ?.getDeclarations()
      .find((declaration) => Node.isClassDeclaration(declaration));
    if (thisClass !== undefined) {
      return { kind: extendsError(thisClass.getType()) ? "error" : "object", nullable: false };
    }
    const constraint = type.getConstraint();
    return constraint === undefined ? { kind: "unknown", nullable: true } : shapeOfType(constraint, context);
  }
  const symbol = type.getSymbol() ?? type.getAliasSymbol();
  const declarations = symbol?.getDeclarations() ?? [];
  const fromLibrary = declarations.length > 0 && declarations.every((declaration) => context.isStandardLibrary(declaration));
  if (fromLibrary && symbol !== undefined) {
    const name = symbol.getName();
    if (name === "Map" || name === "ReadonlyMap") {
      return { kind: "map", nullable: false };
    }
    if (name === "Set" || name === "ReadonlySet") {
      return { kind: "set", nullable: false };
    }
    if (name === "Error" || name.endsWith("Error")) {
      return { kind: "error", nullable: false };
    }
    // What exec and match return: Python lists (with index_, input and groups attributes); matchAll gives an iterator of them.
    if (name === "Array" || name === "ReadonlyArray" || name === "RegExpExecArray" || name === "RegExpMatchArray") {
      return { kind: "array", nullable: false };
    }
  }
  if (type.getCallSignatures().length > 0) {
    return { kind: "function", nullable: false };
  }
  if (type.getConstructSignatures().length > 0) {
    // `new () => T`, `interface Ctor { new (): T }`: a class, which Python calls to construct, and
    // whose static members are its attributes, as a class's own type (`typeof Shape`) is.
    return { kind: "object", nullable: false };
  }
  if (isEmptyObjectType(type) && hasPatternIndexSignature(type, context)) {
    // `Record<UserId, V>` with a branded `UserId = string & { __brand }`: an index signature keyed by
    // the branded string, which getStringIndexType() does not list; a Record, so a dict.
    return { kind: "dict", nullable: false };
  }
  const generic = shapeOfGenericRecord(type, context) ?? shapeOfOwnMappedType(type, context);
  if (generic !== undefined) {
    return generic;
  }
  if (isEmptyObjectType(type)) {
    // `{}` (and `T extends {}`, an empty interface) holds any value but null and undefined: numbers,
    // strings, arrays, Maps. Taken for a dict, `!!x`, `x || d`, `===` and console.log treated them as dicts.
    return { kind: "unknown", nullable: false };
  }
  if (type.isClass() || declarations.some((declaration) => Node.isClassDeclaration(declaration))) {
    return { kind: extendsError(type) ? "error" : "object", nullable: false };
  }
  if (type.isInterface() || declarations.some((declaration) => Node.isInterfaceDeclaration(declaration))) {
    return { kind: hasMethods(type) ? "object" : "dict", nullable: false };
  }
  if (type.isObject()) {
    return { kind: hasMethods(type) ? "object" : "dict", nullable: false };
  }
  return { kind: "unknown", nullable: true };
}

/**
 * The library's mapped types over keys a type parameter stands for, which list no members of their
 * own: `Record<K, V>` with `K extends string` (a `groupBy` helper's result) is a dict, as
 * `Record<string, V>` is, when every key K may be is a string or a number; `Partial`, `Required`,
 * `Readonly`, `Pick` and `Omit` of a dict are dicts. Of anything else (a type parameter that may be a
 * class instance) they stay unknown.
 */
function shapeOfGenericRecord(type: Type, context: TransformContext): ValueShape | undefined {
  const alias = type.getAliasSymbol();
  const declarations = alias?.getDeclarations() ?? [];
  if (
    alias === undefined ||
    !isEmptyObjectType(type) ||
    declarations.length === 0 ||
    !declarations.every((declaration) => context.isStandardLibrary(declaration))
  ) {
    return undefined;
  }
  const [first] = type.getAliasTypeArguments();
  if (first === undefined) {
    return undefined;
  }
  switch (alias.getName()) {
    case "Record": {
      const keys = kindsOfMembers(first.isTypeParameter() ? (first.getConstraint() ?? first) : first, context);
      return keys.size > 0 && [...keys].every((kind) => kind === "string" || kind === "number") ? { kind: "dict", nullable: false } : undefined;
    }
    case "Partial":
    case "Required":
    case "Readonly":
    case "Pick":
    case "Omit":
      return shapeOfType(first, context).kind === "dict" ? { kind: "dict", nullable: false } : undefined;
    default:
      return undefined;
  }
}

/**
 * A program's own mapped type over keys a type parameter stands for, which lists no members of its
 * own: `{ [P in K]?: boolean }` with `K extends string` is a dict, as `Partial<Record<K, boolean>>`
 * is, and `{ [P in keyof E]: number }` is one when E is bound to a dict (`E extends Record<string,
 * unknown>`). The declared constraint bounds every instantiation. Over the keys of an E that may be
 * an array (unconstrained, `object`) it stays unknown: TypeScript maps an array to an array.
 */
function shapeOfOwnMappedType(type: Type, context: TransformContext): ValueShape | undefined {
  if ((type.getObjectFlags() & ObjectFlags.Mapped) === 0 || !isEmptyObjectType(type)) {
    return undefined;
  }
  const declaration = type.getSymbol()?.getDeclarations()[0];
  if (declaration === undefined || !Node.isMappedTypeNode(declaration) || context.isStandardLibrary(declaration)) {
    return undefined;
  }
  const constraint = declaration.getTypeParameter().getConstraint();
  if (constraint === undefined) {
    return undefined;
  }
  if (Node.isTypeOperatorTypeNode(constraint) && constraint.getOperator() === SyntaxKind.KeyOfKeyword) {
    return shapeOfType(constraint.getTypeNode().getType(), context).kind === "dict" ? { kind: "dict", nullable: false } : undefined;
  }
  const keyType = constraint.getType();
  const keys = kindsOfMembers(keyType.isTypeParameter() ? (keyType.getConstraint() ?? keyType) : keyType, context);
  return keys.size > 0 && [...keys].every((kind) => kind === "string" || kind === "number") ? { kind: "dict", nullable: false } : undefined;
}

/** The kinds a value of a union may be, null and undefined left out (one kind for a type that is not a union). */
export function kindsOfMembers(type: Type, context: TransformContext): Set<ValueKind> {
  const members = type.isUnion() ? type.getUnionTypes() : [type];
  return new Set(members.map((member) => shapeOfType(member, context).kind).filter((kind) => kind !== "null"));
}

/**
 * A value of `A & B` is one value that is both: `T & any[]` (what `Array.isArray` makes of a generic
 * `T`) is an array, `string & { brand: "Id" }` (a branded string) a string, `Data & Extra` of two
 * data types a dict, and a class or an interface with methods among them makes it an object. A member
 * that says nothing (an unconstrained type parameter, `unknown`, `{}`) is left out. Members of other
 * kinds together (`string[] & Map<…>`) stay unknown: no Python value is both.
 */
function shapeOfIntersection(type: Type, context: TransformContext): ValueShape {
  const shapes = type.getIntersectionTypes().map((member) => shapeOfType(member, context));
  const nullable = shapes.every((shape) => shape.nullable);
  const kinds = new Set(shapes.map((shape) => shape.kind).filter((kind) => kind !== "unknown" && kind !== "null"));
  if (kinds.size === 0) {
    // `T & {}` (what `x != null` or `if (x)` makes of a generic `T`) says nothing more than `T` does.
    return { kind: "unknown", nullable: true };
  }
  const primitives = [...kinds].filter((kind) => kind === "string" || kind === "number" || kind === "boolean");
  if (primitives.length > 0) {
    // A primitive's brand: the object members only describe it for the type checker.
    if (primitives.length > 1 || kinds.has("array") || kinds.has("map") || kinds.has("set")) {
      // No value is both (`number & any[]`, which TypeScript makes when it distributes `Array.isArray`
      // over `number | number[]`): like `never`, it adds nothing to a union it stands in.
      return { kind: "null", nullable: false };
    }
    return { kind: primitives[0], nullable };
  }
  // A member that says nothing (an unconstrained `T`, `unknown`, `{}`, `object`) may be any object, a
  // class instance too: `T & { id: number }` is not known to be a dict, whose fields are keys.
  const open = shapes.some((shape) => shape.kind === "unknown");
  if (kinds.size === 1) {
    const [only] = kinds;
    return only === "dict" && open ? { kind: "unknown", nullable: true } : { kind: only, nullable };
  }
  if ([...kinds].every((kind) => kind === "dict" || kind === "object" || kind === "error")) {
    return { kind: kinds.has("error") ? "error" : "object", nullable };
  }
  if (kinds.size === 2 && kinds.has("array") && kinds.has("dict")) {
    // A branded array (`readonly number[] & { __brand: "Sorted" }`, `T[] & { 0: T }`): the data part
    // describes it for the type checker. A list cannot hold a named property, and nothing puts one
    // there: a read or write of a named member of an array is refused, and so is Object.assign into one.
    return { kind: "array", nullable };
  }
  return { kind: "unknown", nullable: true };
}

/** An index signature keyed by something other than plain `string` or `number` (a branded string, a template literal type). */
function hasPatternIndexSignature(type: Type, context: TransformContext): boolean {
  return context.checker.compilerObject.getIndexInfosOfType(type.compilerType).length > 0;
}

/** An object type with no members at all (`{}`, an empty interface): not a class, not a callable, no index signature. */
export function isEmptyObjectType(type: Type): boolean {
  return (
    type.isObject() &&
    !type.isClass() &&
    type.getProperties().length === 0 &&
    type.getConstructSignatures().length === 0 &&
    type.getStringIndexType() === undefined &&
    type.getNumberIndexType() === undefined &&
    !(type.getSymbol()?.getDeclarations() ?? []).some((declaration) => Node.isClassDeclaration(declaration))
  );
}

/**
 * An interface whose members include functions describes an object with behaviour, not a dict; so
 * does an object literal's type with a getter or setter (its value is a JsObject, whose accessors
 * run when read as attributes).
 */
export function hasMethods(type: Type): boolean {
  return type
    .getProperties()
    .some((property) =>
      property
        .getDeclarations()
        .some(
          (declaration) =>
            Node.isMethodSignature(declaration) ||
            Node.isMethodDeclaration(declaration) ||
            ((Node.isGetAccessorDeclaration(declaration) || Node.isSetAccessorDeclaration(declaration)) &&
              Node.isObjectLiteralExpression(declaration.getParent())),
        ),
    );
}

/**
 * `bag.extra` where `extra` is no declared member but comes from the receiver type's index
 * signature (`[key: string]: T`, `Record<string, T>`): a key known only at run time, possibly absent.
 */
export function isThroughIndexSignature(access: PropertyAccessExpression): boolean {
  const symbol = access.getNameNode().getSymbol();
  if (symbol === undefined) {
    const receiver = access.getExpression().getType().getNonNullableType();
    return receiver.getStringIndexType() !== undefined || receiver.getNumberIndexType() !== undefined;
  }
  const declarations = symbol.getDeclarations();
  return declarations.length > 0 && declarations.every((declaration) => Node.isIndexSignatureDeclaration(declaration));
}

/** The type of an object literal itself (not an interface or class it may satisfy). */
export function isObjectLiteralType(type: Type): boolean {
  return (type.getSymbol()?.getDeclarations() ?? []).some((declaration) => Node.isObjectLiteralExpression(declaration));
}

/**
 * A data object: a dict (a Record, an interface or type literal of data) or an object literal's own
 * type (a dict, or a JsObject whose entries are its members). Its entries are what JavaScript's
 * spread and `Object.assign` copy. A class instance, an Error, a Map, a Set, an array or a function
 * is none: JavaScript copies its own properties, which are not its Python attributes or entries.
 */
export function isDataObjectType(type: Type, context: TransformContext): boolean {
  const kind = shapeOfType(type, context).kind;
  return kind === "dict" || (kind === "object" && isObjectLiteralType(type));
}

export function extendsError(type: Type, seen = new Set<Type>()): boolean {
  if (seen.has(type)) {
    return false;
  }
  seen.add(type);
  // A base written as a call (`class AppError extends Coded(BaseError)`, a mixin) is an intersection
  // of the mixin's class and its argument's: an Error when one of its parts is.
  const bases = type.isIntersection() ? type.getIntersectionTypes() : type.getBaseTypes();
  for (const base of bases) {
    const name = base.getSymbol()?.getName();
    if (name === "Error" || extendsError(base, seen)) {
      return true;
    }
  }
  return false;
}

export function isPrimitive(shape: ValueShape): boolean {
  return shape.kind === "string" || shape.kind === "number" || shape.kind === "boolean";
}

/** A type whose values are all primitives (strings, numbers, booleans, null, undefined): turning one into text runs no code. */
export function isPrimitiveType(type: Type): boolean {
  return type.isUnion()
    ? type.getUnionTypes().every(isPrimitiveType)
    : type.isString() ||
        type.isNumber() ||
        type.isBoolean() ||
        type.isStringLiteral() ||
        type.isNumberLiteral() ||
        type.isBooleanLiteral() ||
        type.isTemplateLiteral() ||
        type.isNull() ||
        type.isUndefined();
}

/** ts-morph's own wrapper of a compiler type (its factory keeps one per type), reached through a wrapped type's context. */
export function wrapType(anchor: Type, type: ts.Type): Type {
  return (anchor as unknown as { _context: { compilerFactory: { getType(type: ts.Type): Type } } })._context.compilerFactory.getType(type);
}
