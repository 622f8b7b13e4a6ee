/**
 * Which of the program's classes a value may be an instance of, judged from its type alone: a class
 * that has every member the type requires (by name, so that a generic class `Box<T>` counts for
 * `{ value: number }` whatever T is). `Object.keys` of such a value cannot be compiled exactly: the
 * runtime lists a dict's or an object literal's keys, and a class instance's fields are attributes
 * whose JavaScript names the Python object does not keep.
 */
import { Node, Type, ts } from "ts-morph";

/** The member names of each class in the program's own files (with inherited ones), per program. */
const classMembersByProgram = new WeakMap<object, ProgramClass[]>();

interface ProgramClass {
  name: string;
  /** Its instances' members, inherited ones too. */
  members: ReadonlySet<string>;
}

function classMembers(node: Node): ProgramClass[] {
  const program = node.getProject().getProgram().compilerObject;
  let classes = classMembersByProgram.get(program);
  if (classes === undefined) {
    const checker = program.getTypeChecker();
    const found: ProgramClass[] = [];
    const visit = (child: ts.Node): void => {
      // A class expression is refused (CS1001), so no instance of one reaches compiled code.
      if (ts.isClassDeclaration(child)) {
        // A class declaration's type is its instances' (`export default class { … }` too).
        const instance = checker.getTypeAtLocation(child);
        found.push({
          name: child.name?.text ?? "default",
          members: new Set(checker.getPropertiesOfType(instance).map((property) => property.getName())),
        });
      }
      ts.forEachChild(child, visit);
    };
    for (const sourceFile of program.getSourceFiles()) {
      if (!sourceFile.isDeclarationFile) {
        visit(sourceFile);
      }
    }
    classes = found;
    classMembersByProgram.set(program, classes);
  }
  return classes;
}

/**
 * The program's first class a value of `type` (an interface or type literal with methods or accessors,
 * `object`, a type parameter) may be an instance of, one that has every member the type requires.
 */
export function programClassItMayBe(type: Type, node: Node): string | undefined {
  const required = type.isObject()
    ? type
        .getProperties()
        .filter((property) => (property.getFlags() & ts.SymbolFlags.Optional) === 0)
        .map((property) => property.getName())
    : [];
  return classMembers(node).find(({ members }) => required.every((name) => members.has(name)))?.name;
}
