/**
 * An assignment, a compound assignment or an increment of a property or element used as a value:
 * `{ id: this.nextId++ }`, `return ++this.count`, `const total = (order.total += price)`,
 * `this.first = this.last = node`. JavaScript evaluates the target's receiver and key once, reads
 * the target once (for `+=` and `++`), then writes it; the expression gives the value written, or the
 * value read for a postfix `++`. Python cannot assign to an attribute or an item inside an
 * expression: the write is a runtime call that returns what it stored (`js_store_attribute(self,
 * "next_id", …)`), as for a logical assignment (logical-assignment-values.ts).
 */
import { BinaryExpression, Node, PostfixUnaryExpression, PrefixUnaryExpression, SyntaxKind, TypeFlags } from "ts-morph";
import type { TransformContext } from "../context";
import { expressionAssignment } from "../diagnostics";
import type * as py from "../python/ast";
import { call, name, number, subscript } from "../python/build";
import { arithmetic, ArithmeticOperator, BITWISE_HELPERS } from "../utils/arithmetic";
import { noneMeaningOfNode } from "../utils/none-meaning";
import { isArrowBody } from "../utils/parentheses";
import { asText } from "../utils/string-conversion";
import { joinNodes } from "../utils/string-joins";
import { entryReadBySubscript, settledTargetParts } from "../utils/target-parts";
import { evaluateTestedOnce } from "../utils/temporaries";
import { unwrapTypeOnly } from "../utils/type-wrappers";
import { shapeOfNode } from "../utils/types";
import { untypedOperand } from "../utils/untyped-arithmetic";
import { transformAssignmentTarget } from "./expressions";
import { store } from "./logical-assignment-values";

const COMPOUND: Partial<Record<SyntaxKind, ArithmeticOperator | "/" | "%">> = {
  [SyntaxKind.PlusEqualsToken]: "+",
  [SyntaxKind.MinusEqualsToken]: "-",
  [SyntaxKind.AsteriskEqualsToken]: "*",
  [SyntaxKind.AsteriskAsteriskEqualsToken]: "**",
  [SyntaxKind.SlashEqualsToken]: "/",
  [SyntaxKind.PercentEqualsToken]: "%",
};

/** A property or element (not a variable, not `super.x`, whose write is the base class's setter). */
export function isMemberTarget(target: Node): boolean {
  const inner = unwrapTypeOnly(target);
  return (Node.isPropertyAccessExpression(inner) || Node.isElementAccessExpression(inner)) && inner.getExpression().getKind() !== SyntaxKind.SuperKeyword;
}

/** `++o.n`, `o.n--` used as a value. */
export function transformMemberIncrementValue(expression: PrefixUnaryExpression | PostfixUnaryExpression, context: TransformContext): py.Expression {
  const operand = expression.getOperand();
  const operator = expression.getOperatorToken() === SyntaxKind.PlusPlusToken ? "+" : "-";
  return withTargetSettled(operand, undefined, expression, context, (target, read) => {
    if (Node.isPrefixUnaryExpression(expression)) {
      return [store(target, arithmetic(operator, read, number("1"), context), expression, context)];
    }
    // The value read is the expression's value: `(current_1 := self.next_id, js_store_attribute(self, "next_id", js_plus(current_1, 1)))[0]`.
    const [first, again] = evaluateTestedOnce(read, "current", context);
    return [first, store(target, arithmetic(operator, again, number("1"), context), expression, context)];
  });
}

/** `o.n = v`, `o.n += v` (and `-=`, `*=`, `**=`, `/=`, `%=`, the bitwise ones) used as a value; `+=` of text onto a target that may be None is refused (CS1013). */
export function transformMemberAssignmentValue(expression: BinaryExpression, context: TransformContext): py.Expression {
  const operator = expression.getOperatorToken().getKind();
  const left = expression.getLeft();
  const right = expression.getRight();
  if (operator === SyntaxKind.EqualsToken) {
    // A call's arguments are evaluated left to right: the receiver and key, then the value, as in JavaScript.
    return store(transformAssignmentTarget(left, context), context.transformExpression(right), expression, context);
  }
  const bitwise = BITWISE_HELPERS[operator];
  if (bitwise !== undefined) {
    // `(this.flags |= mask)`: JavaScript's 32-bit operation, as for the statement.
    return withTargetSettled(left, right, expression, context, (target, read) => [
      store(target, call(context.useRuntime(bitwise), [read, context.transformExpression(right)]), expression, context),
    ]);
  }
  const compound = COMPOUND[operator];
  const leftShape = shapeOfNode(left, context);
  const rightShape = shapeOfNode(right, context);
  // A `never` operand is in code that never runs: it takes the other side's kind (as for a variable).
  const rightKind = (right.getType().getFlags() & TypeFlags.Never) !== 0 ? leftShape.kind : rightShape.kind;
  const numbers = leftShape.kind === "number" && rightKind === "number";
  // Text is joined where the target is a string that cannot be None (a None read would be the text "undefined").
  const none = noneMeaningOfNode(left);
  const text = compound === "+" && leftShape.kind === "string" && !none.null && !none.undefined;
  if (compound === undefined || (!numbers && !text)) {
    // Arithmetic on an `any` is refused once, as CS1070, by the whole file's walk (untyped-arithmetic.ts).
    if (untypedOperand(expression, context) === undefined) {
      context.report(expressionAssignment(expression, isArrowBody(expression)));
    }
    context.transformExpression(right); // its own problems are reported in the same run
    return name("None", expression);
  }
  return withTargetSettled(left, right, expression, context, (target, read) => {
    if (text) {
      return [store(target, joinNodes(left, read, right, asText(right, context), context), expression, context)];
    }
    const value = context.transformExpression(right);
    const updated =
      compound === "/" || compound === "%"
        ? call(context.useRuntime(compound === "/" ? "js_divide" : "js_remainder"), [read, value])
        : arithmetic(compound, read, value, context);
    return [store(target, updated, expression, context)];
  });
}

/**
 * The target's receiver and key evaluated once, in JavaScript's order, where reading them again
 * would run code or the value's code may change them (settledTargetParts), then `build`'s
 * expressions from the target and its read: `(target_1 := make(), <build's expressions>)[1]`, a
 * tuple evaluated left to right whose item after the settled parts is the expression's value.
 */
function withTargetSettled(
  left: Node,
  right: Node | undefined,
  origin: Node,
  context: TransformContext,
  build: (target: py.Expression, read: py.Expression) => py.Expression[],
): py.Expression {
  const parts = settledTargetParts(left, right, context) ?? [];
  const settled = parts.map(({ part, value, temporary }): py.Expression => ({ kind: "NamedExpression", target: temporary, value, origin: part }));
  const built = context.withEvaluated(
    parts.map(({ part, temporary }): [Node, string] => [part, temporary]),
    () => {
      const target = transformAssignmentTarget(left, context);
      // A record's entry is read as the write reads it (`counts[key]`, not `counts.get(key)`), as for the statement.
      return build(target, entryReadBySubscript(context.transformExpression(left), target));
    },
  );
  const [only] = built;
  if (settled.length === 0 && built.length === 1 && only !== undefined) {
    return only;
  }
  // The value is build's first item: the write (prefix, compound, `=`), or the read before it (postfix).
  return subscript({ kind: "Tuple", elements: [...settled, ...built] }, number(String(settled.length)), origin);
}
