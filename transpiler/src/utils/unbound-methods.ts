/**
 * A method read without being called (`const f = counter.next;`, `const { next } = counter;`,
 * `items.map(formatter.format)`): JavaScript calls it later with `this` undefined (a TypeError as
 * soon as it uses `this`), where Python's attribute read gives a method bound to its object. The
 * implementation behind an interface or a base class may use `this` even when the declaration seen
 * here does not, so every such read of an instance method is refused (CS1036), whether the type is
 * a class, an interface or an object literal's; a static method only when it uses `this`.
 */
import { ClassDeclaration, ClassExpression, Node, Project, SourceFile, Symbol as MorphSymbol, SyntaxKind, Type } from "ts-morph";
import type { TransformContext } from "../context";
import { methodBehindPropertyReadWithoutCall, methodReadWithoutCall } from "../diagnostics";
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

type ClassLike = ClassDeclaration | ClassExpression;

/** The program's classes with an instance method of a name that uses `this` (or `super`), by name: one walk per project. */
const methodsUsingThis = new WeakMap<Project, Map<string, ClassLike[]>>();

function classesWithMethodUsingThis(name: string, context: TransformContext): ClassLike[] {
  const project = context.sourceFile.getProject();
  let byName = methodsUsingThis.get(project);
  if (byName === undefined) {
    byName = new Map();
    for (const sourceFile of project.getSourceFiles().filter((file) => !file.isDeclarationFile())) {
      for (const declaration of [
        ...sourceFile.getDescendantsOfKind(SyntaxKind.ClassDeclaration),
        ...sourceFile.getDescendantsOfKind(SyntaxKind.ClassExpression),
      ]) {
        for (const method of declaration.getInstanceMethods()) {
          if (method.getDescendants().some((node) => node.getKind() === SyntaxKind.ThisKeyword || node.getKind() === SyntaxKind.SuperKeyword)) {
            byName.set(method.getName(), [...(byName.get(method.getName()) ?? []), declaration]);
          }
        }
      }
    }
    methodsUsingThis.set(project, byName);
  }
  return byName.get(name) ?? [];
}

/**
 * A function-typed property of an interface or type (`fmt: (x: number) => string`) that a class of
 * the program implements with a method using `this`, read through a type its instances fit: the
 * read is that method, which JavaScript later calls with `this` undefined (a TypeError), where
 * Python's stays bound (review 24B F10). The class that may stand behind the read is named.
 */
function classBehindProperty(symbol: MorphSymbol | undefined, receiverType: Type, context: TransformContext): ClassLike | undefined {
  const declarations = symbol?.getDeclarations() ?? [];
  if (symbol === undefined || !declarations.some((declaration) => Node.isPropertySignature(declaration))) {
    return undefined;
  }
  const target = receiverType.getNonNullableType().compilerType;
  return classesWithMethodUsingThis(symbol.getName(), context).find((declaration) =>
    context.checker.compilerObject.isTypeAssignableTo(declaration.getType().compilerType, target),
  );
}

/** `counter.next` (or `counter["next"]`), a method of the program read from its object: a new Python bound method at each read. */
export function readsMethod(node: Node, context: TransformContext): boolean {
  let inner = node;
  while (Node.isParenthesizedExpression(inner) || Node.isNonNullExpression(inner)) {
    inner = inner.getExpression();
  }
  const symbol = Node.isPropertyAccessExpression(inner)
    ? inner.getNameNode().getSymbol()
    : Node.isElementAccessExpression(inner)
      ? literalIndexMember(inner)
      : undefined;
  const declarations = symbol?.getDeclarations() ?? [];
  return (
    declarations.some((declaration) => Node.isMethodDeclaration(declaration) || Node.isMethodSignature(declaration)) &&
    !declarations.some((declaration) => context.isStandardLibrary(declaration) || context.isHostDeclaration(declaration))
  );
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
  if (
    Node.isPropertyAccessExpression(parent) &&
    ["bind", "call", "apply"].includes(parent.getName()) &&
    call !== undefined &&
    Node.isCallExpression(call) &&
    call.getExpression() === parent
  ) {
    // `a.add.bind(a, 5)`, `a.add.call(b)`: the call, bind or apply is refused itself (CS1008), with
    // the form to write; JavaScript gives these a `this`, so CS1036's reason would not hold (review 23C M2).
    return true;
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
      continue;
    }
    const behind = classBehindProperty(property, source, context);
    if (behind !== undefined) {
      context.report(methodBehindPropertyReadWithoutCall(at, name, behind.getName() ?? "an unnamed class", true));
    }
  }
}

export function reportUnboundMethodReads(sourceFile: SourceFile, context: TransformContext): void {
  sourceFile.forEachDescendant((node) => {
    if (Node.isPropertyAccessExpression(node)) {
      if (node.getExpression().getKind() !== SyntaxKind.SuperKeyword && !isCalledOrTested(node)) {
        const symbol = node.getNameNode().getSymbol();
        const behind = isRefusedMethod(symbol, context) ? undefined : classBehindProperty(symbol, node.getExpression().getType(), context);
        if (isRefusedMethod(symbol, context)) {
          context.report(methodReadWithoutCall(node, node.getName(), false));
        } else if (behind !== undefined) {
          context.report(methodBehindPropertyReadWithoutCall(node, node.getName(), behind.getName() ?? "an unnamed class", false));
        }
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
