/**
 * JavaScript defines a block's function declarations when the block starts; Python runs `def` where
 * it stands. A helper written after the `return` that ends the function (`return () => helper(2);
 * function helper(n) { … }`) never ran, and one called before its declaration (`if (on) { const r
 * = x(); function x() { … } }`, a `case` calling a helper another `case` declares) raised NameError.
 * Such declarations move to the start of their block (a switch's cases share one), where JavaScript
 * defines them; at a module's or a function's own top level only those after the jump and those
 * code before them may run (see `isRunBefore`). Moving a `def` earlier is safe: its body reads the names it closes over when called,
 * and its annotations are not evaluated (`from __future__ import annotations`). A declaration used
 * only after it stays where it is written.
 */
import { FunctionDeclaration, Node, SyntaxKind } from "ts-morph";

function isJump(statement: Node): boolean {
  return Node.isReturnStatement(statement) || Node.isThrowStatement(statement) || Node.isBreakStatement(statement) || Node.isContinueStatement(statement);
}

/** Some statement before the declaration names it (a call, or a closure that may be called before it is reached). */
function isUsedBefore(declaration: FunctionDeclaration, before: Node[]): boolean {
  const name = declaration.getName();
  return (
    name !== undefined &&
    before.some((statement) =>
      statement
        .getDescendantsOfKind(SyntaxKind.Identifier)
        .some((identifier) => identifier.getText() === name && (identifier.getSymbol()?.getDeclarations() ?? []).includes(declaration)),
    )
  );
}

/**
 * Whether code that runs before the declaration is reached may call it: a statement before it other
 * than a function declaration names it, or names a function or a class declaration of the block
 * that names it, and so on (`const total = sum(); … function sum() { return add(1); } function add(n) { … }`). At
 * a module's or a function's own top level, where a helper called only by the functions declared
 * above it stays where it is written, this is what moves it (review S57D: the NameError it raised
 * before its `def` could be caught by the program's own `try`).
 */
function isRunBefore(declaration: FunctionDeclaration, before: Node[], block: Node[]): boolean {
  // The block's functions and classes: code that names a class may run its methods (`new Shape().area()`).
  const callable = block.filter((statement) => Node.isFunctionDeclaration(statement) || Node.isClassDeclaration(statement));
  const named = (code: Node): Node[] =>
    callable.filter((candidate) => {
      const name = (Node.isFunctionDeclaration(candidate) || Node.isClassDeclaration(candidate)) && candidate.getName();
      return (
        typeof name === "string" &&
        code
          .getDescendantsOfKind(SyntaxKind.Identifier)
          .some((identifier) => identifier.getText() === name && (identifier.getSymbol()?.getDeclarations() ?? []).includes(candidate))
      );
    });
  // A class runs its `extends`, static initializers and static blocks where it is declared; its methods and instance fields later.
  const runningNow = (statement: Node): Node[] =>
    Node.isClassDeclaration(statement)
      ? [
          ...statement.getHeritageClauses(),
          ...statement.getStaticProperties().flatMap((property) => (Node.isPropertyDeclaration(property) ? (property.getInitializer() ?? []) : [])),
          ...statement.getStaticBlocks(),
          ...statement.getMembers().flatMap((member) => member.getChildrenOfKind(SyntaxKind.ComputedPropertyName)),
        ]
      : [statement];
  const reached = new Set<Node>(
    before
      .filter((statement) => !Node.isFunctionDeclaration(statement))
      .flatMap(runningNow)
      .flatMap(named),
  );
  for (const pending = [...reached]; pending.length > 0;) {
    for (const next of named(pending.pop()!)) {
      if (!reached.has(next)) {
        reached.add(next);
        pending.push(next);
      }
    }
  }
  return reached.has(declaration);
}

/**
 * The block's statements with the function declarations that must be defined first moved to its
 * start. `usedBefore`: also those named before their declaration, in a nested block (an `if`'s, a
 * loop's, a `try`'s, a static block); a module's and a function's own top level keep theirs where
 * they are written (a documented difference), where helpers called by functions declared above
 * them, the usual order, must not move.
 */
export function withFunctionsDefinedFirst(statements: Node[], usedBefore = true): Node[] {
  const end = statements.findIndex(isJump);
  const moved = statements.filter(
    (statement, index) =>
      Node.isFunctionDeclaration(statement) &&
      ((end >= 0 && index > end) ||
        (usedBefore ? isUsedBefore(statement, statements.slice(0, index)) : isRunBefore(statement, statements.slice(0, index), statements))),
  );
  if (moved.length === 0) {
    return statements;
  }
  return [...moved, ...statements.filter((statement) => !moved.includes(statement))];
}
