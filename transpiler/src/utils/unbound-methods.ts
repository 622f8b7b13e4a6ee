/**
 * A method read without being called (`const f = counter.next;`, `const { next } = counter;`,
 * `items.map(formatter.format)`): JavaScript calls it later with `this` undefined (a TypeError as
 * soon as it uses `this`), where Python's attribute read gives a method bound to its object. The
 * implementation behind an interface or a base class may use `this` even when the declaration seen
 * here does not, so every such read of an instance method is refused (CS1036), whether the type is
 * a class, an interface or an object literal's; a static method only when it uses `this`.
 */
import { Node, SourceFile, Symbol as MorphSymbol, SyntaxKind, Type } from "ts-morph";
import type { TransformContext } from "../context";
import { methodReadWithoutCall } from "../diagnostics";
import { bindingKey } from "./destructuring";
import { assignmentPatternKey, literalIndexMember } from "./object-literal-keys";
import { isBindToItsObject } from "./bound-methods";

/** The method declarations of a member, when it is a method of our own code (not JavaScript's or a host's). */
function isRefusedMethod(symbol: MorphSymbol | undefined, context: TransformContext): boolean {
  const declarations = symbol?.getDeclarations() ?? [];
  if (declarations.length === 0 || declarations.some((declaration) => context.isStandardLibrary(declaration) || context.isHostDeclaration(declaration))) {
    return false;
  }
  return declarations.some((declaration) => {
    if (Node.isMethodSignature(declaration)) {
      return true;
    }
    if (!Node.isMethodDeclaration(declaration)) {
      return false;
    }
    if (!declaration.isStatic()) {
      return true;
    }
    return declaration.getDescendants().some((node) => node.getKind() === SyntaxKind.ThisKeyword || node.getKind() === SyntaxKind.SuperKeyword);
  });
}

/** What a read's value is used for, looking through parentheses and `!`: only a call keeps JavaScript's `this`; a test of whether it is there uses no `this`. */
function isCalledOrTested(access: Node): boolean {
  let node = access;
  let parent = node.getParent();
  while (parent !== undefined && (Node.isParenthesizedExpression(parent) || Node.isNonNullExpression(parent))) {
    node = parent;
    parent = node.getParent();
  }
  if (parent === undefined) {
    return false;
  }
  if (Node.isCallExpression(parent) && parent.getExpression() === node) {
    return true;
  }
  const call = parent.getParent();
  if (Node.isPropertyAccessExpression(parent) && call !== undefined && Node.isCallExpression(call) && isBindToItsObject(call)) {
    return true; // `counter.inc.bind(counter)`: bound as Python binds it
  }
  if (Node.isTypeOfExpression(parent) || (Node.isPrefixUnaryExpression(parent) && parent.getOperatorToken() === SyntaxKind.ExclamationToken)) {
    return true;
  }
  if (Node.isBinaryExpression(parent)) {
    const operator = parent.getOperatorToken().getKind();
    return (
      operator === SyntaxKind.EqualsEqualsEqualsToken ||
      operator === SyntaxKind.ExclamationEqualsEqualsToken ||
      operator === SyntaxKind.EqualsEqualsToken ||
      operator === SyntaxKind.ExclamationEqualsToken ||
      (operator === SyntaxKind.EqualsToken && parent.getLeft() === node) // an assignment to it is no read
    );
  }
  return (
    ((Node.isIfStatement(parent) || Node.isWhileStatement(parent) || Node.isDoStatement(parent)) && parent.getExpression() === node) ||
    (Node.isConditionalExpression(parent) && parent.getCondition() === node)
  );
}

function reportDestructured(names: { name: string; at: Node }[], source: Type, context: TransformContext): void {
  for (const { name, at } of names) {
    const property = source.getNonNullableType().getProperty(name);
    if (isRefusedMethod(property, context)) {
      context.report(methodReadWithoutCall(at, name, true));
    }
  }
}

export function reportUnboundMethodReads(sourceFile: SourceFile, context: TransformContext): void {
  sourceFile.forEachDescendant((node) => {
    if (Node.isPropertyAccessExpression(node)) {
      if (node.getExpression().getKind() !== SyntaxKind.SuperKeyword && !isCalledOrTested(node) && isRefusedMethod(node.getNameNode().getSymbol(), context)) {
        context.report(methodReadWithoutCall(node, node.getName(), false));
      }
    } else if (Node.isElementAccessExpression(node)) {
      // `const f = counter["next"]`: a literal key names the member as the dot does.
      const member = literalIndexMember(node);
      if (member !== undefined && !isCalledOrTested(node) && isRefusedMethod(member, context)) {
        context.report(methodReadWithoutCall(node, member.getName(), false));
      }
    } else if (Node.isObjectBindingPattern(node)) {
      const elements = node.getElements().filter((element) => element.getDotDotDotToken() === undefined);
      const names = elements.map((element) => ({ name: bindingKey(element) ?? element.getName(), at: element }));
      reportDestructured(names, node.getType(), context);
    } else if (
      Node.isBinaryExpression(node) &&
      node.getOperatorToken().getKind() === SyntaxKind.EqualsToken &&
      Node.isObjectLiteralExpression(node.getLeft())
    ) {
      const pattern = node.getLeft();
      if (Node.isObjectLiteralExpression(pattern)) {
        const names = pattern
          .getProperties()
          .filter((property) => Node.isShorthandPropertyAssignment(property) || Node.isPropertyAssignment(property))
          .map((property) => ({ name: assignmentPatternKey(property) ?? property.getName(), at: property }));
        reportDestructured(names, node.getRight().getType(), context);
      }
    }
  });
}
