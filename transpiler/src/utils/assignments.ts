/**
 * Whether a variable is written somewhere: the one answer for every decision that depends on a
 * variable keeping its value (a `for` loop compiled to range(), a loop variable a closure captured).
 * A write is `x = …`, `x += …` (any assignment operator), `x++`/`--x`, a target of a destructuring
 * assignment (`[x] = …`, `({ x } = …)`, `({ key: x } = …)`, `[...x] = …`, with defaults and nested),
 * or the variable of `for (x of …)` / `for (x in …)`.
 */
import { Node, SourceFile, Symbol as MorphSymbol, SyntaxKind, VariableDeclarationKind, ts } from "ts-morph";
import { nodesOfFileOfKind } from "./file-nodes";
import type { TransformContext } from "../context";
import { enclosingFunction, pythonScopeOf } from "./python-scopes";
import { isTypeOnlyWrapper } from "./type-wrappers";

/** `=`, `+=`, `??=` and the other assignments. */
export function isAssignmentOperator(kind: SyntaxKind): boolean {
  return kind >= SyntaxKind.FirstAssignment && kind <= SyntaxKind.LastAssignment;
}

/** The identifier is written where it stands. */
export function isAssignedAt(identifier: Node): boolean {
  // `(i as number) = 3`, `i! += 1`, `(i) ++`: the wrappers only tell TypeScript about the type.
  let target: Node = identifier;
  for (let wrapper = target.getParent(); wrapper !== undefined && isTypeOnlyWrapper(wrapper); wrapper = target.getParent()) {
    target = wrapper;
  }
  const parent = target.getParent();
  if (parent === undefined) {
    return false;
  }
  if (Node.isPrefixUnaryExpression(parent) || Node.isPostfixUnaryExpression(parent)) {
    const operator = parent.getOperatorToken();
    return operator === SyntaxKind.PlusPlusToken || operator === SyntaxKind.MinusMinusToken;
  }
  // Up through the pattern the identifier is an element of, to the assignment or loop it is the target of.
  let node: Node = target;
  for (let container = node.getParent(); container !== undefined; container = node.getParent()) {
    if (Node.isBinaryExpression(container)) {
      return (
        container.getLeft() === node &&
        (node === target ? isAssignmentOperator(container.getOperatorToken().getKind()) : container.getOperatorToken().getKind() === SyntaxKind.EqualsToken)
      );
    }
    if (Node.isForOfStatement(container) || Node.isForInStatement(container)) {
      return container.getInitializer() === node;
    }
    if (Node.isArrayLiteralExpression(container) || Node.isSpreadElement(container) || isTypeOnlyWrapper(container)) {
      node = container;
    } else if (Node.isShorthandPropertyAssignment(container) && container.getNameNode() === node) {
      node = container.getParentOrThrow();
    } else if (Node.isPropertyAssignment(container) && container.getInitializer() === node) {
      node = container.getParentOrThrow();
    } else if (Node.isSpreadAssignment(container)) {
      node = container.getParentOrThrow();
    } else {
      return false;
    }
  }
  return false;
}

/** The variable an identifier names; for `{ x }` in an object literal, the variable `x`, not the property. */
export function variableAt(identifier: Node, context: TransformContext): MorphSymbol | undefined {
  const parent = identifier.getParent();
  if (parent !== undefined && Node.isShorthandPropertyAssignment(parent) && parent.getNameNode() === identifier) {
    return context.checker.getShorthandAssignmentValueSymbol(parent);
  }
  return context.resolveSymbol(identifier);
}

/**
 * Per program, per source file: each declaration → the identifiers in the file that write its
 * variable, in source order. One walk of the file answers every writesIn there; walking the file
 * again for each declaration made compiling quadratic in the file's length.
 */
const writeIndexes = new WeakMap<object, WeakMap<ts.SourceFile, Map<ts.Node, Node[]>>>();

function writeIndexOf(sourceFile: SourceFile, context: TransformContext): Map<ts.Node, Node[]> {
  let perFile = writeIndexes.get(context.program);
  if (perFile === undefined) {
    perFile = new WeakMap();
    writeIndexes.set(context.program, perFile);
  }
  let index = perFile.get(sourceFile.compilerNode);
  if (index === undefined) {
    index = new Map();
    for (const use of nodesOfFileOfKind(sourceFile, SyntaxKind.Identifier)) {
      if (!isAssignedAt(use)) {
        continue;
      }
      const declaration = variableAt(use, context)?.getDeclarations()[0];
      if (declaration === undefined) {
        continue;
      }
      const writes = index.get(declaration.compilerNode);
      if (writes === undefined) {
        index.set(declaration.compilerNode, [use]);
      } else {
        writes.push(use);
      }
    }
    perFile.set(sourceFile.compilerNode, index);
  }
  return index;
}

/** `node` is a descendant of `ancestor` (not `ancestor` itself). */
function isUnder(node: ts.Node, ancestor: ts.Node): boolean {
  for (let current = node.parent; current !== undefined; current = current.parent) {
    if (current === ancestor) {
      return true;
    }
  }
  return false;
}

/** The identifiers under `scope` that write the variable `declaration` declares. */
export function writesIn(scope: Node, declaration: Node, context: TransformContext): Node[] {
  const nameNode = Node.hasName(declaration) ? declaration.getNameNode() : undefined;
  const text = nameNode?.getText();
  const writes = writeIndexOf(scope.getSourceFile(), context).get(declaration.compilerNode) ?? [];
  return writes.filter((use) => use.getText() === text && isUnder(use.compilerNode, scope.compilerNode));
}

/** The variable `declaration` declares is written somewhere under `scope`. */
export function isAssignedIn(scope: Node, declaration: Node, context: TransformContext): boolean {
  return writesIn(scope, declaration, context).length > 0;
}

/**
 * The variable keeps its value while `loop` runs (a loop, a call walking an array): a `const`, or a
 * `let` (or parameter) that neither the loop nor any function that could run during it assigns. For a
 * module's `let`, every function of the module is such a function (another module cannot assign it).
 */
export function keepsItsValueDuring(identifier: Node, loop: Node, context: TransformContext): boolean {
  const declaration = context.resolveSymbol(identifier)?.getDeclarations()[0];
  if (
    declaration === undefined ||
    !(Node.isVariableDeclaration(declaration) || Node.isParameterDeclaration(declaration) || Node.isBindingElement(declaration))
  ) {
    return false;
  }
  const list = declaration.getFirstAncestorByKind(SyntaxKind.VariableDeclarationList);
  if (list !== undefined && list.getDeclarationKind() === VariableDeclarationKind.Const && !Node.isParameterDeclaration(declaration)) {
    return true;
  }
  const scope = pythonScopeOf(declaration);
  const writes = writesIn(scope, declaration, context);
  if (pythonScopeOf(loop) !== scope) {
    return writes.length === 0; // a loop in a closure: its function's own writes might still run (a generator resumed from the loop)
  }
  return writes.every((write) => !write.getAncestors().includes(loop) && pythonScopeOf(write) === scope);
}

/**
 * The variable an identifier reads may be changed by a call: a function other than the one that
 * declares it writes it (a closure's `nonlocal`, a module variable's `global`). Reading it before
 * and after a call may then give two values.
 */
export function isWrittenByCalls(identifier: Node, context: TransformContext): boolean {
  const declaration = variableAt(identifier, context)?.getDeclarations()[0];
  // A name bound by a pattern (`let [i] = …`, `let { k } = …`, `function f({ start })`) is declared by its BindingElement.
  if (
    declaration === undefined ||
    !(Node.isVariableDeclaration(declaration) || Node.isParameterDeclaration(declaration) || Node.isBindingElement(declaration))
  ) {
    return false;
  }
  let written = writtenByCallsCache.get(declaration.compilerNode);
  if (written === undefined) {
    const home = enclosingFunction(declaration);
    written = writesIn(declaration.getSourceFile(), declaration, context).some((write) => enclosingFunction(write) !== home);
    writtenByCallsCache.set(declaration.compilerNode, written);
  }
  return written;
}

/** Per declaration: each asks for a walk of the whole file. */
const writtenByCallsCache = new WeakMap<ts.Node, boolean>();

/** Some variable read in `node` may be changed by a call (see isWrittenByCalls), or is written in `value`. */
export function readsVariableChangedBy(node: Node, value: Node | undefined, context: TransformContext): boolean {
  const identifiers = [node, ...node.getDescendants()].filter((candidate) => Node.isIdentifier(candidate));
  return identifiers.some((identifier) => {
    if (isWrittenByCalls(identifier, context)) {
      return true;
    }
    const declaration = variableAt(identifier, context)?.getDeclarations()[0];
    return value !== undefined && declaration !== undefined && isAssignedIn(value, declaration, context);
  });
}

/**
 * Some value read in `node` may be changed by a call in the value that runs after it: a variable
 * (see readsVariableChangedBy) or any object's property or element (`state.pos`, `this.current`,
 * `items.length`): a call may write any object it can reach. An enum member is a constant.
 */
export function readsStateChangedBy(node: Node, value: Node, context: TransformContext): boolean {
  const readsProperty = [node, ...node.getDescendants()].some(
    (candidate) =>
      (Node.isPropertyAccessExpression(candidate) || Node.isElementAccessExpression(candidate)) &&
      !(candidate.getSymbol()?.getDeclarations() ?? []).some((declaration) => Node.isEnumMember(declaration)),
  );
  return readsProperty || readsVariableChangedBy(node, value, context);
}
