/**
 * Where JSON.stringify prints a value whose type hides what it is: a type parameter (`key<T>(x: T)
 * { return JSON.stringify(x); }`, a generic class's `T`), or a parameter typed `unknown`, `any`,
 * `object` or `{}`. JSON.stringify of a class instance is refused where the instance's type is seen
 * (CS1017, builtins/json-stringify.ts); through such a type the instance is seen only where it is
 * given, so it is refused there: an argument given for such a parameter, or for a parameter whose
 * type holds such a type parameter, and a type argument written for one.
 *
 * Followed through the program: a function that gives its own parameter (or a value of its own type
 * parameter) to another that prints it prints it too. A value is followed as it is passed (itself,
 * through parentheses, `as`, `!`, `?:`, `??`, `||`, `&&`, a `const`, an array or object literal
 * built around it); one stored away first (in a field, pushed into a list) and printed later is not.
 */
import { CallExpression, NewExpression, Node, ParameterDeclaration, SourceFile, SyntaxKind, ts, Type, TypeParameterDeclaration } from "ts-morph";
import type { TransformContext } from "../context";
import { jsonOfClassInstanceGiven } from "../diagnostics";
import { mayHideInstance } from "./hidden-instances";
import { holdsClassInstance } from "./json-printable";
import { elementType, holdsTypeParameter } from "./type-parts";

/** What JSON.stringify prints, program-wide: type parameters (their compiler types) and parameters (their compiler nodes). */
interface Printed {
  typeParameters: Set<ts.Type>;
  parameters: Set<ts.Node>;
  /** Properties whose values are printed: what is stored in them is too. */
  properties: Set<ts.Node>;
}

const printedByProgram = new WeakMap<ts.Program, Printed>();

/** The value `JSON.stringify(value)` prints, or undefined for any other call. */
function printedArgument(node: CallExpression, context: TransformContext): Node | undefined {
  const callee = node.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== "stringify" || callee.getExpression().getText() !== "JSON") {
    return undefined;
  }
  const declaration = callee.getSymbol()?.getDeclarations()[0];
  return declaration !== undefined && context.isStandardLibrary(declaration) ? node.getArguments()[0] : undefined;
}

/** A field, an interface's or type literal's member, a constructor's parameter property, a variable: what a write stores into. */
function isStoredProperty(declaration: Node): declaration is Node & { getType(): Type } {
  return (
    Node.isPropertyDeclaration(declaration) ||
    Node.isPropertySignature(declaration) ||
    Node.isVariableDeclaration(declaration) ||
    (Node.isParameterDeclaration(declaration) && declaration.isParameterProperty())
  );
}

/** A parameter whose declared type may hold a class instance unseen, itself or in its elements or data members. */
function isOpaque(parameter: ParameterDeclaration): boolean {
  return hidesValues(parameter.getType(), parameter, 0);
}

function hidesValues(type: Type, at: Node, depth: number): boolean {
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
  // Data members (an interface's or a type literal's), which a member read reaches (`o.data`); a
  // class's are its instances', which the instance is refused for where it is printed whole.
  const declarations = type.getSymbol()?.getDeclarations() ?? [];
  return (
    declarations.length > 0 &&
    declarations.every((declaration) => Node.isInterfaceDeclaration(declaration) || Node.isTypeLiteral(declaration)) &&
    type.getProperties().some((property) => hidesValues(property.getTypeAtLocation(at), at, depth + 1))
  );
}

/** The parameters whose values `expression` is, or is built around (see the file's comment). */
function carriedParameters(
  expression: Node,
  context: TransformContext,
  found: Set<ParameterDeclaration>,
  depth = 0,
  properties: Set<Node> = new Set(),
): Set<ParameterDeclaration> {
  if (depth > 8) {
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
    if (Node.isVariableDeclaration(declaration) && declaration.getTypeNode() !== undefined && hidesValues(declaration.getType(), declaration, 0)) {
      // A variable declared with a type that hides what it holds (`const list: unknown[] = []`):
      // what is stored in it is printed. (Without the type, it holds what its initializer is, which
      // the checks where it is printed see.)
      properties.add(declaration);
    }
    if (parameter !== undefined && (Node.isParameterDeclaration(declaration) || Node.isBindingElement(declaration))) {
      found.add(parameter);
    } else if (
      variable !== undefined &&
      variable.getVariableStatement()?.getDeclarationKind() === "const" &&
      (variable === declaration || Node.isBindingElement(declaration))
    ) {
      next(variable.getInitializer());
    }
  };
  if (
    Node.isParenthesizedExpression(expression) ||
    Node.isAsExpression(expression) ||
    Node.isNonNullExpression(expression) ||
    Node.isSatisfiesExpression(expression) ||
    Node.isTypeAssertion(expression) ||
    Node.isSpreadElement(expression) ||
    Node.isSpreadAssignment(expression)
  ) {
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
    // not printed whole (`JSON.stringify(source.count)` prints no `source`).
    carriedParameters(expression.getExpression(), context, found, depth + 1, new Set());
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
function returnedValues(declaration: Node, context: TransformContext): Returned {
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
function heldTypeParameters(type: Type, node: Node): TypeParameterDeclaration[] {
  return node
    .getAncestors()
    .flatMap((ancestor) => (Node.isTypeParametered(ancestor) ? ancestor.getTypeParameters() : []))
    .filter((typeParameter) => mayHideInstance(typeParameter.getType()) && holdsTypeParameter(type, new Set([typeParameter.getType().compilerType]), 0));
}

/** The program's own declaration a call resolves to, with parameters. */
function calledDeclaration(node: CallExpression | NewExpression, context: TransformContext): Node | undefined {
  const declaration = context.checker.getResolvedSignature(node)?.getDeclaration();
  return declaration === undefined || context.isStandardLibrary(declaration) || !Node.isParametered(declaration) ? undefined : declaration;
}

/** The parameter an argument at `index` is given for (a rest parameter takes the rest), with its declared type (a rest's element). */
function parameterFor(declaration: Node, index: number): { parameter: ParameterDeclaration; declared: Type } | undefined {
  const parameters = Node.isParametered(declaration) ? declaration.getParameters() : [];
  const parameter = parameters[Math.min(index, parameters.length - 1)];
  if (parameter === undefined || (index >= parameters.length && !parameter.isRestParameter())) {
    return undefined;
  }
  const type = parameter.getType();
  return { parameter, declared: parameter.isRestParameter() ? (elementType(type) ?? type) : type };
}

/** Whether a parameter, so declared, has its values printed. */
function isPrintedParameter(parameter: ParameterDeclaration, declared: Type, printed: Printed): boolean {
  return printed.parameters.has(parameter.compilerNode) || holdsTypeParameter(declared, printed.typeParameters, 0);
}

function printedOfProgram(node: Node, context: TransformContext): Printed {
  const program = node.getProject().getProgram().compilerObject;
  let printed = printedByProgram.get(program);
  if (printed !== undefined) {
    return printed;
  }
  printed = { typeParameters: new Set(), parameters: new Set(), properties: new Set() };
  printedByProgram.set(program, printed);
  const calls: { call: CallExpression | NewExpression; declaration: Node }[] = [];
  const markPrinted = (value: Node): boolean => {
    let added = false;
    for (const typeParameter of heldTypeParameters(value.getType(), value)) {
      const type = typeParameter.getType().compilerType;
      if (!printed!.typeParameters.has(type)) {
        printed!.typeParameters.add(type);
        added = true;
      }
    }
    const properties = new Set<Node>();
    for (const parameter of carriedParameters(value, context, new Set(), 0, properties)) {
      if (isOpaque(parameter) && !printed!.parameters.has(parameter.compilerNode)) {
        printed!.parameters.add(parameter.compilerNode);
        added = true;
      }
    }
    for (const property of properties) {
      if (!printed!.properties.has(property.compilerNode)) {
        printed!.properties.add(property.compilerNode);
        added = true;
      }
    }
    return added;
  };
  // A parameter that takes what another printed parameter takes: itself if its type hides what it
  // is, and the type parameters its type holds.
  const markParameter = (parameter: ParameterDeclaration): boolean => {
    let added = false;
    for (const typeParameter of heldTypeParameters(parameter.getType(), parameter)) {
      const type = typeParameter.getType().compilerType;
      if (!printed!.typeParameters.has(type)) {
        printed!.typeParameters.add(type);
        added = true;
      }
    }
    if (isOpaque(parameter) && !printed!.parameters.has(parameter.compilerNode)) {
      printed!.parameters.add(parameter.compilerNode);
      added = true;
    }
    return added;
  };
  const links: ParameterLink[] = [];
  const heritage: HeritageLink[] = [];
  const stores: Store[] = [];
  for (const sourceFile of node.getProject().getSourceFiles()) {
    if (sourceFile.isDeclarationFile() || sourceFile.isInNodeModules()) {
      continue;
    }
    sourceFile.forEachDescendant((descendant) => {
      links.push(...parameterLinks(descendant), ...valueLinks(descendant, context));
      stores.push(...storesInto(descendant, context));
      heritage.push(...heritageLinks(descendant));
      if (Node.isCallExpression(descendant)) {
        const value = printedArgument(descendant, context);
        if (value !== undefined) {
          markPrinted(value);
          return;
        }
      }
      if (Node.isCallExpression(descendant) || Node.isNewExpression(descendant)) {
        const declaration = calledDeclaration(descendant, context);
        if (declaration !== undefined) {
          calls.push({ call: descendant, declaration });
        }
      }
    });
  }
  // A call that gives a printed parameter what its caller holds prints that too: until nothing more is found.
  for (let changed = true; changed;) {
    changed = false;
    for (const { call, declaration } of calls) {
      (call.getArguments() as Node[]).forEach((argument, index) => {
        const target = parameterFor(declaration, index);
        if (target !== undefined && isPrintedParameter(target.parameter, target.declared, printed!) && markPrinted(argument)) {
          changed = true;
        }
      });
    }
    for (const { from, to } of links) {
      if (isPrintedParameter(from, from.getType(), printed) && markParameter(to)) {
        changed = true;
      }
    }
    for (const { properties, value } of stores) {
      if (properties.some((property) => printed.properties.has(property.compilerNode)) && markPrinted(value)) {
        changed = true;
      }
    }
    for (const { given, typeParameter } of heritage) {
      const type = typeParameter.getType().compilerType;
      if (!printed.typeParameters.has(type) && holdsTypeParameter(given.getType(), printed.typeParameters, 0)) {
        printed.typeParameters.add(type);
        changed = true;
      }
    }
  }
  return printed;
}

/**
 * A parameter whose values a call may reach through another declaration: an overload's (the call
 * resolves to the overload, the implementation prints), and a base class's or interface's method
 * of the same name (the call resolves to it, the class's own method prints).
 */
interface ParameterLink {
  from: ParameterDeclaration;
  to: ParameterDeclaration;
}

/** `extends Base<T>`, `implements Store<T>`: a printed T of the class prints the base's own type parameter. */
interface HeritageLink {
  given: Node;
  typeParameter: TypeParameterDeclaration;
}

/** A value stored into a property: written to it, to one of its elements, or added to it by a built-in method. */
interface Store {
  properties: Node[];
  value: Node;
}

/** Built-in methods that store their arguments into the list, Set or record they are called on. */
const STORING_METHODS = new Set(["push", "unshift", "splice", "fill", "add", "set"]);

/** The stores a node makes: `o.p = v`, `o.p[i] = v`, `o.p.push(v)`, a field's initializer, `{ p: v }` where a type with `p` is expected. */
function storesInto(node: Node, context: TransformContext): Store[] {
  const propertiesAt = (target: Node): Node[] => {
    const access = Node.isElementAccessExpression(target) ? target.getExpression() : target;
    return Node.isPropertyAccessExpression(access) || Node.isIdentifier(access) ? (access.getSymbol()?.getDeclarations() ?? []).filter(isStoredProperty) : [];
  };
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
function parameterLinks(node: Node): ParameterLink[] {
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
function valueLinks(node: Node, context: TransformContext): ParameterLink[] {
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
function heritageLinks(node: Node): HeritageLink[] {
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

/** What `class Cache<T>` or `key<T>` is given for each printed type parameter, where written out or inferred. */
function typeArgumentsGiven(
  node: CallExpression | NewExpression,
  declaration: Node,
  context: TransformContext,
): { typeParameter: TypeParameterDeclaration; given: Type; at: Node }[] {
  const owner = Node.isConstructorDeclaration(declaration) ? declaration.getParent() : declaration;
  const typeParameters = Node.isTypeParametered(owner) ? owner.getTypeParameters() : [];
  const written = node.getTypeArguments();
  const signature = context.checker.compilerObject.getResolvedSignature(node.compilerNode);
  const inferred = signature === undefined ? undefined : context.checker.compilerObject.getTypeArgumentsForResolvedSignature(signature);
  return typeParameters.flatMap((typeParameter, index): { typeParameter: TypeParameterDeclaration; given: Type; at: Node }[] => {
    const at = written[index];
    if (at !== undefined) {
      return [{ typeParameter, given: at.getType(), at }];
    }
    const type = inferred?.[index];
    return type === undefined ? [] : [{ typeParameter, given: wrapType(node.getType(), type), at: node }];
  });
}

/** ts-morph's own wrapper of a compiler type, reached through a wrapped type's context. */
function wrapType(anchor: Type, type: ts.Type): Type {
  return (anchor as unknown as { _context: { compilerFactory: { getType(type: ts.Type): Type } } })._context.compilerFactory.getType(type);
}

/** `new Cache<Point>()` of a class with no constructor of its own: its type arguments, written or inferred (`const c: Cache<Point> = new Cache()`). */
function reportDefaultConstructed(node: NewExpression, printedTypeParameters: ReadonlySet<ts.Type>, context: TransformContext): void {
  const declaration = node
    .getExpression()
    .getSymbol()
    ?.getDeclarations()
    .find((each) => Node.isClassDeclaration(each));
  if (declaration === undefined || !Node.isClassDeclaration(declaration) || context.isStandardLibrary(declaration)) {
    return;
  }
  const given = node.getType().getTypeArguments();
  const written = node.getTypeArguments();
  for (const [index, typeParameter] of declaration.getTypeParameters().entries()) {
    const type = given[index];
    const at = written[index] ?? node;
    if (type !== undefined && printedTypeParameters.has(typeParameter.getType().compilerType) && holdsClassInstance(type, at, context)) {
      context.report(
        jsonOfClassInstanceGiven(
          at,
          `${type.getText(at)} is given for the type parameter \`${typeParameter.getName()}\` of \`${declaration.getName() ?? "default"}\``,
        ),
      );
      return;
    }
  }
}

/** CS1017 wherever a class instance is given to be printed through a type that hides it. */
export function reportInstancesPrintedUnseen(sourceFile: SourceFile, context: TransformContext): void {
  const printed = printedOfProgram(sourceFile, context);
  if (printed.typeParameters.size === 0 && printed.parameters.size === 0 && printed.properties.size === 0) {
    return;
  }
  const printedTypeParameters = printed.typeParameters;
  // Reported arguments: an instance inside one (`{ data: p }` given whole) is not reported again where it is stored.
  const reportedArguments = new Set<Node>();
  sourceFile.forEachDescendant((node) => {
    for (const { properties, value } of storesInto(node, context)) {
      const property = properties.find((each) => printed.properties.has(each.compilerNode));
      if (
        property !== undefined &&
        holdsClassInstance(value.getType(), value, context) &&
        !value.getAncestors().some((ancestor) => reportedArguments.has(ancestor))
      ) {
        const name =
          Node.isPropertyDeclaration(property) ||
          Node.isPropertySignature(property) ||
          Node.isParameterDeclaration(property) ||
          Node.isVariableDeclaration(property)
            ? property.getName()
            : property.getText();
        context.report(jsonOfClassInstanceGiven(value, `\`${value.getText()}\` is stored in \`${name}\``));
      }
    }
    if (Node.isCallExpression(node) || Node.isNewExpression(node)) {
      const declaration = calledDeclaration(node, context);
      if (declaration === undefined) {
        if (Node.isNewExpression(node)) {
          reportDefaultConstructed(node, printedTypeParameters, context);
        }
        return;
      }
      const name = Node.isCallExpression(node) ? node.getExpression().getText() : `new ${node.getExpression().getText()}`;
      let reported = false;
      (node.getArguments() as Node[]).forEach((argument, index) => {
        const target = parameterFor(declaration, index);
        if (
          target !== undefined &&
          isPrintedParameter(target.parameter, target.declared, printed) &&
          holdsClassInstance(argument.getType(), argument, context)
        ) {
          reported = true;
          reportedArguments.add(argument);
          context.report(
            jsonOfClassInstanceGiven(argument, `\`${argument.getText()}\` is given for the parameter \`${target.parameter.getName()}\` of \`${name}\``),
          );
        }
      });
      if (!reported) {
        for (const { typeParameter, given, at } of typeArgumentsGiven(node, declaration, context)) {
          if (printedTypeParameters.has(typeParameter.getType().compilerType) && holdsClassInstance(given, at, context)) {
            context.report(jsonOfClassInstanceGiven(at, `${given.getText(at)} is given for the type parameter \`${typeParameter.getName()}\` of \`${name}\``));
            break;
          }
        }
      }
    } else if (Node.isTypeReference(node) || Node.isExpressionWithTypeArguments(node)) {
      const symbol = (Node.isTypeReference(node) ? node.getTypeName() : node.getExpression()).getSymbol();
      const declaration = (symbol?.isAlias() === true ? symbol.getAliasedSymbol() : symbol)?.getDeclarations()[0];
      if (declaration === undefined || !Node.isClassDeclaration(declaration)) {
        return;
      }
      const typeParameters = declaration.getTypeParameters();
      node.getTypeArguments().forEach((typeArgument, index) => {
        const typeParameter = typeParameters[index];
        if (
          typeParameter !== undefined &&
          printedTypeParameters.has(typeParameter.getType().compilerType) &&
          holdsClassInstance(typeArgument.getType(), typeArgument, context)
        ) {
          context.report(
            jsonOfClassInstanceGiven(
              typeArgument,
              `${typeArgument.getText()} is given for the type parameter \`${typeParameter.getName()}\` of \`${declaration.getName() ?? "default"}\``,
            ),
          );
        }
      });
    }
  });
}
