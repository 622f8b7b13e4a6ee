/**
 * Map keys and Set values are Python dict keys, found by `==` and `hash`. That is JavaScript's
 * SameValueZero for strings, numbers (NaN included: the runtime keeps one NaN object), booleans
 * alone, and objects compared by identity (instances of the program's classes, Sets, functions); numbers need NaN made one key and -0 made 0 (JsNumberKeyMap, JsSet). It is
 * not for the rest, which are refused where the collection is made:
 * `True == 1` would make `map.set(true, …)` overwrite the key 1; arrays, plain objects and Maps are
 * dicts and lists, which Python cannot hash (TypeError); null and undefined are one None.
 */
import { Node, ts, Type, TypeFlags, type NewExpression } from "ts-morph";
import type { TransformContext } from "../context";
import { shapeOfType } from "./types";
import { libraryTypeName } from "./library-types";

/** The library's interfaces that only functions meet. */
const FUNCTION_TYPES = new Set(["Function", "CallableFunction", "NewableFunction"]);

/** The key type of `new Map(…)` or `new Set(…)`: its own type argument, or, for a bare `new Map()`, the declared one. */
export function keyTypeOfNew(expression: NewExpression, context: TransformContext): Type | undefined {
  const keyType = expression.getType().getTypeArguments()[0];
  if (keyType === undefined || !keyType.isAny() || (expression.getTypeArguments() ?? []).length > 0) {
    return keyType;
  }
  // `private ids: Map<number, Show> = new Map()`: TypeScript types the bare `new Map()` Map<any, any>,
  // and the declared type says what it will hold.
  // Only a declared Map (or Set) itself says: an interface extending Map<K, V> has other type arguments.
  const declared = expression.getContextualType()?.getNonNullableType();
  const declaredName = declared?.getSymbol()?.getName();
  const fromLibrary = (declared?.getSymbol()?.getDeclarations() ?? []).every((declaration) => context.isStandardLibrary(declaration));
  if (declared !== undefined && fromLibrary && declaredName !== undefined && ["Map", "ReadonlyMap", "Set", "ReadonlySet"].includes(declaredName)) {
    return declared.getTypeArguments()[0] ?? keyType;
  }
  return keyType;
}

/** How keys of this type are kept: `refused` says why they would not be found as in JavaScript. */
export function collectionKeys(type: Type, context: TransformContext): { refused?: string; numbers: boolean } {
  const found = { number: false, boolean: false, null: false, undefined: false };
  const refused = refusal(type, context, found);
  return { refused, numbers: found.number };
}

function refusal(type: Type, context: TransformContext, found: { number: boolean; boolean: boolean; null: boolean; undefined: boolean }): string | undefined {
  const visit = (member: Type, seen: Set<Type>): string | undefined => {
    if (seen.has(member)) {
      return undefined;
    }
    seen.add(member);
    if (member.isUnion()) {
      for (const part of member.getUnionTypes()) {
        const reason = visit(part, seen);
        if (reason !== undefined) {
          return reason;
        }
      }
      return undefined;
    }
    const flags = member.getFlags();
    if (flags & TypeFlags.Never) {
      return undefined;
    }
    if (flags & (TypeFlags.Any | TypeFlags.Unknown)) {
      return "anything (`unknown` or `any`: a bare `new Map()` is `Map<any, any>` unless the declaration it is assigned to gives its types; write them, `new Map<string, number>()`)";
    }
    if (flags & TypeFlags.Null) {
      found.null = true;
      return undefined;
    }
    if (flags & (TypeFlags.Undefined | TypeFlags.Void)) {
      found.undefined = true;
      return undefined;
    }
    if (member.isTypeParameter()) {
      const constraint = member.getConstraint();
      return constraint === undefined ? "anything (a type parameter without a constraint)" : visit(constraint, seen);
    }
    switch (shapeOfType(member, context).kind) {
      case "string":
        return undefined;
      case "number":
        found.number = true;
        return undefined;
      case "boolean":
        found.boolean = true;
        return undefined;
      case "object":
      case "error":
        // A class's instances are Python objects that hash by identity, as JavaScript compares them.
        // An interface may also be met by a string, a number or a plain object (`{ toString(): string }`,
        // `Number`, `Object`, an interface whose methods are optional, the library's Error).
        // A constructor type (`new () => Shape`) is met by classes only, Python classes hash by identity (review 24B F9).
        // The library's `Function` is met by functions only (review S46B, F1), which hash by identity too.
        return isOwnClass(member, context) ||
          member.getConstructSignatures().length > 0 ||
          isMetOnlyByObjectsWithMethods(member, context) ||
          FUNCTION_TYPES.has(libraryTypeName(member, context) ?? "")
          ? undefined
          : "an interface or object type, which a string, a number or a plain object may also meet";
      case "set":
      case "function":
        return undefined; // JsSet instances and functions hash by identity, as JavaScript compares them
      case "array":
        return "an array (a Python list, which cannot be a dict key)";
      case "map":
        return "a Map (a Python dict, which cannot be a dict key)";
      case "dict":
        return "a plain object (a Python dict, which cannot be a dict key)";
      default:
        return "a value of a kind the compiler cannot tell";
    }
  };
  const reason = visit(type, new Set());
  if (reason !== undefined) {
    return reason;
  }
  if (found.number && found.boolean) {
    return "both a number and a boolean (`true == 1` in Python, so `true` would find the key 1)";
  }
  if (found.null && found.undefined) {
    return "both null and undefined (one None in Python)";
  }
  return undefined;
}

/** An instance type of a class the program declares (not the library's interfaces). */
function isOwnClass(type: Type, context: TransformContext): boolean {
  const declarations = type.getSymbol()?.getDeclarations() ?? [];
  return declarations.some((declaration) => Node.isClassDeclaration(declaration) && !context.isStandardLibrary(declaration));
}

/** The library's interfaces of values that could meet an interface of the program structurally. */
const BUILT_IN_VALUES = new Set([
  "String",
  "Number",
  "Boolean",
  "Array",
  "ReadonlyArray",
  "Map",
  "ReadonlyMap",
  "Set",
  "ReadonlySet",
  "Object",
  "Function",
  "RegExp",
  "Error",
]);

/** The names of the members of those interfaces, from the program's own library files: one walk per program. */
const builtInMemberNames = new WeakMap<ts.Program, Set<string>>();

function namesOfBuiltInMembers(context: TransformContext): Set<string> {
  const program = context.program.compilerObject;
  let names = builtInMemberNames.get(program);
  if (names === undefined) {
    names = new Set();
    for (const file of program.getSourceFiles().filter((sourceFile) => program.isSourceFileDefaultLibrary(sourceFile))) {
      for (const statement of file.statements) {
        if (ts.isInterfaceDeclaration(statement) && BUILT_IN_VALUES.has(statement.name.text)) {
          for (const member of statement.members) {
            if (member.name !== undefined && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) {
              names.add(member.name.text);
            }
          }
        }
      }
    }
    builtInMemberNames.set(program, names);
  }
  return names;
}

/**
 * An interface or type of the program with a method that no string, number, boolean, array, Map,
 * Set, RegExp or Error has (`interface Observer { update(value: number): void }`): only a class
 * instance or an object literal with that method meets it, a plain object of data is refused where
 * it is given (CS1051), and both are Python objects that hash by identity, as JavaScript compares
 * them (review 23C W3: the observer pattern's `Set<Observer>`).
 */
export function isMetOnlyByObjectsWithMethods(type: Type, context: TransformContext): boolean {
  const declarations = type.getSymbol()?.getDeclarations() ?? [];
  if (declarations.length === 0 || declarations.some((declaration) => context.isStandardLibrary(declaration) || context.isHostDeclaration(declaration))) {
    return false;
  }
  const builtIn = namesOfBuiltInMembers(context);
  return type
    .getProperties()
    .some((property) => !builtIn.has(property.getName()) && property.getDeclarations().some((declaration) => Node.isMethodSignature(declaration)));
}
