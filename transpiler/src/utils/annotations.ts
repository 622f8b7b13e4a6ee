/**
 * Python type annotations from TypeScript types, so the output reads (and type-checks with
 * pyright) like hand-written typed Python. Data interfaces become `Dict[str, Any]`: at run
 * time they are dicts; interfaces with methods become `Any` (duck-typed objects).
 */
import { Node, SyntaxKind, Type, TypeNode, TypeReferenceNode } from "ts-morph";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import { attribute, name, subscript } from "../python/build";
import { hasMethods, isEmptyObjectType } from "./types";
import { nameForIdentifier } from "./names";

function generic(context: TransformContext, typingName: string, args: py.Expression[]): py.Expression {
  const base = context.useTyping(typingName);
  return subscript(base, args.length === 1 ? args[0] : { kind: "Tuple", elements: args });
}

function anyType(context: TransformContext): py.Expression {
  return context.useTyping("Any");
}

/** An object type of data alone, a dict: no methods, not `{}`, and not a function's or a class's type (`new () => T`). */
function isDictType(type: Type): boolean {
  return !hasMethods(type) && !isEmptyObjectType(type) && type.getCallSignatures().length === 0 && type.getConstructSignatures().length === 0;
}

export function annotationForTypeNode(node: TypeNode, context: TransformContext): py.Expression {
  if (Node.isParenthesizedTypeNode(node)) {
    return annotationForTypeNode(node.getTypeNode(), context);
  }
  if (Node.isArrayTypeNode(node)) {
    return generic(context, "List", [annotationForTypeNode(node.getElementTypeNode(), context)]);
  }
  if (Node.isLiteralTypeNode(node)) {
    const literal = node.getLiteral();
    if (Node.isStringLiteral(literal) || Node.isNoSubstitutionTemplateLiteral(literal)) {
      return name("str");
    }
    if (Node.isNumericLiteral(literal) || Node.isPrefixUnaryExpression(literal)) {
      return name("float");
    }
    if (literal.getKind() === SyntaxKind.TrueKeyword || literal.getKind() === SyntaxKind.FalseKeyword) {
      return name("bool");
    }
    return name("None");
  }
  if (Node.isUnionTypeNode(node)) {
    return annotationForUnion(node.getTypeNodes(), context);
  }
  if (Node.isTypeReference(node)) {
    return annotationForReference(node, context);
  }
  switch (node.getKind()) {
    case SyntaxKind.StringKeyword:
      return name("str");
    case SyntaxKind.NumberKeyword:
      return name("float");
    case SyntaxKind.BooleanKeyword:
      return name("bool");
    case SyntaxKind.VoidKeyword:
    case SyntaxKind.UndefinedKeyword:
      return name("None");
    case SyntaxKind.AnyKeyword:
    case SyntaxKind.UnknownKeyword:
    case SyntaxKind.NeverKeyword:
    case SyntaxKind.ObjectKeyword:
      return anyType(context);
    case SyntaxKind.TupleType:
      // A tuple is a list when written as a literal and a Python tuple when it comes from entries().
      return anyType(context);
    case SyntaxKind.TypeLiteral:
      // `{ value(): number }` describes an object with behaviour (a JsObject or a class instance), not a dict.
      return isDictType(node.getType()) ? generic(context, "Dict", [name("str"), anyType(context)]) : anyType(context);
    case SyntaxKind.FunctionType:
      return generic(context, "Callable", [name("..."), anyType(context)]);
    default:
      return annotationForType(node.getType(), context);
  }
}

function isNullTypeNode(node: TypeNode): boolean {
  if (node.getKind() === SyntaxKind.UndefinedKeyword || node.getKind() === SyntaxKind.VoidKeyword) {
    return true;
  }
  return Node.isLiteralTypeNode(node) && node.getLiteral().getKind() === SyntaxKind.NullKeyword;
}

function annotationForUnion(members: TypeNode[], context: TransformContext): py.Expression {
  const concrete = members.filter((member) => !isNullTypeNode(member));
  const nullable = concrete.length < members.length;
  const printed: py.Expression[] = [];
  const seen = new Set<string>();
  for (const member of concrete) {
    const annotation = annotationForTypeNode(member, context);
    const key = JSON.stringify(annotation, (field, value: unknown) => (field === "origin" ? undefined : value));
    if (!seen.has(key)) {
      seen.add(key);
      printed.push(annotation);
    }
  }
  if (printed.length === 0) {
    return name("None");
  }
  const inner = printed.length === 1 ? printed[0] : generic(context, "Union", printed);
  return nullable ? generic(context, "Optional", [inner]) : inner;
}

/**
 * The Python name of a type-only namespace import (`import type * as L`) that `left` names, where the
 * module it imports declares the class itself (a barrel's re-exported class is imported by name from
 * the module that declares it, modules.ts), or undefined.
 */
function namespaceImportOf(left: Node, declared: Node, context: TransformContext): string | undefined {
  if (!Node.isIdentifier(left)) {
    return undefined;
  }
  const declaration = context.checker.getSymbolAtLocation(left)?.getDeclarations()[0];
  const importDeclaration =
    declaration !== undefined && Node.isNamespaceImport(declaration) ? declaration.getFirstAncestorByKind(SyntaxKind.ImportDeclaration) : undefined;
  return importDeclaration?.isTypeOnly() === true &&
    importDeclaration.getModuleSpecifierValue().startsWith(".") &&
    importDeclaration.getModuleSpecifierSourceFile() === declared.getSourceFile()
    ? nameForIdentifier(left, context)
    : undefined;
}

/** The aliases whose annotation is being written, so that a recursive one ends. */
const aliasesBeingExpanded = new Set<Node>();

function annotationForReference(reference: TypeReferenceNode, context: TransformContext): py.Expression {
  const typeName = reference.getTypeName();
  const args = reference.getTypeArguments();
  const text = typeName.getText();
  const symbol = context.resolveSymbol(typeName);
  const declaration = symbol?.getDeclarations()[0];
  if (declaration !== undefined && context.isStandardLibrary(declaration)) {
    if ((text === "Array" || text === "ReadonlyArray") && args.length === 1) {
      return generic(context, "List", [annotationForTypeNode(args[0], context)]);
    }
    if ((text === "Map" || text === "ReadonlyMap") && args.length === 2) {
      return generic(context, "Dict", [annotationForTypeNode(args[0], context), annotationForTypeNode(args[1], context)]);
    }
    if (text === "Record" && args.length === 2) {
      return generic(context, "Dict", [name("str"), annotationForTypeNode(args[1], context)]);
    }
    if (text === "Error") {
      return name("Exception");
    }
    if (text === "Generator" && args.length >= 1) {
      return generic(context, "Generator", [annotationForTypeNode(args[0], context), anyType(context), anyType(context)]);
    }
    // `Iterator<T>` alone may be a hand-written one (an object or a class with next()), which is no Python iterator.
    if ((text === "IterableIterator" || text === "IteratorObject") && args.length >= 1) {
      return generic(context, "Iterator", [annotationForTypeNode(args[0], context)]);
    }
    if (text === "Iterable" && args.length >= 1) {
      return generic(context, "Iterable", [annotationForTypeNode(args[0], context)]);
    }
    return anyType(context);
  }
  if (declaration === undefined) {
    return anyType(context);
  }
  if (Node.isTypeParameterDeclaration(declaration)) {
    return anyType(context);
  }
  if (Node.isTypeAliasDeclaration(declaration)) {
    const aliased = declaration.getTypeNode();
    if (aliased === undefined || aliasesBeingExpanded.has(declaration)) {
      return anyType(context); // an alias that holds itself (`type Nest = Nest[]`): Any where it recurs
    }
    aliasesBeingExpanded.add(declaration);
    try {
      return annotationForTypeNode(aliased, context);
    } finally {
      aliasesBeingExpanded.delete(declaration);
    }
  }
  if (Node.isInterfaceDeclaration(declaration)) {
    return isDictType(declaration.getType()) ? generic(context, "Dict", [name("str"), anyType(context)]) : anyType(context);
  }
  if (Node.isClassDeclaration(declaration)) {
    // `L.Shape` through a type-only namespace import: the module itself, imported under `if
    // TYPE_CHECKING:` as L, names it, so a namesake the module imports or declares is no other's.
    const namespace = Node.isQualifiedName(typeName) ? namespaceImportOf(typeName.getLeft(), declaration, context) : undefined;
    if (namespace !== undefined && Node.isQualifiedName(typeName)) {
      context.annotationNames.add(namespace);
      return attribute(name(namespace), nameForIdentifier(typeName.getRight(), context));
    }
    const pythonName = nameForIdentifier(Node.isQualifiedName(typeName) ? typeName.getRight() : typeName, context);
    context.annotationNames.add(pythonName);
    return name(pythonName);
  }
  return anyType(context);
}

/**
 * For a variable whose collection type TypeScript inferred (`const list = [1]`): Python's
 * checker would infer `list[int]`, which is not a `List[float]`, so the type is written out.
 */
export function annotationForInferredCollection(type: Type, context: TransformContext): py.Expression | undefined {
  if (type.isTuple()) {
    // A literal list TypeScript typed as a tuple: a List when its elements share one type.
    const elements = type.getTupleElements().map((element) => annotationForValueType(element, context));
    const printed = new Set(elements.map((element) => JSON.stringify(element)));
    return elements.length > 0 && printed.size === 1 && elements[0] !== undefined ? generic(context, "List", [elements[0]]) : undefined;
  }
  const element = type.getArrayElementType();
  if (element !== undefined) {
    return generic(context, "List", [annotationForValueType(element, context)]);
  }
  const symbol = type.getSymbol();
  const declaration = symbol?.getDeclarations()[0];
  if (symbol?.getName() === "Map" && declaration !== undefined && context.isStandardLibrary(declaration)) {
    const [key, value] = type.getTypeArguments();
    if (key !== undefined && value !== undefined) {
      return generic(context, "Dict", [annotationForValueType(key, context), annotationForValueType(value, context)]);
    }
  }
  return undefined;
}

/** Any value type, as precisely as plain annotations allow (Any for the rest). */
function annotationForValueType(type: Type, context: TransformContext): py.Expression {
  const nonNull = type.isUnion() ? type.getUnionTypes().filter((member) => !member.isNull() && !member.isUndefined()) : [type];
  const nullable = nonNull.length !== (type.isUnion() ? type.getUnionTypes().length : 1);
  const only = nonNull.length === 1 ? nonNull[0] : undefined;
  let inner: py.Expression;
  if (only === undefined) {
    const booleanOnly = nonNull.length > 0 && nonNull.every((member) => member.isBooleanLiteral() || member.isBoolean());
    inner = booleanOnly ? name("bool") : anyType(context);
  } else if (only.isString() || only.isStringLiteral() || only.isNumber() || only.isNumberLiteral() || only.isBoolean() || only.isBooleanLiteral()) {
    inner = annotationForType(only, context);
  } else {
    inner = annotationForInferredCollection(only, context) ?? anyType(context);
  }
  return nullable && !(inner.kind === "Subscript" && inner.value.kind === "Name" && inner.value.id === "Any") && !(inner.kind === "Name" && inner.id === "Any")
    ? generic(context, "Optional", [inner])
    : inner;
}

/** For inferred types (no type written in the source): only the plain cases, else nothing. */
export function annotationForType(type: Type, context: TransformContext): py.Expression {
  if (type.isString() || type.isStringLiteral()) {
    return name("str");
  }
  if (type.isNumber() || type.isNumberLiteral()) {
    return name("float");
  }
  if (type.isBoolean() || type.isBooleanLiteral()) {
    return name("bool");
  }
  if (type.getFlags() & 16384 /* Void */ || type.isUndefined()) {
    return name("None");
  }
  return anyType(context);
}
