/**
 * Where a value typed `any` comes from, when it is a library call the program did not type: TypeScript
 * types `new Array(n)` without a type argument `any[]`, and `Object.values`/`Object.entries` of an
 * interface (which has no index signature) `any[]`, and `Array.isArray` narrows a variable that may be
 * a `readonly T[]` to `any[]`. Each has a one-token fix that a refusal's message
 * can name (review 24A W2). Followed through a few steps: a variable's initializer, a `for…of`, a
 * callback's parameter, an element read, a method chain (`new Array(3).fill(0)`).
 */
import { Node } from "ts-morph";

const MOST_STEPS = 6;

/** `any[]`: what `Array.isArray` leaves of a variable whose declared type holds a `readonly T[]`. */
function isNarrowedByIsArray(node: Node): boolean {
  const type = node.getType();
  if (!Node.isIdentifier(node) || !type.isArray() || type.getArrayElementType()?.isAny() !== true) {
    return false;
  }
  const declared = node.getSymbol()?.getValueDeclaration()?.getType();
  const members = declared === undefined ? [] : declared.isUnion() ? declared.getUnionTypes() : [declared];
  return members.some((member) => member.getSymbol()?.getName() === "ReadonlyArray" || member.getTargetType()?.getSymbol()?.getName() === "ReadonlyArray");
}

export function untypedLibrarySource(node: Node, steps = 0): string | undefined {
  if (steps > MOST_STEPS) {
    return undefined;
  }
  const inner = Node.isParenthesizedExpression(node) ? node.getExpression() : node;
  if (isNarrowedByIsArray(inner)) {
    return '`Array.isArray` of a value whose type holds a `readonly T[]`, which TypeScript narrows to `any[]` (its issue 17002): declare the array `T[]` (not readonly), or narrow the other members away first (`typeof value === "number"`)';
  }
  if (Node.isNewExpression(inner) && inner.getExpression().getText() === "Array" && inner.getTypeArguments().length === 0) {
    return "`new Array(n)` without a type argument, which TypeScript types `any[]`: write `new Array<number>(n)`";
  }
  if (Node.isCallExpression(inner)) {
    const callee = inner.getExpression();
    if (callee.getText() === "Object.values" || callee.getText() === "Object.entries") {
      return `\`${callee.getText()}\` of a type with no index signature (an interface), which TypeScript types \`any\`: give the value a Record type (\`Record<string, number>\`), or the callback's parameters their types`;
    }
    return Node.isPropertyAccessExpression(callee) ? untypedLibrarySource(callee.getExpression(), steps + 1) : undefined;
  }
  if (Node.isBinaryExpression(inner) && ["??", "||"].includes(inner.getOperatorToken().getText())) {
    return untypedLibrarySource(inner.getLeft(), steps + 1);
  }
  if (Node.isElementAccessExpression(inner)) {
    return untypedLibrarySource(inner.getExpression(), steps + 1);
  }
  if (!Node.isIdentifier(inner)) {
    return undefined;
  }
  let declaration = inner.getSymbol()?.getDeclarations()[0];
  while (
    declaration !== undefined &&
    (Node.isBindingElement(declaration) || Node.isObjectBindingPattern(declaration) || Node.isArrayBindingPattern(declaration))
  ) {
    declaration = declaration.getParent();
  }
  if (Node.isVariableDeclaration(declaration)) {
    const initializer = declaration.getInitializer();
    const loop = declaration.getParent()?.getParent();
    return initializer !== undefined
      ? untypedLibrarySource(initializer, steps + 1)
      : Node.isForOfStatement(loop)
        ? untypedLibrarySource(loop.getExpression(), steps + 1)
        : undefined;
  }
  if (Node.isParameterDeclaration(declaration)) {
    // A callback's parameter: `Object.values(totals).reduce((sum, value) => sum + value, 0)`.
    const call = declaration.getParent()?.getParent();
    const callee = Node.isCallExpression(call) ? call.getExpression() : undefined;
    return callee !== undefined && Node.isPropertyAccessExpression(callee) ? untypedLibrarySource(callee.getExpression(), steps + 1) : undefined;
  }
  return undefined;
}
