/**
 * JavaScript defines a block's function declarations when the block starts, so a helper written
 * after the `return` that ends the function (`return () => helper(2); function helper(n) { … }`) is
 * there when called. Python runs `def` where it stands: after a `return` it never runs, and the
 * call raised NameError. Such declarations move to the start of their block, where JavaScript defines
 * them (a call before the `return` finds them too). Moving a `def` earlier is safe: its body reads
 * the names it closes over when called, and its annotations are not evaluated (`from __future__
 * import annotations`). (A function declared in reachable code and called before its declaration
 * in straight-line code is a documented difference.)
 */
import { Node } from "ts-morph";

export function withUnreachableFunctionsFirst(statements: Node[]): Node[] {
  const end = statements.findIndex(
    (statement) =>
      Node.isReturnStatement(statement) || Node.isThrowStatement(statement) || Node.isBreakStatement(statement) || Node.isContinueStatement(statement),
  );
  if (end < 0) {
    return statements;
  }
  const unreachable: Node[] = statements.slice(end + 1).filter((statement) => Node.isFunctionDeclaration(statement));
  if (unreachable.length === 0) {
    return statements;
  }
  return [...unreachable, ...statements.filter((statement) => !unreachable.includes(statement))];
}
