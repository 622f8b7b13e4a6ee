/**
 * The fields JSON.stringify prints of a class's instances, as the class's own `_js_fields`: the
 * runtime's printer (`_json_value`) walks them, base class first, so that an instance which reaches
 * a JSON.stringify by a way the compiler's CS1017 check does not follow (a generator, a default
 * value, Object.assign, a structural interface…) prints what Node prints instead of failing.
 *
 * Node defines an instance's own properties in this order (ES2022 fields, as the project compiles):
 * the base class's first, then the parameter properties in parameter order, then the declared fields
 * in declaration order, each one even while it holds undefined (which JSON leaves out). Getters,
 * methods, static members and `#private` fields are no own enumerable properties, and are not printed.
 *
 * Each entry is (JavaScript key, Python attribute, what None means): "undefined" (left out),
 * "null" (printed null) or "null or undefined", where the field's type admits both and the runtime
 * refuses a None, which Python cannot tell apart. A `#private` field's entry has no key: the
 * attribute is the instance's but never printed. A class with a `declare`d field of its own (set
 * by later code, at a place of the key order that no declaration gives) gets None: its instances are
 * not printed.
 */
import { ClassDeclaration, Node, ParameterDeclaration, PropertyDeclaration, SyntaxKind } from "ts-morph";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import { assign, constant, name, text } from "../python/build";
import { nameForMember } from "./names";
import { noneMeaning } from "./none-meaning";

/**
 * `_js_fields = ((key, attribute, meaning), …)` under a comment saying what it is, `_js_fields = ()`
 * for a class without fields, or `_js_fields = None` for a class whose instances cannot be printed.
 */
export function jsonFieldsStatements(declaration: ClassDeclaration, context: TransformContext): py.Statement[] {
  const fields = jsonFields(declaration);
  if (!Array.isArray(fields)) {
    return [
      { kind: "Comment", lines: ["JSON.stringify refuses instances: a `declare`d field is set where Python does not keep its place."], origin: declaration },
      assign(name("_js_fields"), constant(null), declaration),
    ];
  }
  const value: py.Expression = {
    kind: "Tuple",
    elements: fields.map((field) => ({
      kind: "Tuple",
      elements: [
        field.getName().startsWith("#") ? constant(null) : text(field.getName()),
        text(nameForMember(field.getSymbol(), field.getName(), context)),
        text(meaningOfNone(field)),
      ],
    })),
  };
  const comment: py.Statement[] =
    fields.length === 0 ? [] : [{ kind: "Comment", lines: ["What JSON.stringify prints: (JavaScript key, attribute, what None means)."], origin: declaration }];
  return [...comment, assign(name("_js_fields"), value, declaration)];
}

/** A class's own fields in Node's order, parameter properties first; or the `declare`d field that keeps its instances from being printed. */
export function jsonFields(declaration: ClassDeclaration): (ParameterDeclaration | PropertyDeclaration)[] | { declared: PropertyDeclaration } {
  const constructor = declaration.getConstructors().find((candidate) => candidate.getBody() !== undefined);
  const parameterProperties = constructor?.getParameters().filter((parameter) => parameter.isParameterProperty()) ?? [];
  const fields: PropertyDeclaration[] = [];
  for (const member of declaration.getMembers()) {
    if (!Node.isPropertyDeclaration(member) || member.isStatic() || member.isAbstract()) {
      continue;
    }
    if (member.hasModifier(SyntaxKind.DeclareKeyword)) {
      if (declaration.getBaseTypes().some((base) => base.getProperty(member.getName()) !== undefined)) {
        continue; // a narrowing of a base's field: the base's definition makes the key
      }
      return { declared: member };
    }
    fields.push(member); // other names than identifiers and `#private` ones are refused (CS1001)
  }
  return [...parameterProperties, ...fields];
}

export function meaningOfNone(field: ParameterDeclaration | PropertyDeclaration): string {
  const meaning = noneMeaning(field.getType());
  if (meaning.null && meaning.undefined) {
    return "null or undefined";
  }
  // A type admitting neither holds None only before its first assignment: undefined in Node.
  return meaning.null ? "null" : "undefined";
}
