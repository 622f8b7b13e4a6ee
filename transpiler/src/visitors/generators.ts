/**
 * Generators: `function*` and generator methods are Python generator functions, `yield` is `yield`,
 * `yield*` is `yield from`. Python runs a generator's body only at the first `next()`, like
 * JavaScript, but evaluates parameter defaults there too where JavaScript evaluates them at the
 * call: such defaults are refused. `for…of` over a generator closes it when the loop is left
 * early (break, return, throw), as JavaScript calls `return()`; `next()` gives `{ value, done }`.
 */
import { CallExpression, Node, SyntaxKind, TryStatement, Type, TypeFlags, YieldExpression } from "ts-morph";
import type { TransformContext } from "../context";
import { generatorProtocol } from "../diagnostics";
import type * as py from "../python/ast";
import { call, constant, expressionStatement, name } from "../python/build";
import { shapeOfNode } from "../utils/types";
import { everyStepOfWalk, isIteratorType, walkOfNode } from "../utils/iteration";
import { liveMapView } from "../utils/live-map-views";
import type { FunctionLike } from "./functions";

export function isGeneratorFunction(node: FunctionLike): boolean {
  return (Node.isFunctionDeclaration(node) || Node.isFunctionExpression(node) || Node.isMethodDeclaration(node)) && node.isGenerator();
}

function isFunctionBoundary(node: Node): boolean {
  return Node.isFunctionLikeDeclaration(node) || Node.isArrowFunction(node) || Node.isFunctionExpression(node) || Node.isClassDeclaration(node);
}

/** The `try` statement whose `finally` block `node` is, if it is one. */
function finallyOwner(node: Node): TryStatement | undefined {
  const parent = node.getParent();
  return parent !== undefined && Node.isTryStatement(parent) && parent.getFinallyBlock() === node ? parent : undefined;
}

/** A statement inside a generator function whose own code (not a nested function's) yields: it may pause there. */
export function pausesInsideGenerator(statement: Node): boolean {
  const owner = statement.getFirstAncestor((ancestor) => isFunctionBoundary(ancestor));
  return owner !== undefined && Node.isFunctionLikeDeclaration(owner) && isGeneratorFunction(owner as FunctionLike) && ownYields(statement).length > 0;
}

/** The yields of this function's own body. */
function ownYields(body: Node): Node[] {
  const found: Node[] = [];
  body.forEachDescendant((descendant, traversal) => {
    if (isFunctionBoundary(descendant)) {
      traversal.skip();
    } else if (Node.isYieldExpression(descendant)) {
      found.push(descendant);
    }
  });
  return found;
}

/** Number's and Math's constants: evaluating them at the call or at the first next() cannot differ. */
const CONSTANTS: Record<string, string[]> = {
  Number: ["MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER", "EPSILON", "MAX_VALUE", "MIN_VALUE", "POSITIVE_INFINITY", "NEGATIVE_INFINITY", "NaN"],
  Math: ["PI", "E", "LN2", "LN10", "LOG2E", "LOG10E", "SQRT2", "SQRT1_2"],
};

/** A literal, or a constant of the standard library (`Infinity`, `Number.MAX_SAFE_INTEGER`, `-Math.PI`). */
function isLiteral(node: Node, context: TransformContext): boolean {
  if (Node.isPrefixUnaryExpression(node)) {
    return Node.isNumericLiteral(node.getOperand()) || isStandardConstant(node.getOperand(), context);
  }
  if (Node.isParenthesizedExpression(node) || Node.isAsExpression(node)) {
    return isLiteral(node.getExpression(), context);
  }
  // A fresh `[]`, `{}`, `["a", 1]`, `{ depth: 0 }`: made at the call or at the first next(), nothing
  // can tell them apart, since nothing but the generator holds them (review S46B, F6).
  if (Node.isArrayLiteralExpression(node)) {
    return node.getElements().every((element) => isLiteral(element, context));
  }
  if (Node.isObjectLiteralExpression(node)) {
    return node
      .getProperties()
      .every(
        (property) =>
          Node.isPropertyAssignment(property) && !Node.isComputedPropertyName(property.getNameNode()) && isLiteral(property.getInitializerOrThrow(), context),
      );
  }
  return isStandardConstant(node, context) || isPlainLiteral(node);
}

function isStandardConstant(node: Node, context: TransformContext): boolean {
  const declaration = context.resolveSymbol(node)?.getDeclarations()[0];
  if (declaration === undefined || !context.isStandardLibrary(declaration)) {
    return false;
  }
  if (Node.isIdentifier(node)) {
    return node.getText() === "Infinity" || node.getText() === "NaN";
  }
  return Node.isPropertyAccessExpression(node) && (CONSTANTS[node.getExpression().getText()] ?? []).includes(node.getName());
}

function isPlainLiteral(node: Node): boolean {
  return (
    Node.isNumericLiteral(node) ||
    Node.isStringLiteral(node) ||
    Node.isNoSubstitutionTemplateLiteral(node) ||
    [SyntaxKind.TrueKeyword, SyntaxKind.FalseKeyword, SyntaxKind.NullKeyword].includes(node.getKind()) ||
    (Node.isIdentifier(node) && node.getText() === "undefined")
  );
}

/**
 * Refuses what a Python generator would do differently, and returns statements that make the
 * body a generator when it has no `yield` of its own (`return` then an unreachable `yield`).
 */
export function checkGeneratorFunction(node: FunctionLike, context: TransformContext): py.Statement[] {
  for (const parameter of node.getParameters()) {
    const initializer = parameter.getInitializer();
    if (initializer !== undefined && !isLiteral(initializer, context)) {
      context.report(
        generatorProtocol(
          initializer,
          "a generator's parameter default other than a literal (a number, a string, a boolean, null, or an array or object literal of them) or a constant of Number or Math (Python would evaluate it at the first next(), JavaScript at the call)",
          "compute it before the call, or in a plain function that calls the generator",
        ),
      );
    }
    if (!Node.isIdentifier(parameter.getNameNode())) {
      context.report(
        generatorProtocol(
          parameter,
          "a destructured parameter of a generator (Python would destructure at the first next())",
          "destructure in a plain function that calls the generator",
        ),
      );
    }
  }
  const body = node.getBody();
  if (body === undefined) {
    return [];
  }
  const yields = ownYields(body);
  for (const yieldNode of yields) {
    const finallyBlock = yieldNode.getAncestors().find((ancestor) => finallyOwner(ancestor) !== undefined);
    if (finallyBlock !== undefined && finallyBlock.getAncestors().includes(body)) {
      context.report(
        generatorProtocol(
          yieldNode,
          "`yield` inside `finally` (closing the generator early runs it: Python raises there where JavaScript suspends)",
          "yield before the `try`",
        ),
      );
    }
  }
  refuseJumpsOutOfFinally(body, yields, context);
  if (yields.length > 0) {
    return [];
  }
  return [{ kind: "Return", value: undefined }, expressionStatement({ kind: "Yield", value: undefined, delegate: false })];
}

/**
 * `break` or `continue` out of a `finally` whose `try` yields: a consumer that leaves its for…of
 * early closes the generator there, and the jump discards that return in JavaScript (the generator
 * runs on to its next yield and stays suspended), where in Python it swallows GeneratorExit and the
 * next yield raises RuntimeError ("generator ignored GeneratorExit").
 */
function refuseJumpsOutOfFinally(body: Node, yields: Node[], context: TransformContext): void {
  body.forEachDescendant((descendant, traversal) => {
    if (isFunctionBoundary(descendant)) {
      traversal.skip();
      return;
    }
    if (!Node.isBreakStatement(descendant) && !Node.isContinueStatement(descendant)) {
      return;
    }
    const label = descendant.getLabel()?.getText();
    for (const ancestor of descendant.getAncestors()) {
      const owner = finallyOwner(ancestor);
      if (owner !== undefined) {
        const guarded = [owner.getTryBlock(), owner.getCatchClause()].filter((block) => block !== undefined);
        if (yields.some((yieldNode) => guarded.some((block) => yieldNode.getAncestors().includes(block)))) {
          context.report(
            generatorProtocol(
              descendant,
              `\`${descendant.getText()}\` out of a \`finally\` whose \`try\` yields (a consumer leaving its loop early closes the generator at that yield: JavaScript's jump drops the closing and runs on, where Python raises RuntimeError at the next yield)`,
              "leave the loop or the block after the `try` statement, with a flag set in the `finally`",
            ),
          );
          return;
        }
      }
      const isTarget =
        label !== undefined
          ? Node.isLabeledStatement(ancestor) && ancestor.getLabel().getText() === label
          : Node.isIterationStatement(ancestor) || (Node.isBreakStatement(descendant) && Node.isSwitchStatement(ancestor));
      if (isTarget || ancestor === body) {
        return;
      }
    }
  });
}

export function transformYield(yieldNode: YieldExpression, context: TransformContext): py.Expression {
  const node = yieldNode;
  const operand = yieldNode.getExpression();
  const delegate = yieldNode.getAsteriskToken() !== undefined;
  if (operand === undefined) {
    return { kind: "Yield", value: undefined, delegate: false, origin: node };
  }
  if (delegate) {
    const shape = shapeOfNode(operand, context);
    // A Set, a Map, a Map's keys()/values()/entries() and a Set's keys()/values() are walked live, as
    // for…of walks them: what the consumer adds while the generator is paused is reached, what it
    // deletes first is skipped (a list would be a snapshot, and a dict view raises RuntimeError).
    const liveView = liveMapView(operand, shape.kind, context);
    if (liveView !== undefined) {
      const iterable = call(context.useRuntime(liveView.helper), [context.transformExpression(liveView.collection)]);
      return { kind: "Yield", value: iterable, delegate: true, origin: node };
    }
    const walk = walkOfNode(operand, context);
    if (!["array", "string"].includes(shape.kind) && !isIteratorType(operand.getType(), context) && walk !== "any-iterable") {
      context.report(
        generatorProtocol(
          operand,
          `\`yield*\` over a value of type ${operand.getType().getText(operand)}`,
          "yield* an array, a string, a Set, a Map, a generator or an instance of a class with `*[Symbol.iterator]()`",
        ),
      );
    }
    let iterable = context.transformExpression(operand);
    if (walk === "any-iterable") {
      // An `Iterable<T>` may hold a Map (its entries) or a Set.
      iterable = call(context.useRuntime("js_iterable"), [iterable]);
    }
    // Paused at each of the delegate's yields, this generator may be resumed from the delegate's own body.
    iterable = everyStepOfWalk(operand, walk, iterable, context);
    return { kind: "Yield", value: iterable, delegate: true, origin: node };
  }
  return { kind: "Yield", value: context.transformExpression(operand), delegate: false, origin: node };
}

/** `iterator.next()` → `js_iterator_next(iterator)`: JavaScript's `{ value, done }`. `return()`, `throw()` and `next(value)` are refused. */
export function transformIteratorMethodCall(
  method: string,
  receiverType: Type,
  receiver: py.Expression,
  args: py.Expression[],
  node: CallExpression,
  context: TransformContext,
): py.Expression {
  if (method === "next" && args.length === 0) {
    // null and undefined are both None: JSON.stringify and console.log leave out an undefined
    // `value`, so the helper is told which one None stands for, from the yield and return types.
    const [yielded, returned] = receiverType.getTypeArguments();
    const flags = [yielded === undefined || !meansUndefined(yielded), returned !== undefined && !meansUndefined(returned)];
    return call(context.useRuntime("js_iterator_next"), [receiver, ...(flags[0] || flags[1] ? flags.map((flag) => constant(flag)) : [])], node);
  }
  context.report(
    generatorProtocol(
      node,
      method === "next" ? "`next(value)` with a value (Python's send() differs on a fresh generator)" : `the iterator method \`${method}()\``,
      method === "next"
        ? "pass values through a shared object, or call next() without a value"
        : "leave a for…of loop with break, or return from inside the generator",
    ),
  );
  return constant(null, node);
}

/** A None of this type is undefined: the type allows undefined (or is any/unknown) but not null. */
function meansUndefined(type: Type): boolean {
  const members = type.isUnion() ? type.getUnionTypes() : [type];
  if (members.some((member) => member.isNull())) {
    return false;
  }
  return members.some((member) => member.isUndefined() || member.isAny() || member.isUnknown() || (member.getFlags() & TypeFlags.Void) !== 0);
}

/**
 * `for…of` over a generator: JavaScript calls its `return()` when the loop is left early, which
 * runs the generator's `finally` blocks at once and ends it; `js_close_iterator` does the same
 * with Python's `close()`. When the loop's body threw, an error from closing is dropped, as
 * JavaScript keeps the body's; when the generator holding the loop is closed at a yield in its body,
 * one is not (JavaScript's completion there is a return).
 */
export function closingLoop(iterator: py.Expression, loop: py.ForStatement, context: TransformContext, origin: Node): py.Statement[] {
  const temporary = context.temporaryName("iterator");
  const close = (quietly: boolean): py.Statement =>
    expressionStatement(call(context.useRuntime("js_close_iterator"), quietly ? [name(temporary), constant(true)] : [name(temporary)]));
  return [
    { kind: "Assign", target: name(temporary), value: iterator, origin },
    {
      kind: "Try",
      body: [{ ...loop, iterable: name(temporary) }],
      // After closing quietly, the temporary is None, so that the `finally` does not close again: a
      // generator still running there would raise TypeError over the body's error, which JavaScript keeps.
      handlers: [
        // The generator holding the loop closed by its consumer (a `return` completion in
        // JavaScript, GeneratorExit in Python): the walked iterator is closed by the finally, whose
        // error, as JavaScript's, replaces the close and reaches the consumer.
        ...(Node.isForOfStatement(origin) && pausesInsideGenerator(origin.getStatement())
          ? [{ type: name("GeneratorExit"), name: undefined, body: [{ kind: "Raise" as const, value: undefined }] }]
          : []),
        {
          type: name("BaseException"),
          name: undefined,
          body: [close(true), { kind: "Assign", target: name(temporary), value: constant(null) }, { kind: "Raise", value: undefined }],
        },
      ],
      finalBody: [close(false)],
      origin,
    },
  ];
}
