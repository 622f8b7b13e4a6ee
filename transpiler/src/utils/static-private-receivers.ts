/**
 * A `#private` static member read through a value (`k.#count` with `k: typeof Counter`): JavaScript
 * finds it only on the class that declares it and throws TypeError for a subclass given there,
 * where Python's class attribute is inherited and found. Through `this` in a static method it is
 * refused where `this` is compiled (visitors/table.ts); named by its class (`Counter.#count`) it is
 * exact.
 */
import { Node, SourceFile, SyntaxKind } from "ts-morph";
import { nodesOfFileOfKind } from "./file-nodes";
import type { TransformContext } from "../context";
import { unsupportedConstruct } from "../diagnostics";
import { unwrapTypeOnly } from "./type-wrappers";

export function reportStaticPrivatesThroughValues(sourceFile: SourceFile, context: TransformContext): void {
  // A walk of every node of every file, for a rare name: a file without `#` has none.
  if (!sourceFile.getFullText().includes("#")) {
    return;
  }
  for (const privateName of nodesOfFileOfKind(sourceFile, SyntaxKind.PrivateIdentifier)) {
    const access = privateName.getParent();
    if (!Node.isPropertyAccessExpression(access) || (access.getNameNode() as Node) !== privateName) {
      continue;
    }
    const declaration = privateName.getSymbol()?.getDeclarations()[0];
    const owner = declaration?.getParent();
    const isStatic =
      declaration !== undefined &&
      (Node.isPropertyDeclaration(declaration) ||
        Node.isMethodDeclaration(declaration) ||
        Node.isGetAccessorDeclaration(declaration) ||
        Node.isSetAccessorDeclaration(declaration)) &&
      declaration.isStatic();
    const receiver = unwrapTypeOnly(access.getExpression());
    if (!isStatic || !Node.isClassDeclaration(owner) || Node.isThisExpression(receiver)) {
      continue;
    }
    const named = Node.isIdentifier(receiver) && receiver.getSymbol()?.getDeclarations().includes(owner) === true;
    if (!named) {
      const className = owner.getName() ?? "the class";
      context.report(
        unsupportedConstruct(
          access,
          `a \`#private\` static member reached through a value (\`${access.getText()}\`)`,
          `JavaScript throws TypeError when the value is a subclass, where Python finds the member; name the class (\`${className}.${access.getName()}\`)`,
        ),
      );
    }
  }
}
