/**
 * Which fields of the instance a piece of construction code sets whatever happens: a field set for
 * sure by a statement is defined for the statements after it.
 */
import { Node, PropertyAccessExpression, SwitchStatement, SyntaxKind } from "ts-morph";
import { declarationsOf } from "./named-declarations";
import { namesakesInSubclasses } from "./overriding-members";
import { isReplacedMember } from "./replaced-members";
import { unwrapTypeOnly } from "./type-wrappers";
import { isAssignedByPattern } from "./assignment-patterns";
import { fieldKey } from "./construction-touch";

/**
 * The fields a statement or an expression of construction code sets whatever happens (review S56E,
 * S56F): `this.x = …` not under a short-circuit, `?:`, an optional chain or a function written
 * there; both branches of an `if`; the `try` and the `catch` (or the `finally`); every case of a
 * `switch` with a `default`; a `do` body; a block's statements up to one that may leave it (a
 * `break`, a `continue`, or, in a method, a `return`); and what a method of the instance called
 * there sets whatever happens (not a generator's, nor one a subclass overrides). A `throw` ends
 * the construction, so what follows it in a block counts. Anything else (a loop, a label, a
 * callback, `Object.assign`, a destructuring, a local holding `this`) sets nothing for sure.
 */
export function sureWrites(code: Node, context: "constructor" | "method", depth = 0): Set<string> {
  const written = new Set<string>();
  // What every branch sets; a branch that always throws lets no code after it run, and sets all (review S57A, w26, w27).
  const all = (branches: Node[]): Set<string> => {
    const [first, ...rest] = branches.filter((branch) => !alwaysThrows(branch)).map((branch) => sureWrites(branch, context, depth));
    return new Set([...(first ?? [])].filter((name) => rest.every((each) => each.has(name))));
  };
  const leaves = (statement: Node): boolean =>
    [statement, ...statement.getDescendants()].some(
      (node) =>
        ((Node.isBreakStatement(node) || Node.isContinueStatement(node)) && !insideLoopOrSwitch(node, statement)) ||
        (context === "method" &&
          Node.isReturnStatement(node) &&
          node.getFirstAncestor((ancestor) => Node.isFunctionLikeDeclaration(ancestor)) ===
            statement.getFirstAncestor((ancestor) => Node.isFunctionLikeDeclaration(ancestor))),
    );
  if (Node.isBlock(code) || Node.isCaseClause(code) || Node.isDefaultClause(code)) {
    for (const statement of code.getStatements()) {
      // A statement that may leave the block may do so before its own writes.
      if (leaves(statement)) {
        break;
      }
      sureWrites(statement, context, depth).forEach((name) => written.add(name));
    }
    return written;
  }
  if (Node.isIfStatement(code)) {
    const otherwise = code.getElseStatement();
    const branches = otherwise === undefined ? new Set<string>() : all([code.getThenStatement(), otherwise]);
    return new Set([...sureWrites(code.getExpression(), context, depth), ...branches]);
  }
  if (Node.isTryStatement(code)) {
    const finished = code.getFinallyBlock();
    // A `finally` that may end abruptly (`return`, `break`, `continue`, `throw`) may swallow what the `try` threw (review S56G).
    if (
      finished !== undefined &&
      [finished, ...finished.getDescendants()].some(
        (node) => Node.isReturnStatement(node) || Node.isBreakStatement(node) || Node.isContinueStatement(node) || Node.isThrowStatement(node),
      )
    ) {
      return sureWrites(finished, context, depth);
    }
    const caught = code.getCatchClause();
    const either = caught === undefined ? sureWrites(code.getTryBlock(), context, depth) : all([code.getTryBlock(), caught.getBlock()]);
    return new Set([...either, ...(finished === undefined ? [] : sureWrites(finished, context, depth))]);
  }
  if (Node.isSwitchStatement(code)) {
    const clauses = code.getClauses();
    const cases = clauses.some(Node.isDefaultClause) || coversEveryValue(code) ? all(clauses) : new Set<string>();
    return new Set([...sureWrites(code.getExpression(), context, depth), ...cases]);
  }
  if (Node.isDoStatement(code)) {
    return leaves(code.getStatement()) ? new Set() : sureWrites(code.getStatement(), context, depth);
  }
  if (
    Node.isForStatement(code) ||
    Node.isForOfStatement(code) ||
    Node.isForInStatement(code) ||
    Node.isWhileStatement(code) ||
    Node.isLabeledStatement(code) ||
    Node.isFunctionLikeDeclaration(code) ||
    Node.isClassDeclaration(code)
  ) {
    return written;
  }
  // An expression, an expression statement, a declaration, a `return` or `throw`: its writes and calls that run for sure.
  for (const node of [code, ...code.getDescendants()]) {
    if (!runsForSure(node, code)) {
      continue;
    }
    if (Node.isBinaryExpression(node) && node.getOperatorToken().getKind() === SyntaxKind.EqualsToken) {
      const target = unwrapTypeOnly(node.getLeft());
      if (Node.isPropertyAccessExpression(target) && Node.isThisExpression(unwrapTypeOnly(target.getExpression()))) {
        written.add(fieldKey(target.getName(), target));
      }
    } else if (Node.isCallExpression(node) && depth < 4) {
      const callee = unwrapTypeOnly(node.getExpression());
      const receiver = Node.isPropertyAccessExpression(callee) ? unwrapTypeOnly(callee.getExpression()) : undefined;
      if (receiver === undefined || (!Node.isThisExpression(receiver) && !Node.isSuperExpression(receiver))) {
        continue;
      }
      const declarations = declarationsOf((callee as PropertyAccessExpression).getNameNode().getSymbol());
      const method = declarations.length === 1 ? declarations[0] : undefined;
      const body = Node.isMethodDeclaration(method) && method.getAsteriskToken() === undefined && method.getBody() !== undefined ? method.getBody() : undefined;
      // Not one a subclass overrides, nor one the program replaces on an instance (`this.setX = () => {}`; review S56G).
      if (body !== undefined && (Node.isSuperExpression(receiver) || namesakesInSubclasses(method!).length === 0) && !isReplacedMember(method!)) {
        sureWrites(body, "method", depth + 1).forEach((name) => written.add(name));
      }
    }
  }
  return written;
}

/**
 * Whether a `switch`'s cases name every value its expression's type admits, a union of literals
 * (`"a" | "b"`, an enum's members, a boolean): one of them runs, as TypeScript's own analysis of
 * definite assignment takes it (a value breaking its type is outside the subset).
 */
function coversEveryValue(code: SwitchStatement): boolean {
  const type = code.getExpression().getType();
  const values = type.isUnion() ? type.getUnionTypes() : [type];
  const named = new Set(code.getClauses().flatMap((clause) => (Node.isCaseClause(clause) ? [clause.getExpression().getType().getText()] : [])));
  return values.every(
    (value) => (value.isLiteral() || value.isBooleanLiteral() || value.isEnumLiteral() || value.isUndefined() || value.isNull()) && named.has(value.getText()),
  );
}

/**
 * Whether a statement, a block or a clause always ends in a `throw` of its own: a `throw` among its
 * statements before any that may leave it otherwise, or an `if` both of whose branches do.
 */
function alwaysThrows(code: Node): boolean {
  if (Node.isThrowStatement(code)) {
    return true;
  }
  if (Node.isIfStatement(code)) {
    const otherwise = code.getElseStatement();
    return otherwise !== undefined && alwaysThrows(code.getThenStatement()) && alwaysThrows(otherwise);
  }
  if (Node.isBlock(code) || Node.isCaseClause(code) || Node.isDefaultClause(code)) {
    for (const statement of code.getStatements()) {
      if (alwaysThrows(statement)) {
        return true;
      }
      const mayLeave = [statement, ...statement.getDescendants()].some(
        (node) => Node.isBreakStatement(node) || Node.isContinueStatement(node) || Node.isReturnStatement(node),
      );
      if (mayLeave) {
        return false;
      }
    }
  }
  return false;
}

/** A `break` or `continue` that stays inside a loop or `switch` of the statement (it does not leave it). */
function insideLoopOrSwitch(jump: Node, statement: Node): boolean {
  if (Node.isBreakStatement(jump) || Node.isContinueStatement(jump)) {
    if (jump.getLabel() !== undefined) {
      return false;
    }
  }
  // Up to the statement itself (a loop holding the jump keeps it); a jump that is the statement leaves (review S57A, R3).
  for (let current: Node | undefined = jump; current !== undefined && current !== statement;) {
    current = current.getParent();
    if (
      Node.isForStatement(current) ||
      Node.isForOfStatement(current) ||
      Node.isForInStatement(current) ||
      Node.isWhileStatement(current) ||
      Node.isDoStatement(current) ||
      (Node.isSwitchStatement(current) && Node.isBreakStatement(jump))
    ) {
      return true;
    }
  }
  return false;
}

/** Whether a node runs whenever the code holding it runs: nothing between them that may skip it. */
function runsForSure(node: Node, code: Node): boolean {
  for (let current: Node = node, parent = node.getParent(); parent !== undefined && current !== code; current = parent, parent = parent.getParent()) {
    // Inside a function written there (an object literal's method or accessor too), `this` is another object, and it runs when called (review S56G).
    if (Node.isFunctionLikeDeclaration(parent) || Node.isClassExpression(parent) || Node.isClassDeclaration(parent)) {
      return false;
    }
    // A destructuring's default runs only where the value is undefined (review S57A, R1).
    if (
      (Node.isBindingElement(parent) && parent.getInitializer() === current) ||
      (Node.isShorthandPropertyAssignment(parent) && parent.getObjectAssignmentInitializer() === current) ||
      (Node.isBinaryExpression(parent) &&
        parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken &&
        parent.getRight() === current &&
        isAssignedByPattern(parent))
    ) {
      return false;
    }
    if (
      mayBeSkipped(parent) &&
      !(Node.isBinaryExpression(parent) && parent.getLeft() === current) &&
      !(Node.isConditionalExpression(parent) && parent.getCondition() === current)
    ) {
      return false;
    }
    // A link after an optional one in the same chain (`o?.items.push(…)`) may not run.
    if ((Node.isPropertyAccessExpression(parent) || Node.isElementAccessExpression(parent) || Node.isCallExpression(parent)) && inOptionalChain(parent)) {
      return false;
    }
  }
  return true;
}

/** Whether an access or call is part of an optional chain (`a?.b.c(…)`: every link after the `?.`). */
function inOptionalChain(node: Node): boolean {
  for (let current: Node | undefined = node; current !== undefined;) {
    if (
      (Node.isPropertyAccessExpression(current) || Node.isElementAccessExpression(current) || Node.isCallExpression(current)) &&
      current.hasQuestionDotToken()
    ) {
      return true;
    }
    current =
      Node.isPropertyAccessExpression(current) || Node.isElementAccessExpression(current) || Node.isCallExpression(current)
        ? current.getExpression()
        : undefined;
  }
  return false;
}

/** A construct whose parts may not run: a branch, a short-circuit, a `try`, a `switch`, a loop. */
function mayBeSkipped(node: Node): boolean {
  if (Node.isBinaryExpression(node)) {
    const kind = node.getOperatorToken().getKind();
    return (
      kind === SyntaxKind.AmpersandAmpersandToken ||
      kind === SyntaxKind.BarBarToken ||
      kind === SyntaxKind.QuestionQuestionToken ||
      kind === SyntaxKind.AmpersandAmpersandEqualsToken ||
      kind === SyntaxKind.BarBarEqualsToken ||
      kind === SyntaxKind.QuestionQuestionEqualsToken
    );
  }
  return (
    Node.isIfStatement(node) ||
    Node.isConditionalExpression(node) ||
    Node.isTryStatement(node) ||
    Node.isCatchClause(node) ||
    Node.isSwitchStatement(node) ||
    Node.isForStatement(node) ||
    Node.isForOfStatement(node) ||
    Node.isForInStatement(node) ||
    Node.isWhileStatement(node) ||
    Node.isDoStatement(node) ||
    Node.isArrowFunction(node) ||
    Node.isFunctionExpression(node) ||
    ((Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node) || Node.isCallExpression(node)) && node.hasQuestionDotToken())
  );
}
