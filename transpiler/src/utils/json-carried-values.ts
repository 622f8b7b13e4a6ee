/**
 * What a value JSON.stringify prints carries of the program's declarations: the parameters it is
 * (or is built around, or is a member of), the fields and variables it reads, what the functions,
 * getters and built-in methods it calls give back. (json-printed-values.ts tells why.)
 */
import { CallExpression, NewExpression, Node, ParameterDeclaration, SyntaxKind, ts, Type, TypeParameterDeclaration } from "ts-morph";
import type { TransformContext } from "../context";
import { mayHideInstance } from "./hidden-instances";
import { elementType, holdsTypeParameter } from "./type-parts";
import { isTypeOnlyWrapper } from "./type-wrappers";

/** A field, an interface's or type literal's member, a constructor's parameter property, a variable: what a write stores into. */
export function isStoredProperty(declaration: Node): declaration is Node & { getType(): Type } {
  return (
    Node.isPropertyDeclaration(declaration) ||
    Node.isPropertySignature(declaration) ||
    Node.isVariableDeclaration(declaration) ||
    (Node.isParameterDeclaration(declaration) && declaration.isParameterProperty())
  );
}

/** A parameter whose declared type may hold a class instance unseen, itself or in its elements or data members. */
export function isOpaque(parameter: ParameterDeclaration): boolean {
  return hidesValues(parameter.getType(), parameter, 0);
}

export function hidesValues(type: Type, at: Node, depth: number): boolean {
  // A function (a method's type too) is no value JSON.stringify prints, and has no members that
  // hide one (mayHideInstance takes its empty member list for `{}`'s).
  if (type.getCallSignatures().length > 0) {
    return false;
  }
  if (type.isUnknown() || type.isAny() || mayHideInstance(type)) {
    return true;
  }
  if (depth > 3) {
    return false;
  }
  if (type.isUnion()) {
    return type.getUnionTypes().some((member) => hidesValues(member, at, depth + 1));
  }
  if (type.isTuple()) {
    return type.getTupleElements().some((member) => hidesValues(member, at, depth + 1));
  }
  const element = elementType(type);
  if (element !== undefined) {
    return hidesValues(element, at, depth + 1);
  }
  if (!type.isObject()) {
    return false;
  }
  // A Record's or an index signature's values.
  const index = type.getStringIndexType();
  if (index !== undefined && hidesValues(index, at, depth + 1)) {
    return true;
  }
  // Data members (an interface's, a type literal's or an object literal's), which a member read reaches (`o.data`); a
  // class's are its instances', which the instance is refused for where it is printed whole.
  const declarations = type.getSymbol()?.getDeclarations() ?? [];
  return (
    declarations.length > 0 &&
    declarations.every(
      (declaration) => Node.isInterfaceDeclaration(declaration) || Node.isTypeLiteral(declaration) || Node.isObjectLiteralExpression(declaration),
    ) &&
    type.getProperties().some((property) => hidesValues(property.getTypeAtLocation(at), at, depth + 1))
  );
}

/** The parameters whose values `expression` is, or is built around (see the file's comment). */
export function carriedParameters(
  expression: Node,
  context: TransformContext,
  found: Set<ParameterDeclaration>,
  depth = 0,
  properties: Set<Node> = new Set(),
): Set<ParameterDeclaration> {
  // What the types at this place show is checked where it is printed (`JSON.stringify(e.kind)` of a
  // string, `x` narrowed by `typeof x === "string"`): only a value whose type hides what it holds is
  // followed (review S50A, J12, J13: a member read marked the whole parameter).
  if (depth > 8 || !hidesValues(expression.getType(), expression, 0)) {
    return found;
  }
  const next = (node: Node | undefined): void => {
    if (node !== undefined) {
      carriedParameters(node, context, found, depth + 1, properties);
    }
  };
  // A parameter, a name destructured from one (`{ data }`), a `const` holding one or built around one.
  const fromDeclaration = (declaration: Node): void => {
    const parameter = Node.isParameterDeclaration(declaration) ? declaration : declaration.getFirstAncestorByKind(SyntaxKind.Parameter);
    const variable = Node.isVariableDeclaration(declaration) ? declaration : declaration.getFirstAncestorByKind(SyntaxKind.VariableDeclaration);
    if (Node.isVariableDeclaration(declaration) && hidesValues(declaration.getType(), declaration, 0)) {
      // A variable whose type hides what it holds (`const list: unknown[] = []`, `let next =
      // queue.shift()`): what is stored in it later is printed too.
      properties.add(declaration);
    }
    if (parameter !== undefined && (Node.isParameterDeclaration(declaration) || Node.isBindingElement(declaration))) {
      found.add(parameter);
    } else if (variable !== undefined && (variable === declaration || Node.isBindingElement(declaration))) {
      // A `for…of` variable holds the elements of what it walks; any other, its initializer (a
      // `let`'s later values are stores into it: review S50A, J1, J2).
      const loop = variable.getParent()?.getParent();
      next(loop !== undefined && Node.isForOfStatement(loop) ? loop.getExpression() : variable.getInitializer());
    }
  };
  if (isTypeOnlyWrapper(expression) || Node.isSpreadElement(expression) || Node.isSpreadAssignment(expression)) {
    next(expression.getExpression());
  } else if (Node.isIdentifier(expression)) {
    (expression.getSymbol()?.getDeclarations() ?? []).forEach(fromDeclaration);
  } else if (Node.isPropertyAccessExpression(expression) || Node.isElementAccessExpression(expression)) {
    // A member of what a parameter holds (`o.data`, `list[0]`), and a property (a field, an
    // interface's member) whose type hides what it holds: what is stored in it is printed.
    if (Node.isPropertyAccessExpression(expression)) {
      for (const declaration of expression.getSymbol()?.getDeclarations() ?? []) {
        if (Node.isGetAccessorDeclaration(declaration) && hidesValues(declaration.getReturnType(), declaration, 0)) {
          // A getter gives back what its `return`s carry.
          const returned = returnedValues(declaration, context);
          returned.properties.forEach((property) => properties.add(property));
          returned.others.forEach((parameter) => found.add(parameter));
          // What it makes where it returns is printed (json-printing-links.ts, storesInto).
          properties.add(declaration);
        }
        if (isStoredProperty(declaration) && hidesValues(declaration.getType(), declaration, 0)) {
          properties.add(declaration);
          if (Node.isParameterDeclaration(declaration)) {
            // A constructor's parameter property: what `new` gives it.
            found.add(declaration);
          }
        }
      }
    }
    // Only a member of what the object holds is printed: the fields and variables met inside are
    // not printed whole (`JSON.stringify(source.count)` prints no `source`). An element is what
    // was stored into the list or record it is read from (`this.items[0]`, `bag[key]`: review
    // S50A, J6), which is a store target then.
    carriedParameters(expression.getExpression(), context, found, depth + 1, Node.isElementAccessExpression(expression) ? properties : new Set());
  } else if (Node.isArrayLiteralExpression(expression)) {
    expression.getElements().forEach(next);
  } else if (Node.isObjectLiteralExpression(expression)) {
    for (const property of expression.getProperties()) {
      if (Node.isPropertyAssignment(property)) {
        next(property.getInitializer());
      } else if (Node.isShorthandPropertyAssignment(property)) {
        (property.getValueSymbol()?.getDeclarations() ?? []).forEach(fromDeclaration);
      } else if (Node.isSpreadAssignment(property)) {
        next(property);
      }
    }
  } else if (Node.isCallExpression(expression)) {
    // What a function of the program gives back (`pass(value)` of `pass(v: unknown): unknown {
    // return v; }`, `this.getItems()` of a method returning a field): its parameters (with what the
    // call gives them) and the fields it returns are printed. A result whose type shows what it is
    // (`same<T>(v: T): T` given a Point gives a Point) is checked where it is printed.
    const declaration = hidesValues(expression.getType(), expression, 0) ? calledDeclaration(expression, context) : undefined;
    const callee = expression.getExpression();
    if (declaration !== undefined) {
      const parameters = Node.isParametered(declaration) ? declaration.getParameters() : [];
      const returned = returnedValues(declaration, context);
      returned.properties.forEach((property) => properties.add(property));
      returned.others.forEach((parameter) => found.add(parameter));
      // What it makes where it returns is printed (`load(): unknown { return new Point(…) }`:
      // review S50A, J3), through its overloads' implementation.
      const implementation =
        (Node.isFunctionDeclaration(declaration) || Node.isMethodDeclaration(declaration)) && !declaration.hasBody()
          ? declaration.getImplementation()
          : declaration;
      properties.add(implementation ?? declaration);
      for (const parameter of returned.parameters) {
        found.add(parameter);
        const index = parameters.indexOf(parameter);
        const given = expression.getArguments();
        (parameter.isRestParameter() ? given.slice(index) : [given[index]]).forEach(next);
      }
    } else if (hidesValues(expression.getType(), expression, 0) && Node.isPropertyAccessExpression(callee)) {
      // A built-in method whose result hides what it holds (`items.slice(1)`, `items.concat(more)`,
      // `Object.values(bag)`): it gives back what it is called on and given.
      const called = callee.getSymbol()?.getDeclarations()[0];
      if (called !== undefined && context.isStandardLibrary(called)) {
        next(callee.getExpression());
        expression.getArguments().forEach(next);
      }
    }
  } else if (Node.isConditionalExpression(expression)) {
    next(expression.getWhenTrue());
    next(expression.getWhenFalse());
  } else if (Node.isBinaryExpression(expression)) {
    const operator = expression.getOperatorToken().getKind();
    if (operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.AmpersandAmpersandToken) {
      next(expression.getLeft());
      next(expression.getRight());
    } else if (operator === ts.SyntaxKind.CommaToken) {
      next(expression.getRight());
    }
  }
  return found;
}

/** What a function gives back: its own parameters (at the call's declaration), other functions' parameters, fields. */
interface Returned {
  parameters: Set<ParameterDeclaration>;
  others: Set<ParameterDeclaration>;
  properties: Set<Node>;
}

const returnedByDeclaration = new WeakMap<ts.Node, Returned>();

/**
 * What a function, method or getter gives back (in its own `return`s or an arrow's expression
 * body), or an overload's implementation does.
 */
export function returnedValues(declaration: Node, context: TransformContext): Returned {
  let returned = returnedByDeclaration.get(declaration.compilerNode);
  if (returned !== undefined) {
    return returned;
  }
  returned = { parameters: new Set(), others: new Set(), properties: new Set() };
  // Set first: a function that returns a call of itself ends there.
  returnedByDeclaration.set(declaration.compilerNode, returned);
  const implementation =
    (Node.isFunctionDeclaration(declaration) || Node.isMethodDeclaration(declaration)) && !declaration.hasBody()
      ? declaration.getImplementation()
      : declaration;
  if (implementation === undefined || !Node.isParametered(implementation)) {
    return returned;
  }
  const own = [...implementation.getParameters()];
  const results: Node[] = [];
  const body = Node.isArrowFunction(implementation) ? implementation.getBody() : undefined;
  if (body !== undefined && !Node.isBlock(body)) {
    results.push(body);
  } else {
    implementation.forEachDescendant((node, traversal) => {
      if (node !== implementation && (Node.isFunctionLikeDeclaration(node) || Node.isClassLikeDeclarationBase(node))) {
        traversal.skip();
      } else if (Node.isReturnStatement(node)) {
        const expression = node.getExpression();
        if (expression !== undefined) {
          results.push(expression);
        }
      }
    });
  }
  const parameters = Node.isParametered(declaration) ? declaration.getParameters() : [];
  for (const result of results) {
    for (const parameter of carriedParameters(result, context, new Set(), 0, returned.properties)) {
      const index = own.indexOf(parameter);
      // An overload's parameter at the implementation's place, which is what the call resolves to.
      const atCall = index < 0 ? undefined : (parameters[index] ?? parameters[parameters.length - 1]);
      if (atCall !== undefined) {
        returned.parameters.add(atCall);
      } else if (index < 0) {
        returned.others.add(parameter);
      }
    }
  }
  return returned;
}

/** The type parameters in scope at `node` that may hide a class instance and that `type` holds. */
export function heldTypeParameters(type: Type, node: Node): TypeParameterDeclaration[] {
  return node
    .getAncestors()
    .flatMap((ancestor) => (Node.isTypeParametered(ancestor) ? ancestor.getTypeParameters() : []))
    .filter((typeParameter) => mayHideInstance(typeParameter.getType()) && holdsTypeParameter(type, new Set([typeParameter.getType().compilerType]), 0));
}

/** The program's own declaration a call resolves to, with parameters. */
export function calledDeclaration(node: CallExpression | NewExpression, context: TransformContext): Node | undefined {
  const declaration = context.checker.getResolvedSignature(node)?.getDeclaration();
  return declaration === undefined || context.isStandardLibrary(declaration) || !Node.isParametered(declaration) ? undefined : declaration;
}

/** The parameter an argument at `index` is given for (a rest parameter takes the rest), with its declared type (a rest's element). */
export function parameterFor(declaration: Node, index: number): { parameter: ParameterDeclaration; declared: Type } | undefined {
  const parameters = Node.isParametered(declaration) ? declaration.getParameters() : [];
  const parameter = parameters[Math.min(index, parameters.length - 1)];
  if (parameter === undefined || (index >= parameters.length && !parameter.isRestParameter())) {
    return undefined;
  }
  const type = parameter.getType();
  return { parameter, declared: parameter.isRestParameter() ? (elementType(type) ?? type) : type };
}
