/**
 * The methods and function-valued members the program replaces by assignment somewhere
 * (`bus.subscribe = (listener) => …`, `box["add"] = …`): a call of such a member may run any function
 * written to it, not only its declaration's body. Found once per program, from every file's
 * assignments and `Object.assign` calls.
 */
import { Node, Project, SyntaxKind } from "ts-morph";
import { declarationsOf } from "./named-declarations";
import { nodesOfFile } from "./file-nodes";
import { isAssignedByPattern } from "./assignment-patterns";

const byProject = new WeakMap<Project, ReadonlySet<Node>>();

export function isReplacedMember(declaration: Node): boolean {
  const project = declaration.getProject();
  let replaced = byProject.get(project);
  if (replaced === undefined) {
    const found = new Set<Node>();
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
              declarationsOf(targetType?.getProperty(property.getName())).forEach((each) => found.add(each));
            }
          }
          continue;
        }
        // `[ops.run] = [other]`, `({ f: ops.run } = fns)`, `for (ops.run of makers)` (review S56B, d22, d24).
        if ((Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node)) && isAssignedByPattern(node)) {
          const name = Node.isPropertyAccessExpression(node) ? node.getNameNode() : node.getArgumentExpression();
          declarationsOf(name?.getSymbol()).forEach((each) => found.add(each));
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
        const symbol = name?.getSymbol();
        declarationsOf(symbol).forEach((each) => found.add(each));
      }
    }
    replaced = found;
    byProject.set(project, replaced);
  }
  return replaced.has(declaration);
}

function isAssignment(kind: SyntaxKind): boolean {
  return (
    kind === SyntaxKind.EqualsToken ||
    kind === SyntaxKind.QuestionQuestionEqualsToken ||
    kind === SyntaxKind.BarBarEqualsToken ||
    kind === SyntaxKind.AmpersandAmpersandEqualsToken
  );
}
