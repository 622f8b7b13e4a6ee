/**
 * What TypeScript's structural types let stand for a declared one: another class of the program
 * whose instances fit a class's type (`const bus: Bus = new LoudBus()`), and the setters any class
 * declares (an assignment through an interface may run one). Found once per program.
 */
import { ClassDeclaration, Node, Project, SyntaxKind, Type, VariableDeclarationKind } from "ts-morph";
import { nodesOfFileOfKind } from "./file-nodes";
import { declarationsOf, isLibraryDeclaration } from "./named-declarations";
import { unwrapTypeOnly } from "./type-wrappers";

const classesByProject = new WeakMap<Project, ClassDeclaration[]>();
const settersByProject = new WeakMap<Project, ReadonlySet<string>>();

export function programClasses(project: Project): ClassDeclaration[] {
  let classes = classesByProject.get(project);
  if (classes === undefined) {
    classes = project
      .getSourceFiles()
      .filter((sourceFile) => !sourceFile.isDeclarationFile())
      .flatMap((sourceFile) => sourceFile.getDescendantsOfKind(SyntaxKind.ClassDeclaration));
    classesByProject.set(project, classes);
  }
  return classes;
}

const membersByProject = new WeakMap<Project, ReadonlyMap<string, readonly Node[]>>();

/**
 * The accessors, methods and function-valued fields and properties of the program's classes and
 * object literals, by property name (a `[Symbol.iterator]` method by its symbol's, `__@iterator@…`):
 * what reading or calling a member of that name may run where the types do not tell which value it
 * is (an interface, a type parameter, a string key).
 */
export function programMembersByName(node: Node): ReadonlyMap<string, readonly Node[]> {
  const project = node.getProject();
  let members = membersByProject.get(project);
  if (members === undefined) {
    const found = new Map<string, Node[]>();
    for (const sourceFile of project.getSourceFiles().filter((each) => !each.isDeclarationFile())) {
      const candidates: Node[] = [
        ...nodesOfFileOfKind(sourceFile, SyntaxKind.GetAccessor),
        ...nodesOfFileOfKind(sourceFile, SyntaxKind.SetAccessor),
        ...nodesOfFileOfKind(sourceFile, SyntaxKind.MethodDeclaration),
        ...nodesOfFileOfKind(sourceFile, SyntaxKind.PropertyDeclaration).filter((each) => holdsFunctionWritten(each.getInitializer())),
        ...nodesOfFileOfKind(sourceFile, SyntaxKind.PropertyAssignment).filter((each) => holdsFunctionWritten(each.getInitializer())),
      ];
      for (const member of candidates) {
        const name = memberName(member);
        if (name !== undefined) {
          found.set(name, [...(found.get(name) ?? []), member]);
        }
      }
    }
    members = found;
    membersByProject.set(project, members);
  }
  return members;
}

/** A member's property name; `[Symbol.iterator]` by the name TypeScript gives its property (`__@iterator@…`), which its symbol may not have yet (`__computed`). */
function memberName(member: Node): string | undefined {
  const nameNode = (member as { getNameNode?: () => Node }).getNameNode?.();
  if (Node.isComputedPropertyName(nameNode)) {
    const expression = nameNode.getExpression().getText();
    return expression.startsWith("Symbol.") ? `__@${expression.slice("Symbol.".length)}` : expression;
  }
  return member.getSymbol()?.getName();
}

function holdsFunctionWritten(initializer: Node | undefined): boolean {
  return Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer);
}

/** The names of the setters the program's classes and object literals declare. */
export function programSetterNames(node: Node): ReadonlySet<string> {
  const project = node.getProject();
  let names = settersByProject.get(project);
  if (names === undefined) {
    names = new Set(
      project
        .getSourceFiles()
        .filter((sourceFile) => !sourceFile.isDeclarationFile())
        .flatMap((sourceFile) => sourceFile.getDescendantsOfKind(SyntaxKind.SetAccessor).map((setter) => setter.getName())),
    );
    settersByProject.set(project, names);
  }
  return names;
}

/** Whether a value of the type may be or hold an object of the program's (whose methods the library may call), or a function where `functions` says so. */
export function holdsProgramValue(type: Type, functions: boolean, depth: number): boolean {
  if (depth > 3) {
    return true;
  }
  if (type.getCallSignatures().length > 0) {
    return functions;
  }
  const members = type.isUnion() ? type.getUnionTypes() : type.isIntersection() ? type.getIntersectionTypes() : undefined;
  if (members !== undefined) {
    return members.some((member) => holdsProgramValue(member, functions, depth + 1));
  }
  if (!type.isObject()) {
    return false;
  }
  if ((type.getSymbol()?.getDeclarations() ?? []).some((declaration) => !isLibraryDeclaration(declaration))) {
    return true;
  }
  const element = type.getArrayElementType();
  return [...type.getTypeArguments(), ...(element === undefined ? [] : [element])].some((held) => holdsProgramValue(held, functions, depth + 1));
}

/**
 * Whether a call of a class's instance method through `receiver` may run another value's method of
 * that name: TypeScript lets any value of the class's shape stand for it (an object literal,
 * another class), unless the class has a private, protected or `#private` member, or the receiver
 * is known to be made by the class (`new Bus()`, a `const` holding one, `this`), or the program
 * has no such other value (no other class, no object literal, fits the class's type). A subclass's
 * method of that name is the caller's to follow (`namesakesInSubclasses`).
 */
export function mayBeAnotherValue(member: Node, receiver: Node | undefined): boolean {
  const owner = member.getParent();
  if (!Node.isClassDeclaration(owner)) {
    return false;
  }
  if (Node.isStaticable(member) && member.isStatic()) {
    // Through the class's name, `this` or `super`, the class's own (a subclass's namesake is the
    // caller's to follow); through a value typed `typeof Owner`, any class of its static shape's (review S56, a29, a31, a32).
    return receiver !== undefined && !namesClass(receiver, owner);
  }
  if (isNominal(owner)) {
    return false;
  }
  if (receiver !== undefined && isMadeBy(receiver, owner)) {
    return false;
  }
  // The receiver's type (`Bus<Widget>`) where there is one: a generic class's own type has its parameters.
  const type = receiver?.getType().getNonNullableType() ?? owner.getType();
  return otherClassFits(owner, type) || literalFits(owner, type);
}

/** The class itself as a receiver: its name or a subclass's (also imported; a static member is inherited), or `this` and `super` in its static code. */
function namesClass(receiver: Node, owner: ClassDeclaration): boolean {
  const value = unwrapTypeOnly(receiver);
  if (Node.isThisExpression(value) || Node.isSuperExpression(value)) {
    return true;
  }
  return (
    Node.isIdentifier(value) &&
    declarationsOf(value.getSymbol()).some((named) => {
      for (let current = Node.isClassDeclaration(named) ? named : undefined; current !== undefined; current = current.getBaseClass()) {
        if (current === owner) {
          return true;
        }
      }
      return false;
    })
  );
}

const literalsByProject = new WeakMap<Project, Node[]>();

/** Whether an object literal of the program fits the type (`const bus: Bus = { subscribe() {…} }`), which a value of the class's type may then be. */
function literalFits(owner: ClassDeclaration, type: Type): boolean {
  const project = owner.getProject();
  let literals = literalsByProject.get(project);
  if (literals === undefined) {
    literals = project
      .getSourceFiles()
      .filter((sourceFile) => !sourceFile.isDeclarationFile())
      .flatMap((sourceFile) => nodesOfFileOfKind(sourceFile, SyntaxKind.ObjectLiteralExpression));
    literalsByProject.set(project, literals);
  }
  return literals.some((literal) => literal.getType().isAssignableTo(type));
}

/** Whether a class of the program other than the owner and its subclasses fits the type. */
function otherClassFits(owner: ClassDeclaration, type: Type): boolean {
  return programClasses(owner.getProject()).some((other) => {
    if (other === owner) {
      return false;
    }
    for (let base = other.getBaseClass(); base !== undefined; base = base.getBaseClass()) {
      if (base === owner) {
        return false; // a subclass: its namesakes are followed
      }
    }
    return other.getType().isAssignableTo(type);
  });
}

function isNominal(declaration: ClassDeclaration): boolean {
  for (let current: ClassDeclaration | undefined = declaration; current !== undefined; current = current.getBaseClass()) {
    const members: Node[] = [...current.getMembers(), ...current.getConstructors().flatMap((constructor) => constructor.getParameters())];
    if (
      members.some(
        (member) =>
          (Node.isModifierable(member) && (member.hasModifier(SyntaxKind.PrivateKeyword) || member.hasModifier(SyntaxKind.ProtectedKeyword))) ||
          (Node.isPropertyNamed(member) && member.getName().startsWith("#")),
      )
    ) {
      return true;
    }
  }
  return false;
}

function isMadeBy(receiver: Node, owner: ClassDeclaration): boolean {
  let value: Node = receiver;
  while (Node.isParenthesizedExpression(value) || Node.isAsExpression(value) || Node.isNonNullExpression(value)) {
    value = value.getExpression();
  }
  if (Node.isThisExpression(value)) {
    return true;
  }
  if (Node.isIdentifier(value)) {
    const declaration = value.getSymbol()?.getDeclarations()[0];
    const initializer =
      Node.isVariableDeclaration(declaration) && declaration.getVariableStatement()?.getDeclarationKind() === VariableDeclarationKind.Const
        ? declaration.getInitializer()
        : undefined;
    return initializer !== undefined && isMadeBy(initializer, owner) && !Node.isIdentifier(initializer);
  }
  return Node.isNewExpression(value) && value.getExpression().getSymbol()?.getDeclarations()[0] === owner;
}
