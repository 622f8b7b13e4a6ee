/**
 * Joining strings as JavaScript joins them. A JavaScript string is UTF-16 code units, so a high
 * surrogate followed by a low one is one astral character however the two came together
 * (`"\ud83d" + "\ude00" === "😀"`); a Python str holds code points, where the two halves side by
 * side would stay two characters. The runtime keeps every string in the form Python gives the
 * whole character (`js_string_add` merges the halves where two strings meet). Calling it at every
 * `+` would cost a function call per join (and Python's in-place `+=`), so the compiler uses plain
 * `+` wherever it can see that the seam cannot hold a high surrogate on the left and a low one on
 * the right: a literal without a surrogate at that end, a number's text, a template's literal text.
 */
import { Node, SyntaxKind, VariableDeclarationKind } from "ts-morph";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import { binary, call, text } from "../python/build";
import { shapeOfNode } from "./types";
import { unwrapTypeOnly } from "./type-wrappers";
import { opensPythonScope } from "./python-scopes";

/**
 * What one end of a string can be: "safe" when it cannot be the half that pairs at a seam (a low
 * surrogate at the start, a high one at the end), "empty" when the string is always empty (the
 * seam is then the next part's), "safeOrEmpty" when it is one of those two, "unknown" otherwise.
 */
export type TextEdge = "safe" | "empty" | "safeOrEmpty" | "unknown";
export type Side = "start" | "end";

/** The edge of a string known when compiling. */
export function literalEdge(value: string, side: Side): TextEdge {
  if (value === "") {
    return "empty";
  }
  const unit = side === "start" ? value.charCodeAt(0) : value.charCodeAt(value.length - 1);
  const pairing = side === "start" ? unit >= 0xdc00 && unit <= 0xdfff : unit >= 0xd800 && unit <= 0xdbff;
  return pairing ? "unknown" : "safe";
}

/** The edge of a value that is one of two strings. */
function combine(first: TextEdge, second: TextEdge): TextEdge {
  if (first === second) {
    return first;
  }
  return first === "unknown" || second === "unknown" ? "unknown" : "safeOrEmpty";
}

/** The edge of a sequence of parts from `side`: the first part that is not empty decides. */
export function sequenceEdge(edges: TextEdge[], side: Side): TextEdge {
  const ordered = side === "start" ? edges : [...edges].reverse();
  let mayBeEmpty = false;
  for (const edge of ordered) {
    if (edge === "safe" || edge === "unknown") {
      return edge === "safe" || !mayBeEmpty ? edge : "unknown";
    }
    mayBeEmpty ||= edge === "safeOrEmpty";
  }
  return mayBeEmpty ? "safeOrEmpty" : "empty";
}

/** The edge of what `node` gives as text (String(node), or as a piece of a join). */
export function textEdge(node: Node, side: Side, context: TransformContext): TextEdge {
  const inner = unwrapTypeOnly(node);
  if (Node.isStringLiteral(inner) || Node.isNoSubstitutionTemplateLiteral(inner)) {
    return literalEdge(inner.getLiteralValue(), side);
  }
  if (Node.isTemplateExpression(inner)) {
    const edges: TextEdge[] = [literalEdge(inner.getHead().getLiteralText(), side)];
    for (const span of inner.getTemplateSpans()) {
      edges.push(textEdge(span.getExpression(), side, context), literalEdge(span.getLiteral().getLiteralText(), side));
    }
    return sequenceEdge(edges, side);
  }
  if (Node.isBinaryExpression(inner) && inner.getOperatorToken().getKind() === SyntaxKind.PlusToken && shapeOfNode(inner, context).kind === "string") {
    return sequenceEdge([textEdge(inner.getLeft(), side, context), textEdge(inner.getRight(), side, context)], side);
  }
  if (Node.isConditionalExpression(inner)) {
    return combine(textEdge(inner.getWhenTrue(), side, context), textEdge(inner.getWhenFalse(), side, context));
  }
  if (Node.isIdentifier(inner)) {
    const initializer = constInitializer(inner, context);
    if (initializer !== undefined && !visiting.has(initializer)) {
      visiting.add(initializer);
      try {
        return textEdge(initializer, side, context);
      } finally {
        visiting.delete(initializer);
      }
    }
  }
  if (Node.isCallExpression(inner) && isPieceOfPlainText(inner, context)) {
    return "safeOrEmpty";
  }
  const shape = shapeOfNode(inner, context);
  // Numbers, booleans, null and undefined print as ASCII text that is never empty.
  if (shape.kind === "number" || shape.kind === "boolean" || shape.kind === "null") {
    return "safe";
  }
  if (Node.isCallExpression(inner) && printsANumber(inner, context)) {
    return "safe";
  }
  if (Node.isCallExpression(inner)) {
    const returned = returnedEdge(inner, side, context);
    if (returned !== "unknown") {
      return returned;
    }
  }
  const type = inner.getType();
  const members = type.isUnion() ? type.getUnionTypes() : [type];
  if (members.length > 0 && members.every((member) => member.isStringLiteral())) {
    return members.map((member) => literalEdge(String(member.getLiteralValue()), side)).reduce(combine);
  }
  return "unknown";
}

/** The initializer of the `const` an identifier names (a `const` always holds what it was given). */
function constInitializer(identifier: Node, context: TransformContext): Node | undefined {
  const declaration = context.resolveSymbol(identifier)?.getDeclarations()[0];
  if (declaration === undefined || !Node.isVariableDeclaration(declaration) || !Node.isIdentifier(declaration.getNameNode())) {
    return undefined;
  }
  const list = declaration.getParent();
  return Node.isVariableDeclarationList(list) && list.getDeclarationKind() === VariableDeclarationKind.Const ? declaration.getInitializer() : undefined;
}

/** A string holding no surrogate at all: a literal, or a `const` holding one. */
function hasNoSurrogate(node: Node, context: TransformContext): boolean {
  const inner = unwrapTypeOnly(node);
  if (Node.isStringLiteral(inner) || Node.isNoSubstitutionTemplateLiteral(inner)) {
    return !/[\ud800-\udfff]/.test(inner.getLiteralValue());
  }
  const initializer = Node.isIdentifier(inner) ? constInitializer(inner, context) : undefined;
  return initializer !== undefined && !visiting.has(initializer) && hasNoSurrogate(initializer, context);
}

/** `HEX.charAt(i)`, `LETTERS.slice(a, b)`…: a piece of a text without surrogates has none either (it may be empty). */
function isPieceOfPlainText(node: Node, context: TransformContext): boolean {
  const callee = Node.isCallExpression(node) ? node.getExpression() : undefined;
  return (
    callee !== undefined &&
    Node.isPropertyAccessExpression(callee) &&
    ["charAt", "slice", "substring", "trim", "trimStart", "trimEnd"].includes(callee.getName()) &&
    shapeOfNode(callee.getExpression(), context).kind === "string" &&
    hasNoSurrogate(callee.getExpression(), context)
  );
}

/** Functions and constants whose edges are being worked out: one that refers to itself is "unknown" inside itself. */
const visiting = new Set<Node>();

/**
 * The edge of what a call to one of the project's own function declarations returns, when every `return` in
 * its body has the same edge (`` function suffix() { return `/s${season}`; } `` starts safe).
 */
function returnedEdge(node: Node, side: Side, context: TransformContext): TextEdge {
  if (!Node.isCallExpression(node)) {
    return "unknown";
  }
  const declaration = context.resolveSymbol(node.getExpression())?.getDeclarations()[0];
  // A function declaration only: a method may be overridden by a subclass the call cannot see.
  const body = declaration !== undefined && Node.isFunctionDeclaration(declaration) && !declaration.isGenerator() ? declaration.getBody() : undefined;
  if (declaration === undefined || body === undefined || context.isStandardLibrary(declaration) || visiting.has(declaration)) {
    return "unknown";
  }
  const returned: Node[] = [];
  let complete = true;
  body.forEachDescendant((descendant, traversal) => {
    if (opensPythonScope(descendant) || Node.isClassDeclaration(descendant) || Node.isClassExpression(descendant)) {
      traversal.skip(); // their returns are their own
    } else if (Node.isReturnStatement(descendant)) {
      const value = descendant.getExpression();
      if (value === undefined) {
        complete = false;
      } else {
        returned.push(value);
      }
    }
  });
  if (!complete || returned.length === 0) {
    return "unknown";
  }
  visiting.add(declaration);
  try {
    return returned.map((value) => textEdge(value, side, context)).reduce(combine);
  } finally {
    visiting.delete(declaration);
  }
}

/** `String(n)`, `n.toString(…)`, `n.toFixed(…)`, `n.toPrecision(…)` of a number: ASCII text. */
function printsANumber(node: Node, context: TransformContext): boolean {
  if (!Node.isCallExpression(node)) {
    return false;
  }
  const callee = node.getExpression();
  if (Node.isIdentifier(callee) && callee.getText() === "String") {
    const [argument] = node.getArguments();
    return argument !== undefined && ["number", "boolean", "null"].includes(shapeOfNode(argument, context).kind);
  }
  return (
    Node.isPropertyAccessExpression(callee) &&
    ["toString", "toFixed", "toPrecision"].includes(callee.getName()) &&
    shapeOfNode(callee.getExpression(), context).kind === "number"
  );
}

/** Whether a left part ending with `leftEnd` and a right part starting with `rightStart` join with Python's `+`. */
export function seamIsPlain(leftEnd: TextEdge, rightStart: TextEdge): boolean {
  return leftEnd !== "unknown" || rightStart !== "unknown";
}

/** `left + right` of two Python strings: `+`, or the runtime's join where halves may meet. */
export function joinStrings(left: py.Expression, right: py.Expression, plain: boolean, context: TransformContext, origin?: Node): py.Expression {
  if (!plain && left.kind === "Constant" && typeof left.value === "string" && right.kind === "Constant" && typeof right.value === "string") {
    // Two literals: JavaScript's joined text, which the printer writes with the emoji whole.
    return text(left.value + right.value, origin);
  }
  return plain ? binary("+", left, right, origin) : call(context.useRuntime("js_string_add"), [left, right], origin);
}

/** `left + right` of the text of two nodes, already transformed. */
export function joinNodes(leftNode: Node, left: py.Expression, rightNode: Node, right: py.Expression, context: TransformContext, origin?: Node): py.Expression {
  const plain = seamIsPlain(textEdge(leftNode, "end", context), textEdge(rightNode, "start", context));
  return joinStrings(left, right, plain, context, origin);
}
