/**
 * Order questions for a closure made in a loop, whose per-iteration captures Python binds as keyword
 * defaults when the closure is made (perIterationCaptures): is the captured variable assigned yet,
 * and can a change to it still run after the closure was made in the same iteration?
 */
import { Node } from "ts-morph";

function isFunctionLike(node: Node): boolean {
  return Node.isFunctionLikeDeclaration(node) || Node.isArrowFunction(node) || Node.isFunctionExpression(node);
}

/**
 * The declaration has not run yet when the closure is made: it comes after the closure in the
 * iteration (JavaScript's closure reads it later, once assigned), or the closure is inside its own
 * initializer (a recursive arrow, an object literal naming itself). The default would read the
 * variable before the iteration assigns it: the previous iteration's value, or UnboundLocalError.
 */
export function assignedAfterClosure(declaration: Node, closure: Node): boolean {
  // A destructured name is assigned when its whole declaration is.
  const whole = Node.isBindingElement(declaration)
    ? (declaration.getFirstAncestor((ancestor) => Node.isVariableDeclaration(ancestor)) ?? declaration)
    : declaration;
  return whole.getEnd() > closure.getStart();
}

/**
 * An assignment to a per-iteration variable of `loop` that can run after `closure` is made in the same
 * iteration: textually after it, inside a function (it may be called later), or inside a loop nested
 * in `loop` that also holds the closure (the next round runs it again). An assignment whose
 * statement ends before the closure starts, outside such loops, runs before it: the default is exact.
 */
export function mayChangeAfterClosure(use: Node, closure: Node, loop: Node): boolean {
  const between = use.getAncestors().filter((ancestor) => ancestor.getAncestors().includes(loop));
  if (between.some(isFunctionLike)) {
    return true;
  }
  if (between.some((ancestor) => Node.isIterationStatement(ancestor) && closure.getAncestors().includes(ancestor))) {
    return true;
  }
  // The whole statement, so that `x = (make(() => x), 1)` counts as after: its write happens last.
  const statement = between.find((ancestor) => Node.isStatement(ancestor)) ?? use;
  return statement.getEnd() > closure.getStart();
}
