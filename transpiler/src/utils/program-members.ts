/**
 * What TypeScript's structural types let stand for a declared one: another class of the program
 * whose instances fit a class's type (`const bus: Bus = new LoudBus()`), and the setters any class
 * declares (an assignment through an interface may run one). Found once per program.
 */
import { ClassDeclaration, Node, Project, SyntaxKind } from "ts-morph";

const classesByProject = new WeakMap<Project, ClassDeclaration[]>();
const settersByProject = new WeakMap<Project, ReadonlySet<string>>();

function programClasses(project: Project): ClassDeclaration[] {
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

/** Whether a class's method may be another class's where a value of its type is used: a class not derived from it whose instances fit its type. */
export function mayBeAnotherClass(member: Node): boolean {
  const owner = member.getParent();
  if (!Node.isClassDeclaration(owner)) {
    return false;
  }
  const type = owner.getType();
  return programClasses(member.getProject()).some((other) => {
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
