/**
 * `break` and `continue`, labelled or not. Python has no labels: a jump that leaves loops nested
 * inside its target sets the target's flag (`jump_outer_1 = "continue"`) and breaks out of the
 * innermost loop; after each loop it crosses, a check passes it on (`if jump_outer_1 is not None:
 * break`) until the target's own body acts on it (`break`, or reset and `continue`). A labelled
 * statement that is not a loop (`block: { … break block; … }`) becomes a loop run once, and so does a
 * `switch` that a `break` leaves from inside an `if` or a block of a case (`if (done) break;`).
 */
import { Block, BreakStatement, ContinueStatement, LabeledStatement, Node, SwitchStatement, TryStatement } from "ts-morph";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import { assign, compare, constant, ifStatement, name, text } from "../python/build";

type Jump = BreakStatement | ContinueStatement;

/** Flags by target statement, for each module being compiled. */
const flagsByContext = new WeakMap<TransformContext, Map<Node, string>>();

function flags(context: TransformContext): Map<Node, string> {
  let map = flagsByContext.get(context);
  if (map === undefined) {
    map = new Map();
    flagsByContext.set(context, map);
  }
  return map;
}

function isFunctionBoundary(node: Node): boolean {
  return (
    Node.isFunctionLikeDeclaration(node) ||
    Node.isArrowFunction(node) ||
    Node.isFunctionExpression(node) ||
    Node.isClassDeclaration(node) ||
    Node.isClassExpression(node) ||
    Node.isClassStaticBlockDeclaration(node) ||
    Node.isSourceFile(node)
  );
}

/** A labelled statement that is not a loop, and that a jump leaves: it becomes a loop run once. */
export function isLabelledBlock(node: Node): boolean {
  return Node.isLabeledStatement(node) && !Node.isIterationStatement(node.getStatement()) && jumpsInside(node).some((jump) => jumpTarget(jump) === node);
}

/**
 * A `switch` left by a `break` that does not end its case (`case 1: if (done) break; …`, a `break`
 * inside a `try` or a block): the if/elif chain, which drops each case's closing `break`, has nothing
 * such a `break` could leave, so the chain runs inside a loop run once.
 */
export function isSwitchLeftFromInside(node: Node): node is SwitchStatement {
  return (
    Node.isSwitchStatement(node) &&
    jumpsInside(node).some((jump) => Node.isBreakStatement(jump) && jump.getLabel() === undefined && innermostBreakable(jump) === node && !endsItsCase(jump))
  );
}

/** A statement that Python runs as a loop so that jumps can leave it: a loop, a labelled block, a switch left from inside. */
function isPythonLoop(node: Node): boolean {
  return Node.isIterationStatement(node) || isLabelledBlock(node) || isSwitchLeftFromInside(node);
}

/** The loop or switch an unlabelled `break` leaves, or undefined at a function's edge. */
function innermostBreakable(jump: BreakStatement): Node | undefined {
  for (const ancestor of jump.getAncestors()) {
    if (isFunctionBoundary(ancestor)) {
      return undefined;
    }
    if (Node.isIterationStatement(ancestor) || Node.isSwitchStatement(ancestor)) {
      return ancestor;
    }
  }
  return undefined;
}

/**
 * The `break` is the last statement of its case, or of a block that is (`case 1: { …; break; }`):
 * the statement the switch's visitor drops. A function declaration after it does not count: it is
 * defined when the case starts (switches.ts).
 */
function endsItsCase(jump: BreakStatement): boolean {
  let node: Node = jump;
  for (;;) {
    const parent = node.getParent();
    const statements = Node.isCaseClause(parent) || Node.isDefaultClause(parent) || Node.isBlock(parent) ? parent.getStatements() : undefined;
    const last = statements?.filter((statement) => !Node.isFunctionDeclaration(statement)).pop();
    if (parent === undefined || last !== node) {
      return false;
    }
    if (!Node.isBlock(parent)) {
      return true;
    }
    node = parent;
  }
}

/** The statement a jump leaves or continues: a loop, a labelled non-loop statement, a switch left from inside, or undefined for a `break` that ends a switch case. */
export function jumpTarget(jump: Jump): Node | undefined {
  const label = jump.getLabel()?.getText();
  for (const ancestor of jump.getAncestors()) {
    if (isFunctionBoundary(ancestor)) {
      return undefined;
    }
    if (label !== undefined) {
      if (Node.isLabeledStatement(ancestor) && ancestor.getLabel().getText() === label) {
        const statement = ancestor.getStatement();
        return Node.isIterationStatement(statement) ? statement : ancestor;
      }
    } else if (Node.isIterationStatement(ancestor)) {
      return ancestor;
    } else if (Node.isSwitchStatement(ancestor) && Node.isBreakStatement(jump)) {
      return isSwitchLeftFromInside(ancestor) ? ancestor : undefined;
    }
  }
  return undefined;
}

/** The Python loops between a jump and its target. */
function crossedLoops(jump: Jump, target: Node): Node[] {
  const crossed: Node[] = [];
  for (const ancestor of jump.getAncestors()) {
    if (ancestor === target) {
      break;
    }
    if (isPythonLoop(ancestor)) {
      crossed.push(ancestor);
    }
  }
  return crossed;
}

/** A jump that leaves another Python loop before its target: it goes through the target's flag. */
function isFlagged(jump: Jump, target: Node): boolean {
  return crossedLoops(jump, target).length > 0;
}

/** Every break and continue inside a statement, not counting those of nested functions. */
function jumpsInside(node: Node): Jump[] {
  const jumps: Jump[] = [];
  node.forEachDescendant((descendant, traversal) => {
    if (isFunctionBoundary(descendant)) {
      traversal.skip();
    } else if (Node.isBreakStatement(descendant) || Node.isContinueStatement(descendant)) {
      jumps.push(descendant);
    }
  });
  return jumps;
}

/** True when a `continue` goes to the next iteration of this loop (from anywhere inside it). */
export function isContinued(loop: Node): boolean {
  return jumpsInside(loop).some((jump) => Node.isContinueStatement(jump) && jumpTarget(jump) === loop);
}

/** `break` / `continue`: plain when no other loop lies between it and its target, else through the target's flag. */
export function transformJump(jump: Jump, context: TransformContext): py.Statement[] {
  const node = jump;
  const isBreak = Node.isBreakStatement(jump);
  const target = jumpTarget(jump);
  if (target === undefined || !isFlagged(jump, target)) {
    return [{ kind: isBreak ? "Break" : "Continue", origin: node }];
  }
  const flag = flags(context).get(target);
  if (flag === undefined) {
    throw new Error(`no flag for the target of ${jump.getText()}`);
  }
  return [assign(name(flag), text(isBreak ? "break" : "continue"), node), { kind: "Break", origin: node }];
}

/**
 * Wraps the visitor of a loop, a labelled statement or a switch: the flag of the jumps that target it is set
 * to None before it, and after it come the checks for jumps from inside it to statements around it.
 */
export function withJumps<Statement extends Node>(
  visitor: (node: Statement, context: TransformContext) => py.Statement[],
): (node: Statement, context: TransformContext) => py.Statement[] {
  return (node, context) => {
    const before: py.Statement[] = [];
    const jumps = jumpsInside(node);
    const ownFlagged = jumps.some((jump) => jumpTarget(jump) === node && isFlagged(jump, node));
    if (ownFlagged) {
      const labelled = Node.isLabeledStatement(node) ? node : node.getParent();
      const label = Node.isLabeledStatement(labelled) ? labelled.getLabel().getText() : "loop";
      const flag = context.temporaryName(`jump_${label}`);
      flags(context).set(node, flag);
      before.push(assign(name(flag), constant(null), node));
    }
    const transformed = visitor(node, context);
    return [...before, ...transformed, ...checksAfter(node, jumps, context)];
  };
}

function checksAfter(loop: Node, jumps: Jump[], context: TransformContext): py.Statement[] {
  const outer = new Map<Node, Set<"break" | "continue">>();
  for (const jump of jumps) {
    const target = jumpTarget(jump);
    if (target === undefined || target === loop || !crossedLoops(jump, target).includes(loop)) {
      continue;
    }
    const kinds = outer.get(target) ?? new Set();
    kinds.add(Node.isBreakStatement(jump) ? "break" : "continue");
    outer.set(target, kinds);
  }
  const checks: py.Statement[] = [];
  const enclosing = loop.getAncestors().find((ancestor) => isPythonLoop(ancestor));
  for (const [target, kinds] of outer) {
    const flag = flags(context).get(target);
    if (flag === undefined) {
      throw new Error("a jump's target was not compiled before the loop inside it");
    }
    if (target !== enclosing) {
      checks.push(ifStatement(compare("is not", name(flag), constant(null)), [{ kind: "Break" }]));
      continue;
    }
    if (kinds.has("break")) {
      checks.push(ifStatement(compare("==", name(flag), text("break")), [{ kind: "Break" }]));
    }
    if (kinds.has("continue")) {
      checks.push(ifStatement(compare("==", name(flag), text("continue")), [assign(name(flag), constant(null)), { kind: "Continue" }]));
    }
  }
  return checks;
}

/**
 * The flags of the jumps that may be under way when a block of a `try` statement starts: a flagged
 * jump inside `blocks` (the try block, and for the finally block the catch block too) to a target
 * around the statement. JavaScript drops a jump under way when a catch block starts (a throw
 * replaced it) and when a finally block ends otherwise than by reaching its end (its own `break`,
 * `continue`, `throw` or `return`); the flag must be dropped with it, or the checks after the loops
 * it crossed still make the jump (review S61B: `try { continue outer; } finally { break; }`).
 */
export function flagsUnderWay(statement: TryStatement, blocks: Block[], context: TransformContext): string[] {
  const found = new Set<string>();
  const around = new Set(statement.getAncestors());
  for (const jump of blocks.flatMap(jumpsInside)) {
    const target = jumpTarget(jump);
    if (target === undefined || !around.has(target) || !isFlagged(jump, target)) {
      continue;
    }
    const flag = flags(context).get(target);
    if (flag !== undefined) {
      found.add(flag);
    }
  }
  return [...found];
}

/** `label: loop` is the loop (its jumps find it by label); `label: { … }` left by `break label` is a loop run once. */
export function transformLabeled(node: LabeledStatement, context: TransformContext): py.Statement[] {
  const statement = node.getStatement();
  if (Node.isIterationStatement(statement) || !isLabelledBlock(node)) {
    return context.transformStatement(statement);
  }
  const body = context.transformStatement(statement);
  return [{ kind: "While", test: constant(true), body: [...body, { kind: "Break" }], origin: node }];
}
