/**
 * Optional chains longer than one link (`a?.b.c`, `user?.tags.map(f)`, `u?.profile!.nick`): in
 * JavaScript a `?.` that finds null or undefined skips the whole rest of its chain, not only its
 * own link. The chain's outermost node is compiled with a frame open; each inner `?.` link puts its
 * tested value in the frame and gives its plain read, and the outermost node wraps the whole chain:
 * `None if (value_1 := a) is None else value_1.b.c`.
 */
import { Node, ts } from "ts-morph";
import type { TransformContext } from "../context";
import { unsupportedSyntax } from "../diagnostics";
import type * as py from "../python/ast";
import { booleanOperation, compare, conditional, constant } from "../python/build";

interface ChainFrame {
  outermost: Node;
  /** The tested values of the chain's inner `?.` links, outermost-first evaluation order. */
  tested: py.Expression[];
}

const frames: ChainFrame[] = [];

function isChainLink(node: Node): boolean {
  return (
    (Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node) || Node.isCallExpression(node) || Node.isNonNullExpression(node)) &&
    (node.compilerNode.flags & ts.NodeFlags.OptionalChain) !== 0
  );
}

/** The node that ends the optional chain this node is a link of (the node itself when it ends it). */
function outermostOfChain(node: Node): Node {
  let current = node;
  for (;;) {
    const parent = current.getParent();
    if (
      parent === undefined ||
      !isChainLink(parent) ||
      !(
        Node.isPropertyAccessExpression(parent) ||
        Node.isElementAccessExpression(parent) ||
        Node.isCallExpression(parent) ||
        Node.isNonNullExpression(parent)
      ) ||
      parent.getExpression() !== current
    ) {
      return current;
    }
    current = parent;
  }
}

/** Compiles a chain link; when it ends a chain with inner `?.` links, wraps it in their tests. */
export function withOptionalChain<N extends Node>(
  visitor: (node: N, context: TransformContext) => py.Expression,
): (node: N, context: TransformContext) => py.Expression {
  return (node, context) => {
    if (!isChainLink(node) || outermostOfChain(node) !== node) {
      return visitor(node, context);
    }
    const frame: ChainFrame = { outermost: node, tested: [] };
    frames.push(frame);
    let result: py.Expression;
    try {
      result = visitor(node, context);
    } finally {
      frames.pop();
    }
    for (let index = frame.tested.length - 1; index >= 0; index--) {
      result = conditional(compare("is", frame.tested[index]!, constant(null)), constant(null), result, node);
    }
    return result;
  };
}

/**
 * A `?.` link's result: `None if tested is None else read` when the link ends its chain; inside a
 * longer chain, the read alone, its test left to the chain's end.
 */
export function optionalLink(tested: py.Expression, read: py.Expression, link: Node, context: TransformContext): py.Expression {
  const outermost = outermostOfChain(link);
  if (outermost === link) {
    return conditional(compare("is", tested, constant(null)), constant(null), read, link);
  }
  const frame = frames[frames.length - 1];
  if (frame === undefined || frame.outermost !== outermost) {
    // Compiled apart from its chain's end: refused rather than given a test that skips too little.
    context.report(unsupportedSyntax(link, "an optional chain longer than one link (`a?.b.c`) in this position (read `a?.b` into a variable first)"));
    return conditional(compare("is", tested, constant(null)), constant(null), read, link);
  }
  frame.tested.push(tested);
  return read;
}

/** Whether this node is a link of an optional chain (`a?.b.push(x)`, `a?.push(x)`). */
export function isOptionalChainLink(node: Node): boolean {
  return isChainLink(node);
}

/**
 * `token?.kind === "op"` compared with a literal (text, number, boolean): `token is not None and
 * token["kind"] == "op"` (`!==`: `token is None or token["kind"] != "op"`). It gives the same bool as
 * `(None if token is None else token["kind"]) == "op"`, as no literal is None, and it lets type
 * checkers narrow `token` for what follows (`&& token.op === "*"`), which the conditional form left
 * Optional (pyright rejected an everyday parser's `token?.kind === "op" && token.op === "*"`). Tested
 * against None (`if (!match?.groups) continue;`, `a?.b === undefined`) a skipped chain always is None:
 * `match is None or match.groups is None`.
 */
export function narrowingChainComparison(comparison: py.Expression): py.Expression {
  if (comparison.kind !== "Compare" || !["==", "!=", "is", "is not"].includes(comparison.operator)) {
    return comparison;
  }
  const chainOnLeft = comparison.left.kind === "Conditional";
  const chain = chainOnLeft ? comparison.left : comparison.right;
  const literal = chainOnLeft ? comparison.right : comparison.left;
  const identity = comparison.operator === "is" || comparison.operator === "is not";
  if (chain.kind !== "Conditional" || literal.kind !== "Constant" || (literal.value === null && !identity) || !isNoneTest(chain.test) || !isNone(chain.body)) {
    return comparison;
  }
  const tested = chain.test.left;
  const rest = narrowingChainComparison(chainOnLeft ? { ...comparison, left: chain.orElse } : { ...comparison, right: chain.orElse });
  // Against a literal, a skipped chain (None) is never equal; against None (`!match?.groups`, `a?.b ===
  // undefined`) it always is: `match is None or match.groups is None`.
  const positive = (comparison.operator === "==" || comparison.operator === "is") !== (literal.value === null);
  return positive
    ? booleanOperation("and", compare("is not", tested, constant(null)), rest, comparison.origin)
    : booleanOperation("or", compare("is", tested, constant(null)), rest, comparison.origin);
}

function isNone(expression: py.Expression): boolean {
  return expression.kind === "Constant" && expression.value === null;
}

function isNoneTest(expression: py.Expression): expression is py.CompareExpression {
  return expression.kind === "Compare" && expression.operator === "is" && isNone(expression.right);
}
