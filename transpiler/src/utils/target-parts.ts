/** The parts of an assignment's target that JavaScript evaluates once, before it reads and writes the target. */
import { Node, SyntaxKind } from "ts-morph";
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
