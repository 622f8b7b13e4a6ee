/**
 * What a constructor does with its fields before anything could read them: which fields it assigns
 * first (the compiler then sets no None before, and JSON.stringify's list knows that a None there is
 * the value written, not the undefined JavaScript holds until then).
 */
import { ClassDeclaration, ConstructorDeclaration, Node, ParameterDeclaration, PropertyDeclaration, SyntaxKind } from "ts-morph";

/** The parameter properties of a class's constructor, in order: JavaScript defines them before the declared fields. */
export function parameterPropertiesOf(declaration: ClassDeclaration): ParameterDeclaration[] {
  const constructor = declaration.getConstructors().find((candidate) => candidate.getBody() !== undefined);
  return constructor?.getParameters().filter((parameter) => parameter.isParameterProperty()) ?? [];
}

/**
 * The fields a class's definition makes on each instance, in definition order: its instance
 * property declarations but `declare`d ones (JavaScript makes those when they are first set) and
 * abstract ones (a subclass makes them).
 */
export function definedFieldDeclarations(declaration: ClassDeclaration): PropertyDeclaration[] {
  return declaration
    .getInstanceProperties()
    .filter(Node.isPropertyDeclaration)
    .filter((property) => !property.hasModifier(SyntaxKind.DeclareKeyword) && !property.isAbstract());
}

/** The fields a class only declares (`declare note: string`): JavaScript makes them when they are first set. */
export function declaredOnlyFields(declaration: ClassDeclaration): PropertyDeclaration[] {
  return declaration
    .getInstanceProperties()
    .filter(Node.isPropertyDeclaration)
    .filter((property) => property.hasModifier(SyntaxKind.DeclareKeyword));
}

/** Whether evaluating a field's initializer can run code (a call, a getter, `this`): arrow functions and literals cannot. */
export function initializerRunsCode(field: PropertyDeclaration): boolean {
  const initializer = field.getInitializer();
  return initializer !== undefined && !isInert(initializer);
}

/**
 * Whether the constructor's first statements (after `super(...)`) assign the field before anything
 * could read it: only assignments `this.other = value` precede it, `value` mentioning no `this`
 * and, in a derived class (whose base constructor may have kept `this`), running no code; no
 * parameter default mentions `this`.
 */
export function assignedBeforeAnyRead(fieldName: string, constructor: ConstructorDeclaration, hasBase: boolean): boolean {
  const mentionsThis = (node: Node): boolean => Node.isThisExpression(node) || node.getDescendantsOfKind(SyntaxKind.ThisKeyword).length > 0;
  if (
    constructor.getParameters().some((parameter: ParameterDeclaration) => {
      const initializer = parameter.getInitializer();
      return initializer !== undefined && mentionsThis(initializer);
    })
  ) {
    return false;
  }
  const statements = constructor.getStatements();
  const superIndex = statements.findIndex(
    (statement) =>
      Node.isExpressionStatement(statement) &&
      statement.getExpression().getKind() === SyntaxKind.CallExpression &&
      statement.getExpression().getFirstChild()?.getKind() === SyntaxKind.SuperKeyword,
  );
  for (const statement of statements.slice(superIndex + 1)) {
    if (!Node.isExpressionStatement(statement)) {
      return false;
    }
    const expression = statement.getExpression();
    if (!Node.isBinaryExpression(expression) || expression.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) {
      return false;
    }
    const target = expression.getLeft();
    const value = expression.getRight();
    if (!Node.isPropertyAccessExpression(target) || !Node.isThisExpression(target.getExpression())) {
      return false;
    }
    if (mentionsThis(value) || (hasBase && !isInert(value))) {
      return false;
    }
    if (target.getName() === fieldName) {
      return true;
    }
  }
  return false;
}

/** Whether evaluating an expression cannot run code (a call, a getter, `this`): functions and literals. */
export function isInert(node: Node): boolean {
  if (Node.isArrowFunction(node) || Node.isFunctionExpression(node)) {
    return true;
  }
  // An object literal's method or accessor runs nothing where the literal is made (a computed name does; review S56B, w01).
  if (
    (Node.isMethodDeclaration(node) || Node.isGetAccessorDeclaration(node) || Node.isSetAccessorDeclaration(node)) &&
    Node.isObjectLiteralExpression(node.getParent())
  ) {
    const name = node.getNameNode();
    return !Node.isComputedPropertyName(name) || isInert(name.getExpression());
  }
  if (
    Node.isLiteralExpression(node) ||
    Node.isNoSubstitutionTemplateLiteral(node) ||
    Node.isTrueLiteral(node) ||
    Node.isFalseLiteral(node) ||
    Node.isNullLiteral(node) ||
    Node.isIdentifier(node) ||
    Node.isPrefixUnaryExpression(node) ||
    Node.isArrayLiteralExpression(node) ||
    Node.isObjectLiteralExpression(node) ||
    Node.isPropertyAssignment(node) ||
    Node.isAsExpression(node) ||
    Node.isParenthesizedExpression(node) ||
    node.getKind() === SyntaxKind.SyntaxList ||
    node.getKind() === SyntaxKind.TypeReference ||
    Node.isTypeNode(node) ||
    (node.getChildCount() === 0 && !Node.isThisExpression(node) && !Node.isSuperExpression(node))
  ) {
    return node.getChildren().every(isInert);
  }
  return false;
}
