/**
 * `switch` without fall-through becomes an if/elif chain comparing with `===` semantics; the
 * discriminant is evaluated once (into a temporary where reading it again could see another value). Cases stacked with no statements between them share a branch.
 * A `break` that does not end its case (inside an `if`, a `try`, a block) leaves a loop run once around the chain (jumps.ts).
 */
import { CaseClause, DefaultClause, Node, SwitchStatement, TypeFlags } from "ts-morph";
import type { TransformContext } from "../context";
import { switchFallThrough, unsupportedSyntax } from "../diagnostics";
import type * as py from "../python/ast";
import { assign, booleanOperation, constant, expressionStatement, name } from "../python/build";
import { isSwitchLeftFromInside } from "./jumps";
import { strictEqualityOf } from "./operators";
import { transformBody } from "../utils/body";
import { isSideEffectFree, rereadRunsCode, runsNoCode } from "../utils/temporaries";
import { insideParentheses } from "../utils/parentheses";
import { withFunctionsDefinedFirst } from "../utils/hoisted-functions";

/**
 * The statements cannot complete normally, so a case ending with them cannot fall through. Decided
 * from the control flow, conservatively: a last `break`, `return`, `throw` or `continue`, a block
 * ending in one, an `if` whose both branches end the flow, a nested `switch` that does (switchEndsFlow),
 * a `try` whose block and `catch` do or whose `finally` does, a call of a function that returns
 * `never`. Anything else may fall through.
 */
function endsFlow(statements: Node[]): boolean {
  const last = statements[statements.length - 1];
  if (last === undefined) {
    return false;
  }
  if (Node.isBlock(last)) {
    return endsFlow(last.getStatements());
  }
  if (Node.isIfStatement(last)) {
    const otherwise = last.getElseStatement();
    return otherwise !== undefined && endsFlow([last.getThenStatement()]) && endsFlow([otherwise]);
  }
  if (Node.isSwitchStatement(last)) {
    return switchEndsFlow(last);
  }
  if (Node.isTryStatement(last)) {
    const finallyBlock = last.getFinallyBlock();
    if (finallyBlock !== undefined && endsFlow([finallyBlock])) {
      return true;
    }
    const catchClause = last.getCatchClause();
    return endsFlow([last.getTryBlock()]) && (catchClause === undefined || endsFlow([catchClause.getBlock()]));
  }
  return Node.isBreakStatement(last) || Node.isReturnStatement(last) || Node.isThrowStatement(last) || Node.isContinueStatement(last) || isNeverCall(last);
}

/** `fail("unknown kind");` of a function typed to return `never`: TypeScript's own reachability stops there too. */
function isNeverCall(statement: Node): boolean {
  if (!Node.isExpressionStatement(statement)) {
    return false;
  }
  const expression = insideParentheses(statement.getExpression());
  return Node.isCallExpression(expression) && (expression.getType().getFlags() & TypeFlags.Never) !== 0;
}

/**
 * A nested `switch` ends the flow when some clause always runs (a `default`), each clause either
 * shares the next one's statements or ends the flow, the last one included, and no `break` leaves it
 * (its own `break` continues after it: the outer case would fall through). A labelled `break` anywhere
 * inside counts as leaving it, conservatively.
 */
function switchEndsFlow(statement: SwitchStatement): boolean {
  const clauses = statement.getClauses();
  const last = clauses[clauses.length - 1];
  if (last === undefined || !clauses.some((clause) => Node.isDefaultClause(clause)) || !endsFlow(last.getStatements())) {
    return false;
  }
  if (!clauses.every((clause) => clause.getStatements().length === 0 || endsFlow(clause.getStatements()))) {
    return false;
  }
  let leaves = false;
  statement.getCaseBlock().forEachDescendant((descendant, traversal) => {
    if (Node.isFunctionLikeDeclaration(descendant) || Node.isArrowFunction(descendant) || Node.isFunctionExpression(descendant)) {
      traversal.skip();
    } else if (Node.isBreakStatement(descendant)) {
      const label = descendant.getLabel();
      const inner = descendant.getAncestors().find((ancestor) => Node.isIterationStatement(ancestor) || Node.isSwitchStatement(ancestor));
      leaves ||= label !== undefined || inner === statement;
    }
  });
  return !leaves;
}

/**
 * A case's statements with a last `{ … }` opened up (`case 1: { const x = …; break; }`, the usual way
 * to give a case its own `const`): a block is only its statements in Python, and its closing `break`
 * is then the case's own. Names declared in the block keep their own Python names (blockScopeSuffix).
 */
function flattenTrailingBlocks(statements: Node[]): Node[] {
  const last = statements[statements.length - 1];
  return last !== undefined && Node.isBlock(last) ? [...statements.slice(0, -1), ...flattenTrailingBlocks(last.getStatements())] : statements;
}

export function transformSwitch(statement: SwitchStatement, context: TransformContext): py.Statement[] {
  const discriminantNode = statement.getExpression();
  const result: py.Statement[] = [];
  let discriminant = context.transformExpression(discriminantNode);
  // Each case compares with the discriminant read again; a case expression that runs code (a call,
  // an assignment, an increment, a getter) may change it before a later case reads it, where
  // JavaScript compares every case with the one value read first.
  const caseRunsCode = statement.getClauses().some((clause) => Node.isCaseClause(clause) && rereadRunsCode(clause.getExpression(), "value"));
  if (!isSideEffectFree(discriminant) || rereadRunsCode(discriminantNode, "value") || caseRunsCode) {
    const temporary = context.temporaryName("switch_value");
    result.push(assign(name(temporary), discriminant, discriminantNode));
    discriminant = name(temporary);
  }
  const clauses = statement.getClauses();
  // The cases share one block, which JavaScript enters with its function declarations defined: a
  // case may call a helper another case declares (after its `return`, too). They are defined first.
  const caseFunctions: Node[] = clauses.flatMap((clause) => clause.getStatements().filter((inner) => Node.isFunctionDeclaration(inner)));
  result.push(...context.transformStatements(caseFunctions));
  const branches: { tests: py.Expression[]; body: py.Statement[] }[] = [];
  let pendingTests: py.Expression[] = [];
  let defaultBody: py.Statement[] | undefined;
  // The last branch's clauses: where it holds `default`, its `case` labels pick the branch default
  // would pick anyway (no case comes after them), so they can be left out when they run no code.
  const lastBranchStart = clauses.findLastIndex((clause, index) => index < clauses.length - 1 && clause.getStatements().length > 0) + 1;
  const defaultSharesLastBranch = clauses.slice(lastBranchStart).some((clause) => Node.isDefaultClause(clause));
  const lastBranchTests: { test: py.Expression; node: Node }[] = [];
  clauses.forEach((clause: CaseClause | DefaultClause, index) => {
    // A helper declared after the case's `return` (`case 2: return two(); function two() { … }`) is
    // defined before it, as JavaScript defines it when the case starts, and ends nothing.
    const statements = withFunctionsDefinedFirst(flattenTrailingBlocks(clause.getStatements()).filter((inner) => !caseFunctions.includes(inner)));
    const isLast = index === clauses.length - 1;
    if (statements.length > 0 && !endsFlow(statements) && !isLast) {
      context.report(switchFallThrough(clause));
    }
    const last = statements[statements.length - 1];
    const endsWithOwnBreak = last !== undefined && Node.isBreakStatement(last) && last.getLabel() === undefined;
    const kept = endsWithOwnBreak ? statements.slice(0, -1) : statements;
    if (defaultSharesLastBranch && index >= lastBranchStart) {
      // `case "b": default: return 2;` last: one branch, the chain's else.
      if (Node.isCaseClause(clause)) {
        lastBranchTests.push({ test: strictEqualityOf(discriminantNode, discriminant, clause.getExpression(), context, clause), node: clause.getExpression() });
      }
      if (isLast) {
        // A label that runs code (`case next():`) is still evaluated, in order, until one matches: `x == a() or x == b()`.
        const evaluated = lastBranchTests.some(({ test, node }) => !runsNoCode(test, node))
          ? [expressionStatement(lastBranchTests.map(({ test }) => test).reduce((combined, next) => booleanOperation("or", combined, next)))]
          : [];
        defaultBody = [...evaluated, ...transformClauseBody(kept, context)];
      }
      return;
    }
    if (Node.isDefaultClause(clause)) {
      if (pendingTests.length > 0 || (statements.length === 0 && !isLast)) {
        context.report(unsupportedSyntax(clause, "`default` sharing its branch with `case` labels (give default its own statements, last)"));
      }
      if (!isLast) {
        context.report(unsupportedSyntax(clause, "`default` before other cases (move it last)"));
      }
      defaultBody = transformClauseBody(kept, context);
      return;
    }
    pendingTests.push(strictEqualityOf(discriminantNode, discriminant, clause.getExpression(), context, clause));
    if (statements.length > 0) {
      branches.push({ tests: pendingTests, body: transformClauseBody(kept, context) });
      pendingTests = [];
    }
  });
  if (pendingTests.length > 0) {
    branches.push({ tests: pendingTests, body: [{ kind: "Pass" }] });
  }
  let chain: py.Statement[] = defaultBody ?? [];
  for (let index = branches.length - 1; index >= 0; index--) {
    const branch = branches[index];
    if (branch === undefined) {
      continue;
    }
    const test = branch.tests.reduce((combined, next) => booleanOperation("or", combined, next));
    chain = [{ kind: "If", test, body: branch.body, orElse: chain, origin: index === 0 ? statement : undefined }];
  }
  if (branches.length === 0 && defaultBody === undefined) {
    return result;
  }
  const body: py.Statement[] = chain.length === 0 ? [{ kind: "Pass" }] : chain;
  if (isSwitchLeftFromInside(statement)) {
    // `case 1: if (done) break; …`: the chain runs in a loop run once, which that `break` leaves.
    return [...result, { kind: "While", test: constant(true), body: [...body, { kind: "Break" }], origin: statement }];
  }
  return [...result, ...body];
}

function transformClauseBody(statements: Node[], context: TransformContext): py.Statement[] {
  const body = statements.flatMap((statement) => transformBody(statement, context));
  return body.length === 0 ? [{ kind: "Pass" }] : body;
}
