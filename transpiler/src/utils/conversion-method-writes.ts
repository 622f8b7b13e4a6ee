/**
 * A `toString` or `valueOf` an object is given by assignment (`point.valueOf = () => 42`): JavaScript
 * calls it when the object becomes text or a number. The compiled String(), templates, `+` and
 * joins call a class's toString through its `_js_to_string` marker, which only a class that declares
 * its own toString has; nothing reads a valueOf (a class's own is refused), nor a dict's key. So
 * such a write is refused where nothing would call it, where JavaScript would.
 */
import { Node, SourceFile, SyntaxKind } from "ts-morph";
import { nodesOfFile } from "./file-nodes";
import type { TransformContext } from "../context";
import { unsupportedConstruct } from "../diagnostics";

export function reportConversionMethodWrites(sourceFile: SourceFile, context: TransformContext): void {
  nodesOfFile(sourceFile).forEach((node) => {
    if (!Node.isBinaryExpression(node)) {
      return;
    }
    const operator = node.getOperatorToken().getKind();
    if (operator < SyntaxKind.FirstAssignment || operator > SyntaxKind.LastAssignment) {
      return;
    }
    const target = node.getLeft();
    const member = Node.isPropertyAccessExpression(target)
      ? target.getName()
      : Node.isElementAccessExpression(target)
        ? literalText(target.getArgumentExpression())
        : undefined;
    if (member !== "toString" && member !== "valueOf") {
      return;
    }
    if (member === "toString" && declaresOwnToString(target, context)) {
      return; // the class's marker reads the instance's toString as it is when called
    }
    context.report(
      unsupportedConstruct(
        node,
        `giving an object a \`${member}\` by assignment`,
        member === "toString"
          ? "String(), templates, `+` and joins call a class's toString only where the class declares its own; declare `toString()` in the class (and assign the instance's later if it must change), or call your function yourself"
          : "nothing of the compiled program calls a valueOf: call a method of your own (`point.toNumber()`) where the number is needed",
      ),
    );
  });
}

function literalText(node: Node | undefined): string | undefined {
  return node !== undefined && (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) ? node.getLiteralText() : undefined;
}

/** The receiver's type has a toString that the program's classes declare (not Object's or Error's), which gives them the marker. */
function declaresOwnToString(target: Node, context: TransformContext): boolean {
  const receiver = Node.isPropertyAccessExpression(target) || Node.isElementAccessExpression(target) ? target.getExpression() : undefined;
  const declarations = receiver?.getType().getNonNullableType().getProperty("toString")?.getDeclarations() ?? [];
  return (
    declarations.length > 0 &&
    declarations.every(
      // A method or a field holding the function (`toString = () => …`): both give the class its marker.
      (declaration) =>
        (Node.isMethodDeclaration(declaration) || Node.isPropertyDeclaration(declaration)) &&
        !context.isStandardLibrary(declaration) &&
        Node.isClassDeclaration(declaration.getParent()),
    )
  );
}
