/**
 * The methods and function-valued members the program replaces by assignment somewhere
 * (`bus.subscribe = (listener) => …`, `box["add"] = …`): a call of such a member may run any function
 * written to it, not only its declaration's body. Found once per program, from every file's
 * assignments and `Object.assign` calls.
 */
import { Node, Project, SyntaxKind, Type } from "ts-morph";
import { declarationsOf } from "./named-declarations";
import { nodesOfFile } from "./file-nodes";
import { isAssignedByPattern } from "./assignment-patterns";

interface Replaced {
  declarations: ReadonlySet<Node>;
  /**
   * The names written through a type that declares no class's member (an interface's or a type
   * literal's signature), with the types written through: a member of that name of a class
   * whose instances those types admit may be the one replaced (`(this as { setX(): void }).setX = …`,
   * `function stub(o: Settable) { o.setX = … }`; review S57A, R4).
   */
  namesThroughTypes: ReadonlyMap<string, Type[]>;
}

const byProject = new WeakMap<Project, Replaced>();

export function isReplacedMember(declaration: Node): boolean {
  const project = declaration.getProject();
  let replaced = byProject.get(project);
  if (replaced === undefined) {
    const found = new Set<Node>();
    const namesThroughTypes = new Map<string, Type[]>();
    const add = (name: Node | undefined, declarations: Node[]): void => {
      declarations.forEach((each) => found.add(each));
      if (name !== undefined && declarations.some((each) => Node.isPropertySignature(each) || Node.isMethodSignature(each))) {
        // An element's key names a member only when it is a literal (`box["add"]`); an access's name always does.
        const key =
          Node.isStringLiteral(name) || Node.isNoSubstitutionTemplateLiteral(name)
            ? name.getLiteralText()
            : Node.isIdentifier(name) && Node.isPropertyAccessExpression(name.getParent())
              ? name.getText()
              : undefined;
        const written = name.getParent();
        const receiver = Node.isPropertyAccessExpression(written) || Node.isElementAccessExpression(written) ? written.getExpression().getType() : undefined;
        if (key !== undefined && receiver !== undefined) {
          namesThroughTypes.set(key, [...(namesThroughTypes.get(key) ?? []), receiver]);
        }
      }
    };
    for (const sourceFile of project.getSourceFiles()) {
      if (sourceFile.isDeclarationFile()) {
        continue;
      }
      for (const node of nodesOfFile(sourceFile)) {
        // `Object.assign(ops, { run: … })` writes each of its sources' keys into the target (review S56, a16).
        if (Node.isCallExpression(node) && node.getExpression().getText() === "Object.assign") {
          const [target, ...sources] = node.getArguments();
          const targetType = target?.getType();
          for (const source of sources) {
            for (const property of source.getType().getProperties()) {
              const declarations = declarationsOf(targetType?.getProperty(property.getName()));
              declarations.forEach((each) => found.add(each));
              if (targetType !== undefined && declarations.some((each) => Node.isPropertySignature(each) || Node.isMethodSignature(each))) {
                namesThroughTypes.set(property.getName(), [...(namesThroughTypes.get(property.getName()) ?? []), targetType]);
              }
            }
          }
          continue;
        }
        // `[ops.run] = [other]`, `({ f: ops.run } = fns)`, `for (ops.run of makers)` (review S56B, d22, d24).
        if ((Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node)) && isAssignedByPattern(node)) {
          const name = Node.isPropertyAccessExpression(node) ? node.getNameNode() : node.getArgumentExpression();
          add(name, declarationsOf(name?.getSymbol()));
          continue;
        }
        if (!Node.isBinaryExpression(node) || !isAssignment(node.getOperatorToken().getKind())) {
          continue;
        }
        const target = node.getLeft();
        const name = Node.isPropertyAccessExpression(target)
          ? target.getNameNode()
          : Node.isElementAccessExpression(target)
            ? target.getArgumentExpression()
            : undefined;
        add(name, declarationsOf(name?.getSymbol()));
      }
    }
    replaced = { declarations: found, namesThroughTypes };
    byProject.set(project, replaced);
  }
  if (replaced.declarations.has(declaration)) {
    return true;
  }
  const owner = declaration.getParent();
  const name = Node.isMethodDeclaration(declaration) || Node.isPropertyDeclaration(declaration) ? declaration.getName() : undefined;
  if (name === undefined || !(Node.isClassDeclaration(owner) || Node.isClassExpression(owner))) {
    return false;
  }
  // A static member is replaced on the class itself (`typeof C`), another one on its instances.
  const isStatic = (Node.isMethodDeclaration(declaration) || Node.isPropertyDeclaration(declaration)) && declaration.isStatic();
  const instanceType = isStatic ? owner.getSymbol()?.getTypeAtLocation(owner) : owner.getType();
  if (instanceType === undefined) {
    return false;
  }
  return (replaced.namesThroughTypes.get(name) ?? []).some((through) => {
    // A type parameter by its constraint (`<T extends { setX(): void }>(o: T)`; review S57C, G).
    const value = through.getNonNullableType();
    const bound = value.isTypeParameter() ? value.getConstraint() : value;
    return bound === undefined || instanceType.isAssignableTo(bound);
  });
}

function isAssignment(kind: SyntaxKind): boolean {
  return (
    kind === SyntaxKind.EqualsToken ||
    kind === SyntaxKind.QuestionQuestionEqualsToken ||
    kind === SyntaxKind.BarBarEqualsToken ||
    kind === SyntaxKind.AmpersandAmpersandEqualsToken
  );
}
