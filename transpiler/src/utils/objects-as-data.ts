/**
 * A data-only interface, type literal or Record compiles to a dict (`point["x"]`). TypeScript lets
 * a class instance stand where such a type is expected (it has the fields), but a Python object is
 * no dict: `point["x"]` would raise. An object literal with methods (a runtime JsObject) is read as a
 * dict too, except for its own members named like the dict methods the compiled code calls (`get`,
 * `keys`, `values`, `items`), which would answer instead. So wherever a value meets a type (a
 * variable's or property's initializer, an assignment, an argument, a return, an array element), a
 * dict type meeting such a value, also inside arrays, Maps and the dict's own properties, is CS1037.
 */
import { Node, SourceFile, SyntaxKind, Type } from "ts-morph";
import type { TransformContext } from "../context";
import { objectAsData } from "../diagnostics";
import { isObjectLiteralType, shapeOfType } from "./types";

/** Members of a JsObject that would hide the dict methods compiled code calls on a dict. */
const DICT_METHOD_NAMES = new Set(["get", "keys", "values", "items"]);

/** Why a value of `source` cannot be a dict of `target`, or undefined when it can. */
function reasonItIsNoDict(source: Type, target: Type, context: TransformContext, depth: number, maxDepth = 4): string | undefined {
  if (depth > maxDepth || source === target) {
    return undefined;
  }
  const targetShape = shapeOfType(target, context);
  const sourceShape = shapeOfType(source, context);
  if (targetShape.kind === "dict" && (sourceShape.kind === "object" || sourceShape.kind === "error")) {
    const members = source.isUnion() ? source.getUnionTypes().filter((member) => !member.isNull() && !member.isUndefined()) : [source];
    if (members.every((member) => isObjectLiteralType(member))) {
      const hiding = members.flatMap((member) => member.getProperties().map((property) => property.getName())).find((name) => DICT_METHOD_NAMES.has(name));
      return hiding === undefined ? undefined : `an object literal with methods and a member named \`${hiding}\``;
    }
    return `a value of type ${source.getText()} (an object with attributes)`;
  }
  if (targetShape.kind === "dict" && sourceShape.kind === "dict") {
    for (const property of target.getProperties()) {
      const sourceProperty = source.getNonNullableType().getProperty(property.getName());
      const declaration = property.getValueDeclaration() ?? property.getDeclarations()[0];
      const sourceDeclaration = sourceProperty?.getValueDeclaration() ?? sourceProperty?.getDeclarations()[0];
      if (sourceProperty === undefined || declaration === undefined || sourceDeclaration === undefined) {
        continue;
      }
      const inner = reasonItIsNoDict(
        sourceProperty.getTypeAtLocation(sourceDeclaration),
        property.getTypeAtLocation(declaration),
        context,
        depth + 1,
        maxDepth,
      );
      if (inner !== undefined) {
        return `${inner} as its \`${property.getName()}\``;
      }
    }
    const sourceValues = source.getNonNullableType().getStringIndexType();
    const targetValues = target.getNonNullableType().getStringIndexType();
    if (sourceValues !== undefined && targetValues !== undefined) {
      return reasonItIsNoDict(sourceValues, targetValues, context, depth + 1, maxDepth);
    }
    return undefined;
  }
  const sourceElement = elementType(source);
  const targetElement = elementType(target);
  if (sourceElement !== undefined && targetElement !== undefined) {
    const inner = reasonItIsNoDict(sourceElement, targetElement, context, depth + 1, maxDepth);
    return inner === undefined ? undefined : `${inner} as an element`;
  }
  return undefined;
}

/** The element type of an array, or the value type of a Map. */
function elementType(type: Type): Type | undefined {
  const nonNull = type.getNonNullableType();
  if (nonNull.isArray()) {
    return nonNull.getArrayElementType();
  }
  const name = nonNull.getSymbol()?.getName();
  if ((name === "Map" || name === "ReadonlyMap" || name === "ReadonlyArray") && nonNull.getTypeArguments().length > 0) {
    const typeArguments = nonNull.getTypeArguments();
    return typeArguments[typeArguments.length - 1];
  }
  return undefined;
}

/** The expressions that meet a type: initializers, assigned values, arguments, returns, array elements. */
function meetsAType(node: Node): boolean {
  const parent = node.getParent();
  if (parent === undefined || !Node.isExpression(node)) {
    return false;
  }
  if (
    (Node.isVariableDeclaration(parent) || Node.isPropertyDeclaration(parent) || Node.isPropertyAssignment(parent) || Node.isParameterDeclaration(parent)) &&
    parent.getInitializer() === node
  ) {
    return true;
  }
  if (Node.isBinaryExpression(parent)) {
    return (
      parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken &&
      parent.getRight() === node &&
      !Node.isObjectLiteralExpression(parent.getLeft()) &&
      !Node.isArrayLiteralExpression(parent.getLeft())
    );
  }
  if (Node.isCallExpression(parent) || Node.isNewExpression(parent)) {
    return (parent.getArguments() as Node[]).includes(node);
  }
  return (
    Node.isReturnStatement(parent) ||
    (Node.isArrowFunction(parent) && parent.getBody() === node) ||
    Node.isArrayLiteralExpression(parent) ||
    Node.isShorthandPropertyAssignment(node)
  );
}

/** The type an expression meets where it stands. */
function expectedType(node: Node, context: TransformContext): Type | undefined {
  const parent = node.getParent();
  if (parent !== undefined && Node.isBinaryExpression(parent)) {
    return parent.getLeft().getType();
  }
  if (parent !== undefined && (Node.isVariableDeclaration(parent) || Node.isPropertyDeclaration(parent) || Node.isParameterDeclaration(parent))) {
    return parent.getTypeNode() === undefined ? undefined : parent.getType();
  }
  return Node.isExpression(node) ? context.checker.getContextualType(node) : undefined;
}

/** An argument of JavaScript's own functions (`Object.keys`, `JSON.stringify`): their lowering reads objects and dicts alike (or refuses, as CS1017 does). */
function isBuiltinArgument(node: Node, context: TransformContext): boolean {
  const parent = node.getParent();
  if (parent === undefined || !(Node.isCallExpression(parent) || Node.isNewExpression(parent))) {
    return false;
  }
  const declaration = context.checker.getResolvedSignature(parent)?.getDeclaration();
  return declaration !== undefined && context.isStandardLibrary(declaration);
}

export function reportObjectsAsData(sourceFile: SourceFile, context: TransformContext): void {
  sourceFile.forEachDescendant((node) => {
    if (!meetsAType(node) || isBuiltinArgument(node, context)) {
      return;
    }
    const target = expectedType(node, context);
    if (target === undefined) {
      return;
    }
    // A literal's own members and elements meet their types themselves: looked at there, once.
    const isLiteral = Node.isObjectLiteralExpression(node) || Node.isArrayLiteralExpression(node);
    const reason = reasonItIsNoDict(node.getType(), target, context, 0, isLiteral ? 0 : 4);
    if (reason !== undefined) {
      context.report(objectAsData(node, reason, target.getText(node)));
    }
  });
}
