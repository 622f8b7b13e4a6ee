/**
 * The fields JSON.stringify prints of a class's instances, as the class's own `_js_fields`: the
 * runtime's printer (`_json_value`) walks them, base class first, wherever it meets an instance (the
 * compiler refuses, CS1017, what they cannot print where it sees the instance printed; see
 * json-printable-classes.ts).
 *
 * Node defines an instance's own properties in this order (ES2022 fields, as the project compiles):
 * the base class's first, then the parameter properties in parameter order, then the declared fields
 * in declaration order, each one even while it holds undefined (which JSON leaves out). Getters,
 * methods, static members and `#private` fields are no own enumerable properties, and are not printed.
 *
 * Each entry is (JavaScript key, Python attribute, what None means): "undefined" (left out),
 * "null" (printed null) or "null or undefined", where the field's type admits both and the runtime
 * refuses a None, which Python cannot tell apart. A `#private` field's entry has no key: the
 * attribute is the instance's but never printed. In an Error subclass, `name`, `message` and
 * `cause` assigned by its constructor follow its fields (the runtime prints them unless the Error's
 * constructor made them its own, hidden ones). A class with a `declare`d field of its own (set by
 * later code, at a place of the key order that no declaration gives), or an Error's field replacing
 * its own message, cause or stack, gets None: its instances are not printed.
 */
import { ClassDeclaration, ConstructorDeclaration, Node, ParameterDeclaration, PropertyDeclaration, SyntaxKind, Type } from "ts-morph";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import { assign, constant, name, text } from "../python/build";
import { nameForMember } from "./names";
import { NoneMeaning, noneMeaning } from "./none-meaning";
import { extendsError } from "./types";
import { assignedBeforeAnyRead, declaredOnlyFields, definedFieldDeclarations, parameterPropertiesOf } from "./constructor-assignments";

/** One entry of a class's `_js_fields`. */
export interface JsonField {
  /** The JavaScript key; undefined for a `#private` field, which is never printed. */
  key: string | undefined;
  /** What declares it: a field, a parameter property, or an Error's property assigned in the constructor. */
  node: ParameterDeclaration | PropertyDeclaration | Node;
  /** "undefined", "null" or "null or undefined": what None in it means. */
  meaning: string;
  /** What code may write into it: its type's null and undefined, and those of a base class's declaration of it. */
  written: NoneMeaning;
  type: Type;
  /**
   * Whether it holds what was written before anything can read it (an initializer, a parameter
   * property, the constructor's first writes): else a None in it may be the undefined JavaScript
   * holds until then, whatever its type says.
   */
  writtenFirst: boolean;
  /**
   * Whether a base class declares the field too with a type admitting what this one's does not
   * (`label: string | null` narrowed to `label: string = "x"`): the base's methods still write
   * null there, so the meaning is both declarations' together, whatever the type where it is printed.
   */
  widenedByBase: boolean;
}

/** Why a class's instances cannot be printed, where its fields cannot say what Node prints. */
export interface UnprintableFields {
  /** Why, as said of an instance: "its field `note` is declared with `declare`, …". */
  unprintable: string;
}

/** Properties an Error's constructor makes its own, hidden from JSON (not enumerable). */
const HIDDEN_ERROR_PROPERTIES = new Set(["message", "cause", "stack"]);

/**
 * `_js_fields = ((key, attribute, meaning), …)` under a comment saying what it is, `_js_fields = ()`
 * for a class without fields, or `_js_fields = None` for a class whose instances cannot be printed.
 */
export function jsonFieldsStatements(declaration: ClassDeclaration, context: TransformContext): py.Statement[] {
  const fields = jsonFields(declaration);
  if (!Array.isArray(fields)) {
    return [
      { kind: "Comment", lines: ["JSON.stringify and console.log refuse instances, saying why."], origin: declaration },
      assign(name("_js_fields"), constant(null), declaration),
      assign(name("_js_unprintable"), text(fields.unprintable), declaration),
    ];
  }
  const value: py.Expression = {
    kind: "Tuple",
    elements: fields.map((field) => ({
      kind: "Tuple",
      elements: [field.key === undefined ? constant(null) : text(field.key), text(attributeOf(field, context)), text(field.meaning)],
    })),
  };
  const comment: py.Statement[] =
    fields.length === 0 ? [] : [{ kind: "Comment", lines: ["What JSON.stringify prints: (JavaScript key, attribute, what None means)."], origin: declaration }];
  return [...comment, assign(name("_js_fields"), value, declaration), ...gettersStatements(declaration, context)];
}

/**
 * `_js_getters = ((key, attribute, meaning), …)` for a class with instance getters: JSON.stringify
 * given a list of keys reads each key as JavaScript's Get does, a getter too
 * (`JSON.stringify(t, ["celsius"])`), where without one it prints own fields only.
 */
function gettersStatements(declaration: ClassDeclaration, context: TransformContext): py.Statement[] {
  const getters = declaration.getGetAccessors().filter((getter) => !getter.isStatic() && !getter.isAbstract() && Node.isIdentifier(getter.getNameNode()));
  if (getters.length === 0) {
    return [];
  }
  const value: py.Expression = {
    kind: "Tuple",
    elements: getters.map((getter) => ({
      kind: "Tuple",
      elements: [text(getter.getName()), text(nameForMember(getter.getSymbol(), getter.getName(), context)), text(meaningOfNone(getter.getReturnType()))],
    })),
  };
  return [assign(name("_js_getters"), value, declaration)];
}

function attributeOf(field: JsonField, context: TransformContext): string {
  const node = field.node;
  if (Node.isParameterDeclaration(node) || Node.isPropertyDeclaration(node)) {
    return nameForMember(node.getSymbol(), node.getName(), context);
  }
  return field.key ?? ""; // an Error's own property keeps its name (JsError's attribute)
}

/**
 * A class's own fields in Node's order: parameter properties, declared fields, then (in an Error
 * subclass) the Error's properties its constructor assigns (`this.name = "AppError"`), which become
 * own properties then; or why its instances cannot be printed.
 */
export function jsonFields(declaration: ClassDeclaration): JsonField[] | UnprintableFields {
  const known = fieldsByClass.get(declaration);
  if (known !== undefined) {
    return known;
  }
  const constructor = declaration.getConstructors().find((candidate) => candidate.getBody() !== undefined);
  // A narrowing of a base's field is none: the base's definition makes the key.
  const declaredOnly = declaredOnlyFields(declaration).find(
    (member) => !declaration.getBaseTypes().some((base) => base.getProperty(member.getName()) !== undefined),
  );
  if (declaredOnly !== undefined) {
    return unprintable(
      declaration,
      `its field \`${declaredOnly.getName()}\` is declared with \`declare\`, so JavaScript adds it when it is first set, at a place among the others that Python does not keep`,
    );
  }
  const merged = mergedDataMember(declaration);
  if (merged !== undefined) {
    return unprintable(
      declaration,
      `its member \`${merged}\` is declared by an interface merged with the class, so JavaScript adds it when it is first set, at a place among the fields that Python does not keep`,
    );
  }
  const isError = extendsError(declaration.getType());
  const fields: JsonField[] = [];
  // Names other than identifiers and `#private` ones are refused (CS1001).
  for (const field of [...parameterPropertiesOf(declaration), ...definedFieldDeclarations(declaration)]) {
    if (isError && HIDDEN_ERROR_PROPERTIES.has(jsonKey(field) ?? "")) {
      // Defining it makes the Error's own `message` enumerable where the constructor put it, first.
      return unprintable(
        declaration,
        `its field \`${field.getName()}\` replaces the Error's own, hidden one, which JavaScript then prints where the Error's constructor made it, before the other fields, a place Python does not keep`,
      );
    }
    const writtenFirst = !undefinedUntilWritten(field, constructor, declaration.getExtends() !== undefined);
    const key = jsonKey(field);
    const type = field.getType();
    const ownType = noneMeaning(type);
    const written = key === undefined ? ownType : union(ownType, writtenByBases(declaration, key));
    // A type admitting neither holds None only before its first write: undefined in Node.
    const admits = { null: written.null, undefined: written.undefined || !writtenFirst };
    fields.push({
      key,
      node: field,
      meaning: meaningOfAdmitted(admits),
      written,
      type,
      writtenFirst,
      widenedByBase: written.null !== ownType.null || written.undefined !== ownType.undefined,
    });
  }
  if (isError && constructor !== undefined) {
    for (const assigned of errorPropertiesAssigned(constructor)) {
      if (!fields.some((field) => field.key === assigned.name)) {
        const admits = noneMeaning(assigned.type);
        fields.push({
          key: assigned.name,
          node: assigned.node,
          meaning: meaningOfAdmitted(admits),
          written: admits,
          type: assigned.type,
          writtenFirst: false,
          widenedByBase: false,
        });
      }
    }
  }
  fieldsByClass.set(declaration, fields);
  return fields;
}

const fieldsByClass = new WeakMap<ClassDeclaration, JsonField[] | UnprintableFields>();

function unprintable(declaration: ClassDeclaration, why: string): UnprintableFields {
  const result = { unprintable: why };
  fieldsByClass.set(declaration, result);
  return result;
}

/**
 * A data member an interface of the same name declares for the class (declaration merging) that the
 * class itself does not: an own property only once something sets it.
 */
function mergedDataMember(declaration: ClassDeclaration): string | undefined {
  const own = new Set(declaration.getInstanceProperties().map((property) => property.getName()));
  for (const merged of declaration.getSymbol()?.getDeclarations() ?? []) {
    if (Node.isInterfaceDeclaration(merged)) {
      const member = merged.getProperties().find((property) => !own.has(property.getName()));
      if (member !== undefined) {
        return member.getName();
      }
    }
  }
  return undefined;
}

/**
 * What the base classes' code may write into a field a subclass declares again: the nearest base's
 * declaration's type as the subclass instantiates it (`Named<string>`'s `value: T` is a string), and
 * what that base's own bases may write there.
 */
function writtenByBases(declaration: ClassDeclaration, key: string): NoneMeaning {
  const baseClass = declaration.getBaseClass();
  const property = declaration.getBaseTypes()[0]?.getProperty(key);
  if (baseClass === undefined || property === undefined) {
    return { null: false, undefined: false };
  }
  const fields = jsonFields(baseClass);
  const entry = Array.isArray(fields) ? fields.find((field) => field.key === key) : undefined;
  const declared = noneMeaning(property.getTypeAtLocation(declaration));
  // The nearest base's entry says what its own bases write, where they admit more than it declares.
  return entry?.widenedByBase === true ? union(declared, entry.written) : declared;
}

function union(one: NoneMeaning, other: NoneMeaning): NoneMeaning {
  return { null: one.null || other.null, undefined: one.undefined || other.undefined };
}

/**
 * A field without an initializer holds undefined until something writes it (JavaScript defines it
 * so), unless the constructor writes it before anything could read it (`owner!: string | null` set
 * by a method later, or printed by the constructor first, holds undefined meanwhile; `this.parent =
 * parent` first thing holds what was written). Where its type admits null, a None in it is then
 * either.
 */
function undefinedUntilWritten(field: ParameterDeclaration | PropertyDeclaration, constructor: ConstructorDeclaration | undefined, hasBase: boolean): boolean {
  if (!Node.isPropertyDeclaration(field) || field.hasInitializer()) {
    return false;
  }
  return constructor === undefined || !assignedBeforeAnyRead(field.getName(), constructor, hasBase);
}

/** A field's JavaScript key: a quoted name's text (`"label" = 1` is `label`); undefined for a `#private` field. */
function jsonKey(field: ParameterDeclaration | PropertyDeclaration): string | undefined {
  const nameNode = field.getNameNode();
  if (Node.isPrivateIdentifier(nameNode)) {
    return undefined;
  }
  return Node.isStringLiteral(nameNode) || Node.isNoSubstitutionTemplateLiteral(nameNode) ? nameNode.getLiteralText() : field.getName();
}

/**
 * `this.name = …`, `this.message = …`, `this.cause = …` in a constructor's own code (not a function
 * inside it): an Error's property that becomes the instance's own, enumerable one when the Error's
 * constructor did not make it its own (the runtime tells, see JsError). Its place among the keys is
 * after the class's fields, which are defined before the constructor's code runs.
 */
function errorPropertiesAssigned(constructor: ConstructorDeclaration): { name: string; node: Node; type: Type }[] {
  const found: { name: string; node: Node; type: Type }[] = [];
  const visit = (node: Node): void => {
    if (Node.isFunctionLikeDeclaration(node) || Node.isClassDeclaration(node) || Node.isClassExpression(node)) {
      return;
    }
    if (Node.isBinaryExpression(node) && node.getOperatorToken().getKind() === SyntaxKind.EqualsToken) {
      const target = node.getLeft();
      if (Node.isPropertyAccessExpression(target) && target.getExpression().getKind() === SyntaxKind.ThisKeyword) {
        const name = target.getName();
        if ((name === "name" || name === "message" || name === "cause") && !found.some((each) => each.name === name)) {
          found.push({ name, node: target, type: target.getType() });
        }
      }
    }
    node.forEachChild(visit);
  };
  constructor.getBody()?.forEachChild(visit);
  return found;
}

export function meaningOfNone(type: Type): string {
  return meaningOfAdmitted(noneMeaning(type));
}

function meaningOfAdmitted(meaning: NoneMeaning): string {
  if (meaning.null && meaning.undefined) {
    return "null or undefined";
  }
  // A type admitting neither holds None only before its first assignment: undefined in Node.
  return meaning.null ? "null" : "undefined";
}
