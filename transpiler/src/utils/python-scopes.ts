/**
 * Which Python scope a node runs in. Python has one scope per function, whatever blocks it holds:
 * a function declaration or expression, an arrow, a method, an accessor, a constructor and a static
 * block (compiled to a function called after the class) each make one, and an instance field's
 * initializer runs in the class's `__init__`; everything else is in the module's. Every decision
 * that asks "same Python variable?" or "written from another function?" asks this one question, so
 * a function expression cannot count as its parent's body in one place and as a function of its own
 * in another.
 */
import { Node } from "ts-morph";

/** An instance field's initializer: Python runs it in `__init__`, not where the class statement stands. */
function isInstanceFieldWithInitializer(node: Node): boolean {
  return Node.isPropertyDeclaration(node) && !node.isStatic() && node.hasInitializer();
}

/** The node opens a Python scope of its own. */
export function opensPythonScope(node: Node): boolean {
  return (
    Node.isFunctionLikeDeclaration(node) || Node.isFunctionExpression(node) || Node.isClassStaticBlockDeclaration(node) || isInstanceFieldWithInitializer(node)
  );
}

/**
 * The function, method, accessor, constructor or static block a node runs in (undefined: the
 * module). In an instance field's initializer, the class's constructor when it has one (one
 * `__init__` holds both), else the field itself (its `__init__` has no source of its own).
 */
export function enclosingFunction(node: Node): Node | undefined {
  const scope = node.getFirstAncestor(opensPythonScope);
  if (scope !== undefined && Node.isPropertyDeclaration(scope)) {
    const parent = scope.getParent();
    const constructor = Node.isClassLikeDeclarationBase(parent) ? parent.getConstructors().find((candidate) => candidate.hasBody()) : undefined;
    return constructor ?? scope;
  }
  return scope;
}

/** The function (or the module) whose one Python scope holds a node's bindings. */
export function pythonScopeOf(node: Node): Node {
  return enclosingFunction(node) ?? node.getSourceFile();
}
