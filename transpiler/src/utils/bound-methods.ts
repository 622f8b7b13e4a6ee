/**
 * `counter.inc.bind(counter)`, `this.onTick.bind(this)`, `super.onTick.bind(this)`,
 * `Registry.lookup.bind(Registry)`: a method bound to the object it is read from, which is what Python's bound method is (`counter.inc`). Bound to anything else, or with
 * arguments to fix, bind stays refused.
 */
import { CallExpression, Node, SyntaxKind } from "ts-morph";

export function isBindToItsObject(call: CallExpression): boolean {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== "bind" || callee.hasQuestionDotToken() || call.hasQuestionDotToken()) {
    return false;
  }
  const method = callee.getExpression();
  const [object, ...more] = call.getArguments();
  return (
    Node.isPropertyAccessExpression(method) &&
    !method.hasQuestionDotToken() &&
    object !== undefined &&
    more.length === 0 &&
    isSameObject(method.getExpression(), object)
  );
}

function isSameObject(first: Node, second: Node): boolean {
  // `super.who.bind(this)`: the base class's method bound to this object, Python's `super().who`.
  if ((Node.isThisExpression(first) || first.getKind() === SyntaxKind.SuperKeyword) && Node.isThisExpression(second)) {
    return true;
  }
  if (!Node.isIdentifier(first) || !Node.isIdentifier(second)) {
    return false;
  }
  const declaration = first.getSymbol()?.getDeclarations()[0];
  // A `const` names one object for as long as it lives; a `let` could be given another in between. A
  // class is one object too (`Registry.lookup.bind(Registry)`).
  return (
    declaration !== undefined &&
    declaration === second.getSymbol()?.getDeclarations()[0] &&
    ((Node.isVariableDeclaration(declaration) && declaration.getVariableStatement()?.getDeclarationKind() === "const") || Node.isClassDeclaration(declaration))
  );
}
