/**
 * Two TypeScript names that become one Python name in one Python scope: `answerTest` and
 * `answer_test` are both `answer_test`, and an imported host function keeps its Python name while
 * our own functions are snake_cased. Compiled as they are, the later binding silently replaces the
 * earlier (seen in real Kodi: an exported `answerConnectionTest` replaced the imported shim function
 * `answer_connection_test`, and the call failed at run time). So it is a compile error instead.
 */
import { Node, SourceFile } from "ts-morph";
import { nodesOfFile } from "./file-nodes";
import type { TransformContext } from "../context";
import { hiddenOuterBinding, nameCollision, repeatedDefinition } from "../diagnostics";
import { nameForIdentifier, valueSymbolAt } from "./names";
import { pythonScopeOf } from "./python-scopes";

/** The node naming what a declaration binds, when it binds a plain name. */
function boundIdentifier(node: Node): Node | undefined {
  if (Node.isImportSpecifier(node)) {
    return node.getAliasNode() ?? node.getNameNode();
  }
  if (Node.isNamespaceImport(node)) {
    return node.getNameNode();
  }
  if (Node.isParameterDeclaration(node) && !hasBody(node.getParent())) {
    return undefined; // a parameter of a function type or an overload signature binds nothing at run time
  }
  if (
    Node.isVariableDeclaration(node) ||
    Node.isBindingElement(node) ||
    Node.isParameterDeclaration(node) ||
    Node.isFunctionDeclaration(node) ||
    Node.isClassDeclaration(node) ||
    Node.isEnumDeclaration(node)
  ) {
    const nameNode = node.getNameNode();
    return nameNode !== undefined && Node.isIdentifier(nameNode) ? nameNode : undefined;
  }
  return undefined;
}

/** A `def` or a `class` statement in Python (not an overload signature or a `declare`d one). */
function isDefinition(node: Node): boolean {
  return (Node.isFunctionDeclaration(node) && node.hasBody()) || (Node.isClassDeclaration(node) && !node.hasDeclareKeyword());
}

function hasBody(node: Node): boolean {
  return Node.isBodyable(node) ? node.hasBody() : Node.isArrowFunction(node) || Node.isFunctionExpression(node) || Node.isBodied(node);
}

export function reportNameCollisions(sourceFile: SourceFile, context: TransformContext): void {
  // scope → Python name → the first TypeScript name bound to it there.
  const scopes: Map<Node, Map<string, string>> = new Map();
  // scope → Python name → whether a function declaration binds it there (a block's `const` of the same
  // name is the same Python variable, and would replace the def).
  const functions: Map<Node, Map<string, boolean>> = new Map();
  // scope → Python name → the declaration that first binds it there.
  const firstDeclarations: Map<Node, Map<string, Node>> = new Map();
  nodesOfFile(sourceFile).forEach((node) => {
    const identifier = boundIdentifier(node);
    if (identifier === undefined) {
      return;
    }
    if (Node.isImportSpecifier(node) && (node.isTypeOnly() || node.getImportDeclaration().isTypeOnly())) {
      return; // types are erased
    }
    const scope = pythonScopeOf(node);
    let names = scopes.get(scope);
    if (names === undefined) {
      names = new Map();
      scopes.set(scope, names);
    }
    const typeScriptName = identifier.getText();
    const pythonName = nameForIdentifier(identifier, context);
    const first = names.get(pythonName);
    let declarations = firstDeclarations.get(scope);
    if (declarations === undefined) {
      declarations = new Map();
      firstDeclarations.set(scope, declarations);
    }
    let kinds = functions.get(scope);
    if (kinds === undefined) {
      kinds = new Map();
      functions.set(scope, kinds);
    }
    const isFunction = Node.isFunctionDeclaration(node);
    const firstIsFunction = kinds.get(pythonName);
    const firstDeclaration = declarations.get(pythonName) ?? node;
    if (first === undefined) {
      names.set(pythonName, typeScriptName);
      kinds.set(pythonName, isFunction);
      declarations.set(pythonName, node);
    } else if (first !== typeScriptName) {
      context.report(nameCollision(identifier, typeScriptName, first, pythonName));
    } else if (firstIsFunction !== isFunction) {
      context.report(nameCollision(identifier, typeScriptName, first, pythonName));
    } else if ((isDefinition(node) || isDefinition(firstDeclaration)) && node.getSymbol() !== firstDeclaration.getSymbol()) {
      // Blocks' `function g` and `function g` (or `class K` and `class K`, or `const K` and `class K`)
      // are one Python name: the later `def`/`class` replaces the earlier for every closure made in the
      // earlier block. Block `let`/`const` are renamed apart instead (names.ts); a def or a class keeps
      // its name, which its `name` and its instances' printing show.
      context.report(repeatedDefinition(identifier, typeScriptName));
    }
  });
  // A name read from an enclosing function (or the module) is hidden in Python by a binding of the
  // same Python name in between: `const fooBar = 1; function f() { const foo_bar = 2; return fooBar; }`.
  nodesOfFile(sourceFile).forEach((node) => {
    if (!Node.isIdentifier(node)) {
      return;
    }
    const parent = node.getParent();
    if (
      (Node.isPropertyAccessExpression(parent) && parent.getNameNode() === node) ||
      (Node.isQualifiedName(parent) && parent.getRight() === node) ||
      (Node.isBindingElement(parent) && parent.getPropertyNameNode() === node) ||
      (Node.isPropertyAssignment(parent) && parent.getNameNode() === node)
    ) {
      // A member's name (`this.cipher`; the key of `const { x: px } = point`, which resolves to the
      // class's property, declared by a constructor's parameter `x`), not a variable read.
      return;
    }
    const declaration = valueSymbolAt(node, context)?.getDeclarations()[0];
    if (declaration === undefined || declaration.getSourceFile() !== sourceFile || boundIdentifier(declaration) === undefined) {
      return;
    }
    const declaredIn = pythonScopeOf(declaration);
    const typeScriptName = node.getText();
    const pythonName = nameForIdentifier(node, context);
    for (
      let scope: Node | undefined = pythonScopeOf(node);
      scope !== undefined && scope !== declaredIn;
      scope = Node.isSourceFile(scope) ? undefined : pythonScopeOf(scope)
    ) {
      // Any binding of that Python name there hides it, also one of the same TypeScript name that
      // TypeScript scopes to a block elsewhere in the function (`for (const e of …) {}` then the module's `e`).
      const hiding = scopes.get(scope)?.get(pythonName);
      if (hiding !== undefined) {
        context.report(hiding === typeScriptName ? hiddenOuterBinding(node, typeScriptName) : nameCollision(node, typeScriptName, hiding, pythonName));
        return;
      }
    }
  });
}
