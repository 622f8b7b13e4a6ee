/**
 * Whether JSON.stringify of a value of a type would print what Node prints. The runtime prints data,
 * object literals (with methods too), Errors, and instances of the program's classes whose fields
 * say what Node prints (json-printable-classes.ts); not an instance of a library class other than
 * Error, nor a value whose type is an interface with methods (which may be one), unless its class's
 * own `toJSON()` gives something that can be printed.
 */
import { ClassDeclaration, Node, Type } from "ts-morph";
import type { TransformContext } from "../context";
import { isMetOnlyByObjectsWithMethods } from "./collection-keys";
import { isIteratorType } from "./iteration";
import { classTypeBehind, classesItMayBe, classesMeeting, printability, programClassOf, programErrorClasses } from "./json-printable-classes";
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

/** What JSON.stringify cannot print as Node does, and why, for a message. */
export interface Unprintable {
  /** "an instance of `Late`" */
  subject: string;
  /** "its field `note` is declared with `declare`, …" */
  reason: string;
  /** A remedy of its own, offered before the others (an object literal, a toJSON()). */
  advice?: string;
}

/** What in a value of the type JSON.stringify cannot print as Node does; undefined when all of it can be. */
export function unprintableIn(type: Type, at: Node, context: TransformContext, seen = new Set<Type>()): Unprintable | undefined {
  if (seen.has(type) || seen.size > 50) {
    return undefined;
  }
  seen.add(type);
  if (type.isUnion()) {
    return firstOf(type.getUnionTypes(), (member) => unprintableIn(member, at, context, seen));
  }
  const shape = shapeOfType(type, context);
  // What Object.assign makes of object literals (`A & B`) is built as `{ ...a, ...b }` is: the literals'.
  const isLiteral = type.isIntersection() ? type.getIntersectionTypes().every(isObjectLiteralType) : isObjectLiteralType(type);
  if (shape.kind === "object" && isLiteral) {
    // An object literal's own properties are printed as JavaScript does (getters read, methods left out).
    return unprintableDataMember(type, at, context, seen);
  }
  if (shape.kind === "object" || shape.kind === "error") {
    return unprintableObject(type, at, context, seen);
  }
  if (shape.kind === "array") {
    const element = type.getArrayElementType() ?? type.getNumberIndexType();
    return (
      (element === undefined ? undefined : unprintableIn(element, at, context, seen)) ??
      firstOf(type.getTupleElements(), (member) => unprintableIn(member, at, context, seen))
    );
  }
  if (shape.kind === "dict") {
    const index = type.getStringIndexType();
    return (
      (index === undefined ? undefined : unprintableIn(index, at, context, seen)) ??
      // The property's type where the value is (`Record<"k", Point[]>`'s `k` is Point[] there, and
      // the library's `T` at the mapped type's declaration).
      firstOf(type.getProperties(), (property) => unprintableIn(property.getTypeAtLocation(at), at, context, seen))
    );
  }
  return undefined;
}

/** A class instance, or a value of an interface with methods. */
function unprintableObject(type: Type, at: Node, context: TransformContext, seen: Set<Type>): Unprintable | undefined {
  // A generator or a library iterator has no own properties: the runtime writes {} for it, as Node does.
  if (type.isAny() || type.isUnknown() || isIteratorType(type, context)) {
    return undefined;
  }
  const behind = classTypeBehind(type, context);
  if (behind !== undefined) {
    return unprintableObject(behind, at, context, seen);
  }
  const declaration = programClassOf(type, context);
  if (declaration === undefined) {
    const toJson = toJsonResult(type, at, context);
    if (toJson !== undefined) {
      return toJson === "refused"
        ? {
            subject: `a value of \`${type.getText(at)}\``,
            reason: "its toJSON() may return undefined, which JavaScript leaves out of an object and Python holds as None, as null",
          }
        : unprintableIn(toJson, at, context, seen);
    }
    if (shapeOfType(type, context).kind === "error") {
      // The library's Error (or TypeError…): the runtime prints what Node does ({} and the
      // properties the program added) for it and for each of the program's subclasses it prints.
      return firstOf(programErrorClasses(at), (candidate) =>
        unprintableInstance(candidate, undefined, `a value of \`${type.getText(at)}\``, at, context, seen),
      );
    }
    if (isMetOnlyByObjectsWithMethods(type, context)) {
      // Only an object literal with that method (its data members printed as the literal's) or an
      // instance of one of the program's classes meets it: no string, array, Map or Error has it.
      const standsFor = `a value of \`${type.getText(at)}\``;
      return (
        unprintableDataMember(type, at, context, seen) ??
        firstOf(classesMeeting(type, at), (candidate) => unprintableInstance(candidate, undefined, standsFor, at, context, seen))
      );
    }
    return {
      subject: `a value of \`${type.getText(at)}\``,
      reason:
        "its type has methods, which a string, an array, a Map or an Error may have too, and the value may be an instance of a class that is not the program's, whose fields the compiler does not know",
    };
  }
  // A value typed by a class may be an instance of a subclass, or of any class with its members.
  for (const candidate of classesItMayBe(declaration, type, at)) {
    const own = candidate === declaration;
    const found = unprintableInstance(candidate, own ? type : undefined, own ? undefined : `a value of \`${type.getText(at)}\``, at, context, seen);
    if (found !== undefined) {
      return found;
    }
  }
  return undefined;
}

/**
 * What in an instance of `candidate` cannot be printed: the class itself, or a value its fields
 * hold. `instance` is the value's type where the class is the one the type names; `standsFor` names
 * that type where the class is another one a value of it may be an instance of.
 */
function unprintableInstance(
  candidate: ClassDeclaration,
  instance: Type | undefined,
  standsFor: string | undefined,
  at: Node,
  context: TransformContext,
  seen: Set<Type>,
): Unprintable | undefined {
  const name = candidate.getName() ?? "default";
  // Another class of the same name (in another file) is told apart by its file.
  const file = standsFor !== undefined && standsFor.endsWith(`\`${name}\``) ? ` of ${candidate.getSourceFile().getBaseName()}` : "";
  const subject = `an instance of \`${name}\`${file}${standsFor === undefined ? "" : ` (which ${standsFor} may be)`}`;
  const candidateType = instance ?? candidate.getType();
  // A class's own toJSON gives what is printed (the runtime calls it, as JavaScript does); one
  // that returns the instance itself (`return this`) has its fields printed.
  const toJson = toJsonResult(candidateType, at, context);
  if (toJson === "refused") {
    return { subject, reason: "its toJSON() may return undefined, which JavaScript leaves out of an object and Python holds as None, as null" };
  }
  if (toJson !== undefined && toJson.getSymbol() !== candidateType.getSymbol()) {
    return unprintableIn(toJson, at, context, seen);
  }
  const printable = printability(candidate, instance ?? candidate.getType(), at);
  if ("reason" in printable) {
    return { subject, reason: printable.reason, advice: printable.advice };
  }
  return firstOf(printable.fields, (field) => unprintableIn(field.type, at, context, seen));
}

/** What JSON.stringify cannot print of an object's data members (its methods left out, as JavaScript leaves functions out). */
function unprintableDataMember(type: Type, at: Node, context: TransformContext, seen: Set<Type>): Unprintable | undefined {
  return firstOf(type.getProperties(), (property) => {
    const declarations = property.getDeclarations();
    const isMethod = declarations.length === 0 || declarations.some((node) => Node.isMethodDeclaration(node) || Node.isMethodSignature(node));
    return isMethod ? undefined : unprintableIn(property.getTypeAtLocation(at), at, context, seen);
  });
}

function firstOf<T>(items: readonly T[], find: (item: T) => Unprintable | undefined): Unprintable | undefined {
  for (const item of items) {
    const found = find(item);
    if (found !== undefined) {
      return found;
    }
  }
  return undefined;
}
