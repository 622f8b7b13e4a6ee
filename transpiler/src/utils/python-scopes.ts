/**
 * Which Python scope a node runs in. Python has one scope per function, whatever blocks it holds:
 * a function declaration or expression, an arrow, a method, an accessor, a constructor and a static
 * block (compiled to a function called after the class) each make one; everything else is in the
 * module's. Every decision that asks "same Python variable?" or "written from another function?"
 * asks this one question, so a function expression cannot count as its parent's body in one place
 * and as a function of its own in another.
 */
import { Node } from "ts-morph";

/** The node opens a Python scope of its own. */
export function opensPythonScope(node: Node): boolean {
  return Node.isFunctionLikeDeclaration(node) || Node.isFunctionExpression(node) || Node.isClassStaticBlockDeclaration(node);
}

/** The function, method, accessor, constructor or static block a node runs in (undefined: the module). */
export function enclosingFunction(node: Node): Node | undefined {
  return node.getFirstAncestor(opensPythonScope);
}

/** The function (or the module) whose one Python scope holds a node's bindings. */
export function pythonScopeOf(node: Node): Node {
  return enclosingFunction(node) ?? node.getSourceFile();
}
