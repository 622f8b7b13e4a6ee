/**
 * The program's edges along which a printed value's parameters and fields take what other
 * declarations take: overloads and base members (the call resolves to one, another prints),
 * functions given for function types, `extends`/`implements` type arguments, and stores into
 * fields and variables. (json-printed-values.ts tells why.)
 */
import { Node, ParameterDeclaration, SyntaxKind, TypeParameterDeclaration } from "ts-morph";
import type { TransformContext } from "../context";
import { isStoredProperty } from "./json-carried-values";

/**
 * A parameter whose values a call may reach through another declaration: an overload's (the call
 * resolves to the overload, the implementation prints), and a base class's or interface's method
 * of the same name (the call resolves to it, the class's own method prints).
 */
export interface ParameterLink {
  from: ParameterDeclaration;
  to: ParameterDeclaration;
}

/** `extends Base<T>`, `implements Store<T>`: a printed T of the class prints the base's own type parameter. */
export interface HeritageLink {
  given: Node;
  typeParameter: TypeParameterDeclaration;
}

/** A value stored into a property: written to it, to one of its elements, or added to it by a built-in method. */
export interface Store {
  properties: Node[];
  value: Node;
}

/** Built-in methods that store their arguments into the list, Set or record they are called on. */
const STORING_METHODS = new Set(["push", "unshift", "splice", "fill", "add", "set"]);

/** The stores a node makes: `o.p = v`, `o.p[i] = v`, `o.p.push(v)`, a field's initializer, `{ p: v }` where a type with `p` is expected, `return v` into its function's result. */
export function storesInto(node: Node, context: TransformContext): Store[] {
  const propertiesAt = (target: Node): Node[] => {
    const access = Node.isElementAccessExpression(target) ? target.getExpression() : target;
    return Node.isPropertyAccessExpression(access) || Node.isIdentifier(access) ? (access.getSymbol()?.getDeclarations() ?? []).filter(isStoredProperty) : [];
  };
  if (Node.isReturnStatement(node)) {
    // A value returned is stored into its function's result.
    const value = node.getExpression();
    const owner = node.getFirstAncestor((ancestor) => Node.isFunctionLikeDeclaration(ancestor));
    return value === undefined || owner === undefined ? [] : [{ properties: [owner], value }];
  }
  if (Node.isArrowFunction(node) && !Node.isBlock(node.getBody())) {
    return [{ properties: [node], value: node.getBody() }];
  }
  if (Node.isBinaryExpression(node) && node.getOperatorToken().getKind() === SyntaxKind.EqualsToken) {
    const properties = propertiesAt(node.getLeft());
    return properties.length === 0 ? [] : [{ properties, value: node.getRight() }];
  }
  if (Node.isCallExpression(node)) {
    const callee = node.getExpression();
    if (Node.isPropertyAccessExpression(callee) && STORING_METHODS.has(callee.getName())) {
      const properties = propertiesAt(callee.getExpression());
      return properties.length === 0 ? [] : (node.getArguments() as Node[]).map((value) => ({ properties, value }));
    }
  }
  if (Node.isPropertyDeclaration(node) || Node.isVariableDeclaration(node)) {
    const initializer = node.getInitializer();
    return initializer === undefined ? [] : [{ properties: [node], value: initializer }];
  }
  if (Node.isPropertyAssignment(node) || Node.isShorthandPropertyAssignment(node)) {
    const literal = node.getParent();
    const contextual = Node.isObjectLiteralExpression(literal) ? context.checker.getContextualType(literal) : undefined;
    const properties = (contextual?.getNonNullableType().getProperty(node.getName())?.getDeclarations() ?? []).filter(isStoredProperty);
    const value = Node.isPropertyAssignment(node) ? node.getInitializer() : node.getNameNode();
    return properties.length === 0 || value === undefined ? [] : [{ properties, value }];
  }
  return [];
}

/** The links that start at a function or method with a body. */
export function parameterLinks(node: Node): ParameterLink[] {
  if (!(Node.isFunctionDeclaration(node) || Node.isMethodDeclaration(node)) || !node.hasBody()) {
    return [];
  }
  const parameters = node.getParameters();
  const linked: ParameterLink[] = [];
  const link = (others: Node[]): void => {
    for (const other of others) {
      if (Node.isParametered(other)) {
        other.getParameters().forEach((to, index) => {
          const from = parameters[Math.min(index, parameters.length - 1)];
          if (from !== undefined) {
            linked.push({ from, to });
          }
        });
      }
    }
  };
  link(node.getOverloads());
  const owner = node.getParent();
  if (Node.isMethodDeclaration(node) && (Node.isClassDeclaration(owner) || Node.isClassExpression(owner))) {
    link(baseMembers(owner, node.getName(), new Set()));
  }
  return linked;
}

/**
 * A function given as a value where a function type is expected (`const f: (v: unknown) => string =
 * log`, a callback `run((v: unknown) => JSON.stringify(v))`): calls through that type resolve to
 * its parameters, which take what the function's own take.
 */
export function valueLinks(node: Node, context: TransformContext): ParameterLink[] {
  const parent = node.getParent();
  if (parent === undefined || ((Node.isCallExpression(parent) || Node.isNewExpression(parent)) && parent.getExpression() === node)) {
    return [];
  }
  let given: Node | undefined;
  if (Node.isArrowFunction(node) || Node.isFunctionExpression(node)) {
    given = node;
  } else if (Node.isIdentifier(node) || Node.isPropertyAccessExpression(node)) {
    if (Node.isPropertyAccessExpression(parent) && parent.getNameNode() === node) {
      return [];
    }
    const declaration = node.getSymbol()?.getDeclarations()[0];
    const initializer = declaration !== undefined && Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : undefined;
    given =
      declaration !== undefined && (Node.isFunctionDeclaration(declaration) || Node.isMethodDeclaration(declaration))
        ? declaration
        : initializer !== undefined && (Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer))
          ? initializer
          : undefined;
  }
  if (given === undefined || !Node.isParametered(given) || !Node.isExpression(node)) {
    return [];
  }
  const parameters = given.getParameters();
  const contextual = context.checker.getContextualType(node);
  const linked: ParameterLink[] = [];
  for (const signature of contextual?.getCallSignatures() ?? []) {
    const target = signature.getDeclaration();
    if (target === undefined || context.isStandardLibrary(target) || !Node.isParametered(target)) {
      continue;
    }
    target.getParameters().forEach((to, index) => {
      const from = parameters[Math.min(index, parameters.length - 1)];
      if (from !== undefined) {
        linked.push({ from, to });
      }
    });
  }
  return linked;
}

/** The members named `name` of the classes and interfaces a class or interface extends or implements, at any depth. */
function baseMembers(declaration: Node, name: string, seen: Set<Node>): Node[] {
  if (seen.has(declaration) || !(Node.isClassDeclaration(declaration) || Node.isClassExpression(declaration) || Node.isInterfaceDeclaration(declaration))) {
    return [];
  }
  seen.add(declaration);
  return declaration.getHeritageClauses().flatMap((clause) =>
    clause.getTypeNodes().flatMap((typeNode) =>
      (typeNode.getExpression().getSymbol()?.getDeclarations() ?? []).flatMap((base) => {
        const members = Node.isClassDeclaration(base) || Node.isInterfaceDeclaration(base) ? base.getMembers() : [];
        const own = members.filter((member) => (Node.isMethodDeclaration(member) || Node.isMethodSignature(member)) && member.getName() === name);
        return [...own, ...own.flatMap((member) => (Node.isMethodDeclaration(member) ? member.getOverloads() : [])), ...baseMembers(base, name, seen)];
      }),
    ),
  );
}

/** The links a class's or interface's `extends`/`implements` clause makes. */
export function heritageLinks(node: Node): HeritageLink[] {
  if (!Node.isExpressionWithTypeArguments(node)) {
    return [];
  }
  const base = node.getExpression().getSymbol()?.getDeclarations()[0];
  if (base === undefined || !(Node.isClassDeclaration(base) || Node.isInterfaceDeclaration(base))) {
    return [];
  }
  const typeParameters = base.getTypeParameters();
  return node.getTypeArguments().flatMap((given, index) => {
    const typeParameter = typeParameters[index];
    return typeParameter === undefined ? [] : [{ given, typeParameter }];
  });
}
