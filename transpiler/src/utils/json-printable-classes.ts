/**
 * Whether the runtime prints a class instance as Node does. It prints each of the program's classes
 * from the fields the compiler lists for it (json-fields.ts); it cannot where the list does not say
 * what Node prints: a base class that is not the program's own (a library class; the library's Error
 * is the runtime's JsError, which knows its own properties), a `declare`d field (set later, at a place
 * in the key order no declaration gives), an Error's field replacing the Error's own message, cause or
 * stack, or a field whose type admits both null and undefined (JavaScript prints null and leaves
 * undefined out; Python holds both as None).
 *
 * A value typed by a class may be an instance of a subclass, or of any class with the same members
 * (TypeScript's types are structural): every class of the program with each member the type
 * requires must be printable. The class named by the type is judged by its fields' types there
 * (`Box<number>`'s `value` holds no None); the others by their declared types.
 */
import { ClassDeclaration, Node, SyntaxKind, Type, ts } from "ts-morph";
import type { TransformContext } from "../context";
import { jsonFields } from "./json-fields";
import { noneMeaning } from "./none-meaning";
import { isPolymorphicThis } from "./this-type";
import { extendsError } from "./types";

/** A printed field of an instance and its type where the value is printed. */
export interface PrintedField {
  name: string;
  type: Type;
}

/** Why an instance of a class of the program may not print as in Node; or its printed fields. */
export type Printability = { reason: string; advice?: string } | { fields: PrintedField[] };

const classesByProgram = new WeakMap<object, ClassDeclaration[]>();

function programClasses(at: Node): ClassDeclaration[] {
  const program = at.getProject().getProgram().compilerObject;
  let classes = classesByProgram.get(program);
  if (classes === undefined) {
    classes = at
      .getProject()
      .getSourceFiles()
      .filter((file) => !file.isDeclarationFile())
      .flatMap((file) => file.getDescendantsOfKind(SyntaxKind.ClassDeclaration))
      .filter((declaration) => !declaration.hasModifier(SyntaxKind.DeclareKeyword));
    classesByProgram.set(program, classes);
  }
  return classes;
}

/** The names of a class's instances' members, inherited ones too, found once per class. */
const membersByClass = new WeakMap<ClassDeclaration, ReadonlySet<string>>();

function membersOf(declaration: ClassDeclaration): ReadonlySet<string> {
  let members = membersByClass.get(declaration);
  if (members === undefined) {
    members = new Set(
      declaration
        .getType()
        .getProperties()
        .map((property) => property.getName()),
    );
    membersByClass.set(declaration, members);
  }
  return members;
}

/** The program's classes that derive from Error: what a value typed by the library's Error may be, besides one of its own. */
export function programErrorClasses(at: Node): ClassDeclaration[] {
  return programClasses(at).filter((declaration) => extendsError(declaration.getType()));
}

/**
 * The program's classes a value typed by `declaration`'s instances may be an instance of: the class
 * first, its subclasses, and any other class with each member the type requires that TypeScript lets
 * stand for it.
 */
export function classesItMayBe(declaration: ClassDeclaration, type: Type, at: Node): ClassDeclaration[] {
  const required = type
    .getProperties()
    .filter((property) => (property.getFlags() & ts.SymbolFlags.Optional) === 0)
    .map((property) => property.getName());
  const others = programClasses(at).filter((candidate) => {
    if (candidate === declaration) {
      return false;
    }
    if (derivesFrom(candidate, declaration)) {
      // `class Labeled extends Named<string>` is no `Named<number>`; every subclass is a `this` of
      // the class's methods (no class type is assignable to that type parameter itself).
      return candidate.getTypeParameters().length > 0 || isPolymorphicThis(type) || candidate.getType().isAssignableTo(type);
    }
    if (required.length === 0) {
      return false; // a type of optional members only: TypeScript takes no class without one of them for it
    }
    const members = membersOf(candidate);
    // A generic class counts through its subclasses only: its own type (`Box<T>`) stands for no other.
    return required.every((name) => members.has(name)) && candidate.getTypeParameters().length === 0 && candidate.getType().isAssignableTo(type);
  });
  return [declaration, ...others];
}

/**
 * The program's classes a value of an interface (or type) with methods may be an instance of: each
 * with every member the type requires that TypeScript lets stand for it (a generic class by its
 * members alone, as some instantiation may).
 */
export function classesMeeting(type: Type, at: Node): ClassDeclaration[] {
  const required = type
    .getProperties()
    .filter((property) => (property.getFlags() & ts.SymbolFlags.Optional) === 0)
    .map((property) => property.getName());
  return programClasses(at).filter((candidate) => {
    const members = membersOf(candidate);
    return required.every((name) => members.has(name)) && (candidate.getTypeParameters().length > 0 || candidate.getType().isAssignableTo(type));
  });
}

function derivesFrom(candidate: ClassDeclaration, declaration: ClassDeclaration): boolean {
  for (let current: ClassDeclaration | undefined = candidate; current !== undefined; current = current.getBaseClass()) {
    if (current === declaration) {
      return true;
    }
  }
  return false;
}

/** The program's own class whose instances the type describes, if it is one. */
export function programClassOf(type: Type, context: TransformContext): ClassDeclaration | undefined {
  const declarations = type.getSymbol()?.getDeclarations() ?? [];
  const declaration = declarations.find((node): node is ClassDeclaration => Node.isClassDeclaration(node));
  if (
    declaration === undefined ||
    declaration.hasModifier(SyntaxKind.DeclareKeyword) ||
    declaration.getSourceFile().isDeclarationFile() ||
    context.isStandardLibrary(declaration) ||
    context.isHostDeclaration(declaration)
  ) {
    return undefined;
  }
  return declaration;
}

/**
 * The class type a value of an intersection or of `Readonly<C>` is printed as: `User & { id: number
 * }` (what `Object.assign(new User(), { id })` gives) and a brand (`Order & { readonly verified: true
 * }`) hold a User, an Order; `Readonly<Point>` holds a Point (or an object literal of its fields, which
 * prints as Node prints it).
 */
export function classTypeBehind(type: Type, context: TransformContext): Type | undefined {
  if (type.isIntersection()) {
    const parts = type.getIntersectionTypes();
    const classes = parts.filter((part) => programClassOf(part, context) !== undefined);
    // Another part's member the class does not declare (a brand, `{ readonly verified: true }`) is
    // the type's promise only, or an attribute the runtime refuses to print, naming it.
    return classes.length === 1 ? classes[0] : undefined;
  }
  const [argument] = type.getAliasTypeArguments();
  if (type.getAliasSymbol()?.getName() === "Readonly" && argument !== undefined && programClassOf(argument, context) !== undefined) {
    return argument;
  }
  return undefined;
}

/**
 * Whether the runtime prints an instance of `declaration` as Node does, and if so the fields it
 * prints (of the class and its bases) with their types: `instance`'s where given (the type the value
 * has where it is printed, or the class's own instance type), else as declared.
 */
export function printability(declaration: ClassDeclaration, instance: Type | undefined, at: Node): Printability {
  const printed: PrintedField[] = [];
  for (let current: ClassDeclaration | undefined = declaration; current !== undefined; current = current.getBaseClass()) {
    const base = current.getExtends();
    const baseClass = current.getBaseClass();
    if (base !== undefined && (baseClass === undefined || baseClass.hasModifier(SyntaxKind.DeclareKeyword) || baseClass.getSourceFile().isDeclarationFile())) {
      // The library's Error (or TypeError…) is the runtime's JsError, whose own properties the
      // runtime knows: the message and cause its constructor was given, hidden from JSON.
      if (baseClass !== undefined || !extendsError(current.getType())) {
        return {
          reason: `it derives from \`${base.getExpression().getText()}\`, a class not compiled from the program, whose fields the compiler does not know`,
        };
      }
    }
    const fields = jsonFields(current);
    if (!Array.isArray(fields)) {
      return { reason: fields.unprintable };
    }
    const own: PrintedField[] = [];
    for (const field of fields) {
      if (field.key === undefined) {
        continue;
      }
      const type = instance?.getProperty(field.key)?.getTypeAtLocation(at) ?? field.type;
      // Where the value's type there admits neither, a None is the undefined of a field not yet
      // written, if anything: the field's own type decides only for one written first.
      if (field.meaning === "null or undefined" && (!field.writtenFirst || field.widenedByBase || isNullable(type))) {
        return field.widenedByBase
          ? {
              reason: `its field \`${field.key}\` may hold null or undefined, which JavaScript tells apart and Python holds as one None: a base class declares it with a type the base's code may write the other into`,
              advice: "declare the field in the base class with a type that admits only one of them (`label?: string`, `label: string | null`)",
            }
          : {
              reason: `its field \`${field.key}\` may hold null or undefined, which JavaScript tells apart and Python holds as one None`,
              advice: involvesTypeParameter(field.type)
                ? // The class's one list serves every instance: `Box<string | undefined>` and `Box<number | null>` alike (review S51A K16).
                  `the field's type \`${field.type.getText(at)}\` takes them from the class's type parameter, for all its instances alike: constrain the parameter to leave one out (\`<T extends NonNullable<unknown> | null>\`)`
                : "give the field a type that admits only one of them (`label?: string`, `label: string | null`), and one admitting null an initializer (`= null`)",
            };
      }
      own.push({ name: field.key, type });
    }
    printed.unshift(...own);
  }
  return { fields: printed };
}

function involvesTypeParameter(type: Type): boolean {
  return (type.isUnion() ? type.getUnionTypes() : [type]).some((member) => member.isTypeParameter());
}

function isNullable(type: Type): boolean {
  const meaning = noneMeaning(type);
  return meaning.null || meaning.undefined;
}
