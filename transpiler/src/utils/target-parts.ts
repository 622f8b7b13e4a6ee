/** The parts of an assignment's target that JavaScript evaluates once, before it reads and writes the target. */
import { Node, SyntaxKind } from "ts-morph";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import { readsStateChangedBy } from "./assignments";
import { rereadRunsCode } from "./temporaries";
import { unwrapTypeOnly } from "./type-wrappers";

/** `receiver` of `receiver.name`; `receiver` and `key` of `receiver[key]`; nothing for a variable or `super.name`. */
export function targetParts(left: Node): Node[] {
  const inner = unwrapTypeOnly(left);
  if (Node.isPropertyAccessExpression(inner) && inner.getExpression().getKind() !== SyntaxKind.SuperKeyword) {
    return [inner.getExpression()];
  }
  if (Node.isElementAccessExpression(inner)) {
    const argument = inner.getArgumentExpression();
    return [inner.getExpression(), ...(argument === undefined ? [] : [argument])];
  }
  return [];
}

/** A part of a target evaluated once: the part, its compiled value and the temporary that holds it. */
export interface SettledPart {
  part: Node;
  value: py.Expression;
  temporary: string;
}

/**
 * The parts of `left` to evaluate once, in JavaScript's order, before the target is read and
 * written (undefined when reading them again is harmless). They are kept when reading them again
 * would run code (a call, a getter, an increment), or when the value's code may change what they
 * read (`out[state.pos] += step()`, `this.current.count ??= this.advance()`). A constant and `self`
 * need no temporary; a receiver held in a variable is kept too, since the key's code may assign it.
 */
export function settledTargetParts(left: Node, valueNode: Node | undefined, context: TransformContext): SettledPart[] | undefined {
  const parts = targetParts(left);
  const valueChangesParts =
    valueNode !== undefined && rereadRunsCode(valueNode, "value") && parts.some((part) => readsStateChangedBy(part, valueNode, context));
  if (!rereadRunsCode(left, "target") && !valueChangesParts) {
    return undefined;
  }
  const settled: SettledPart[] = [];
  parts.forEach((part, index) => {
    const value = context.transformExpression(part);
    if (value.kind === "Constant" || (value.kind === "Name" && value.id === "self")) {
      return;
    }
    settled.push({ part, value, temporary: context.temporaryName(index === 0 ? "target" : "key") });
  });
  return settled;
}

/**
 * A record's entry read for `+=`, `-=`, `*=`, `++` or a string's `+=` (`record.get(key)`, as a read that may find no
 * entry compiles) read as the write reads it, `record[key]`: a missing entry makes the arithmetic
 * raise either way (None + 1), and the reader and pyright see the number the types promise.
 */
export function entryReadBySubscript(read: py.Expression, target: py.Expression): py.Expression {
  if (
    target.kind === "Subscript" &&
    read.kind === "Call" &&
    read.args.length === 1 &&
    read.callee.kind === "Attribute" &&
    read.keywords.length === 0 &&
    read.callee.attribute === "get" &&
    sameExpression(read.callee.value, target.value) &&
    sameExpression(read.args[0], target.index)
  ) {
    return { ...target };
  }
  return read;
}

function sameExpression(first: py.Expression, second: py.Expression): boolean {
  const withoutOrigin = (expression: py.Expression): string => JSON.stringify(expression, (key, value: unknown) => (key === "origin" ? undefined : value));
  return withoutOrigin(first) === withoutOrigin(second);
}
