/**
 * Array methods that take a callback (map, filter, find, findIndex, some, every, forEach,
 * reduce). An arrow with an expression body is inlined into a comprehension; any other callback
 * is called with as many arguments as it declares (value, index, array), as JavaScript would.
 */
import { CallExpression, Node, ParameterDeclaration, SyntaxKind } from "ts-morph";
import type { TransformContext } from "../context";
import { unsupportedSyntax } from "../diagnostics";
import type * as py from "../python/ast";
import { call, compare, constant, name, number } from "../python/build";
import { nameForDeclaration } from "../utils/names";
import { transformCondition, truthinessTest } from "../utils/truthiness";
import { shapeOfType } from "../utils/types";

interface Loop {
  /** What each item is bound to (`value`, or `index, value`). */
  target: py.Expression;
  iterable: py.Expression;
  /** The callback's result for one item. */
  result: (asCondition: boolean) => py.Expression;
  /** The index variable, when the callback wants one. */
  index: py.Expression | undefined;
}

function parametersOf(node: Node): ParameterDeclaration[] | undefined {
  if (Node.isArrowFunction(node) || Node.isFunctionExpression(node)) {
    return node.getParameters();
  }
  return undefined;
}

/** How many arguments a callback takes, from its type (JavaScript ignores the extra ones, Python does not). */
function arityOf(node: Node): number {
  const signature = node.getType().getCallSignatures()[0];
  if (signature === undefined) {
    return 1;
  }
  const parameters = signature.getParameters();
  const last = parameters[parameters.length - 1]?.getValueDeclaration();
  if (last !== undefined && Node.isParameterDeclaration(last) && last.isRestParameter()) {
    return 3;
  }
  return Math.min(parameters.length, 3);
}

function buildLoop(receiver: py.Expression, callbackNode: Node, context: TransformContext): Loop | undefined {
  const parameters = parametersOf(callbackNode);
  const body = Node.isArrowFunction(callbackNode) ? callbackNode.getBody() : undefined;
  const inlinable =
    parameters !== undefined &&
    body !== undefined &&
    !Node.isBlock(body) &&
    parameters.length <= 2 &&
    !holdsFunction(body) &&
    !assignsParameter(body, parameters) &&
    parameters.every((parameter) => Node.isIdentifier(parameter.getNameNode()) && parameter.getInitializer() === undefined && !parameter.isRestParameter());
  if (inlinable && parameters !== undefined && body !== undefined) {
    const names = parameters.map((parameter) => name(nameForDeclaration(parameter, parameter.getName(), context)));
    const value = names[0] ?? name("_");
    const index = names[1];
    return {
      target: index === undefined ? value : { kind: "Tuple", elements: [index, value] },
      iterable: index === undefined ? receiver : call(name("enumerate"), [receiver]),
      result: (asCondition) => (asCondition ? transformCondition(body, context) : context.transformExpression(body)),
      index,
    };
  }
  const arity = parameters !== undefined ? Math.min(parameters.length, 3) : arityOf(callbackNode);
  const callback = context.transformExpression(callbackNode);
  const returnType = callbackNode.getType().getCallSignatures()[0]?.getReturnType();
  const returnShape = returnType === undefined ? { kind: "unknown" as const, nullable: true } : shapeOfType(returnType, context);
  const value = name(context.temporaryName("item"));
  const index = name(context.temporaryName("index"));
  const args = [value, index, receiver].slice(0, Math.max(arity, 0));
  if (arity >= 3 && receiver.kind !== "Name") {
    context.report(unsupportedSyntax(callbackNode, "a callback that takes the array itself, on an array that is not a plain variable"));
  }
  const wantsIndex = arity >= 2;
  return {
    target: wantsIndex ? { kind: "Tuple", elements: [index, value] } : value,
    iterable: wantsIndex ? call(name("enumerate"), [receiver]) : receiver,
    result: (asCondition) => {
      const result = call(callback, args);
      return asCondition ? truthinessTest(result, returnShape, context) : result;
    },
    index: wantsIndex ? index : undefined,
  };
}

/**
 * A function inside the callback (an arrow, a function expression, an object literal's method) keeps
 * the callback's parameters: JavaScript gives each call its own, while a comprehension's variable is
 * one for all items, so closures made in it would all see the last item. Such a callback is called
 * per item instead of inlined (an inner arrow with statements could not be lifted into it either).
 */
function holdsFunction(body: Node): boolean {
  return [body, ...body.getDescendants()].some(
    (node) =>
      Node.isArrowFunction(node) ||
      Node.isFunctionExpression(node) ||
      ((Node.isMethodDeclaration(node) || Node.isGetAccessorDeclaration(node) || Node.isSetAccessorDeclaration(node)) &&
        Node.isObjectLiteralExpression(node.getParent())),
  );
}

/**
 * `(x) => (x = x * 2)`: a comprehension's variable cannot be assigned inside it (`:=` there is a
 * SyntaxError, and the module would not import), so such a callback is called per item instead.
 */
function assignsParameter(body: Node, parameters: ParameterDeclaration[]): boolean {
  const names = new Set(parameters.map((parameter) => parameter.getName()));
  return [body, ...body.getDescendants()].some((node) => {
    if (Node.isBinaryExpression(node)) {
      const kind = node.getOperatorToken().getKind();
      const left = node.getLeft();
      return kind >= SyntaxKind.FirstAssignment && kind <= SyntaxKind.LastAssignment && Node.isIdentifier(left) && names.has(left.getText());
    }
    if (Node.isPrefixUnaryExpression(node) || Node.isPostfixUnaryExpression(node)) {
      const operand = node.getOperand();
      return (
        [SyntaxKind.PlusPlusToken, SyntaxKind.MinusMinusToken].includes(node.getOperatorToken()) && Node.isIdentifier(operand) && names.has(operand.getText())
      );
    }
    return false;
  });
}

function comprehension(form: "list" | "generator", element: py.Expression, loop: Loop, condition?: py.Expression): py.Expression {
  return { kind: "Comprehension", form, element, target: loop.target, iterable: loop.iterable, condition };
}

function containsNamedExpression(value: unknown): boolean {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  if (Array.isArray(value)) {
    return value.some(containsNamedExpression);
  }
  const kind = (value as { kind?: unknown }).kind;
  if (kind === "NamedExpression") {
    return true;
  }
  if (kind === "Lambda") {
    return false; // its own scope
  }
  // Expressions, dict entries and keywords; `origin` is the TypeScript node.
  return Object.entries(value).some(([key, item]) => key !== "origin" && containsNamedExpression(item));
}

/** `array.method(callback)` for the callback methods, or undefined for any other method. */
export function transformCallbackMethod(method: string, receiver: py.Expression, node: CallExpression, context: TransformContext): py.Expression | undefined {
  const [callbackNode, extra] = node.getArguments();
  if (!["map", "filter", "find", "findIndex", "findLast", "findLastIndex", "some", "every", "forEach", "reduce"].includes(method)) {
    return undefined;
  }
  if (callbackNode === undefined) {
    context.report(unsupportedSyntax(node, `${method}() without a callback`));
    return constant(null);
  }
  if (method === "findLast" || method === "findLastIndex") {
    if (callbackNode === undefined || extra !== undefined) {
      context.report(unsupportedSyntax(node, `${method}() without a callback or with a thisArg`));
      return constant(null);
    }
    // From the end, the callback seeing each index as JavaScript passes it: a helper reads clearer than a reversed comprehension.
    const callback = context.transformExpression(callbackNode);
    return call(context.useRuntime(method === "findLast" ? "js_find_last" : "js_find_last_index"), [receiver, callback], node);
  }
  if (method === "reduce") {
    const callback = context.transformExpression(callbackNode);
    const args = [receiver, callback];
    if (extra !== undefined) {
      args.push(context.transformExpression(extra));
    }
    return call(context.useRuntime("js_reduce"), args, node);
  }
  if (extra !== undefined) {
    context.report(unsupportedSyntax(extra, `${method}() with a thisArg`));
  }
  const loop = buildLoop(receiver, callbackNode, context);
  if (loop === undefined) {
    return constant(null);
  }
  if (containsNamedExpression(loop.iterable)) {
    // Python forbids `:=` anywhere in a comprehension's iterable.
    context.report(
      unsupportedSyntax(
        node.getExpression(),
        `${method}() on an array built with \`??\`, \`||\` or \`?.\` over a computed value (put the array in a variable first)`,
      ),
    );
  }
  const value = loop.target.kind === "Tuple" ? (loop.target.elements[1] ?? name("_")) : loop.target;
  switch (method) {
    case "map":
      return comprehension("list", loop.result(false), loop);
    case "filter":
      return comprehension("list", value, loop, loop.result(true));
    case "find":
      return call(name("next"), [comprehension("generator", value, loop, loop.result(true)), constant(null)], node);
    case "findIndex": {
      const indexed: Loop =
        loop.index !== undefined
          ? loop
          : {
              ...loop,
              target: { kind: "Tuple", elements: [name("index_"), value] },
              iterable: call(name("enumerate"), [loop.iterable]),
              index: name("index_"),
            };
      return call(name("next"), [comprehension("generator", indexed.index ?? name("index_"), indexed, loop.result(true)), number("-1")], node);
    }
    case "some":
      return call(name("any"), [comprehension("generator", loop.result(true), loop)], node);
    case "every":
      return call(name("all"), [comprehension("generator", loop.result(true), loop)], node);
    default: {
      // forEach used as a value: run it for its effects; the value is undefined.
      return compare("is", call(name("list"), [comprehension("list", loop.result(false), loop)]), constant(null));
    }
  }
}

/** `array.forEach(callback)` as a statement: a plain `for` loop. */
export function transformForEachStatement(receiver: py.Expression, node: CallExpression, context: TransformContext): py.Statement | undefined {
  const [callbackNode, extra] = node.getArguments();
  if (callbackNode === undefined || extra !== undefined) {
    return undefined;
  }
  const loop = buildLoop(receiver, callbackNode, context);
  if (loop === undefined) {
    return undefined;
  }
  return { kind: "For", target: loop.target, iterable: loop.iterable, body: [{ kind: "ExpressionStatement", expression: loop.result(false) }], origin: node };
}
