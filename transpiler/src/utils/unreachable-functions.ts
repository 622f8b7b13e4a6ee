/**
 * JavaScript defines a block's function declarations when the block starts, so a helper written
 * after the `return` that ends the function (`return () => helper(2); function helper(n) { … }`) is
 * there when called. Python runs `def` where it stands: after a `return` it never runs, and the
 * call raised NameError. Such declarations move up to just before the statement that ends the block.
 * (A function called before its declaration in straight-line code is a documented difference.)
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
  return [...statements.slice(0, end), ...unreachable, ...statements.slice(end).filter((statement) => !unreachable.includes(statement))];
}
