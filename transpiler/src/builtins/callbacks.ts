/**
 * Array methods that take a callback (map, filter, find, findIndex, some, every, forEach,
 * reduce). An arrow with an expression body is inlined into a comprehension; any other callback
 * is called with as many arguments as it declares (value, index, array), as JavaScript would.
 */
import { CallExpression, Node, ParameterDeclaration, SyntaxKind } from "ts-morph";
import type { TransformContext } from "../context";
import { unsupportedSyntax } from "../diagnostics";
import type * as py from "../python/ast";
import { assign, call, constant, name, number, subscript } from "../python/build";
import { giveFreshName, nameForDeclaration } from "../utils/names";
import { valueName } from "../utils/naming";
import { pythonScopeOf } from "../utils/python-scopes";
import { transformCondition, truthinessTest } from "../utils/truthiness";
import { isSideEffectFree, isWrite, readsGetter, rereadRunsCode, turnsObjectIntoText } from "../utils/temporaries";
import { isPrimitiveType, shapeOfType } from "../utils/types";
import { isWriteOfMember } from "../utils/discarded-results";
import { insideParenthesesAndAssertions } from "../utils/parentheses";
import { isAssignmentOperator, keepsItsValueDuring, variableAt } from "../utils/assignments";

interface Loop {
  /** What each item is bound to (`value`, or `index, value`). */
  target: py.Expression;
  iterable: py.Expression;
  /** The callback's result for one item. */
  result: (asCondition: boolean) => py.Expression;
  /** An inlined body that writes a property or an element (`(counts[item] = 1)`), as the statement it stands for where its value is unused. */
  effects?: () => py.Statement[];
  /** The index variable, when the callback wants one. */
  index: py.Expression | undefined;
  /** The callback cannot change the array (no calls, `new`, assignments, increments or getters), so the plain list can be walked. */
  leavesArrayAlone: boolean;
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

/**
 * How many arguments a callback value takes, where its declaration shows it: a function declared
 * once (not overloaded), a `const` holding an arrow or function expression with no type of its own,
 * a built-in or a host function (their types are what they take). Elsewhere (a parameter, a typed
 * variable, a property, a method a subclass may override with more, an overloaded function) the type
 * says too little: TypeScript lets `(x: number, digits = 2) => …` stand for `(x: number) => string`,
 * and JavaScript passes it the index all the same (review 24B F14: `mapAll(xs, fmt)` passed no
 * digits, `filterAll(xs, (x, i?) => …)` no index), so such a callback is fitted at run time.
 */
function declaredArityOf(node: Node, context: TransformContext): number | undefined {
  const inner = insideParenthesesAndAssertions(node);
  const nameNode = Node.isIdentifier(inner) ? inner : Node.isPropertyAccessExpression(inner) ? inner.getNameNode() : undefined;
  const declarations = (nameNode === undefined ? undefined : context.resolveSymbol(nameNode))?.getDeclarations() ?? [];
  if (declarations.some((declaration) => context.isStandardLibrary(declaration) || context.isHostDeclaration(declaration))) {
    return arityOf(inner);
  }
  const [declaration] = declarations;
  if (declarations.length !== 1 || declaration === undefined) {
    return undefined;
  }
  if (Node.isFunctionDeclaration(declaration)) {
    return arityOf(inner);
  }
  if (
    Node.isVariableDeclaration(declaration) &&
    declaration.getTypeNode() === undefined &&
    declaration.getVariableStatement()?.getDeclarationKind() === "const"
  ) {
    const initializer = declaration.getInitializer();
    const value = initializer === undefined ? undefined : insideParenthesesAndAssertions(initializer);
    return value !== undefined && value === initializer && (Node.isArrowFunction(value) || Node.isFunctionExpression(value)) ? arityOf(inner) : undefined;
  }
  return undefined;
}

/** A callback value whose declaration does not show how many arguments it takes (see declaredArityOf). */
function isFittedAtRunTime(callbackNode: Node, context: TransformContext): boolean {
  return parametersOf(callbackNode) === undefined && declaredArityOf(callbackNode, context) === undefined;
}

/** The Python names of the identifiers in `scope`, outside `except`: one walk, asked of as often as needed. */
function pythonNamesIn(scope: Node, except?: Node): Set<string> {
  return new Set(
    scope
      .getDescendantsOfKind(SyntaxKind.Identifier)
      .filter((identifier) => except === undefined || !except.containsRange(identifier.getPos(), identifier.getEnd()))
      .map((identifier) => valueName(identifier.getText())),
  );
}

/** An arrow with an expression body whose parameters can be the loop's variables. */
function isInlinable(callbackNode: Node): boolean {
  const parameters = parametersOf(callbackNode);
  const body = Node.isArrowFunction(callbackNode) ? callbackNode.getBody() : undefined;
  return (
    parameters !== undefined &&
    body !== undefined &&
    !Node.isBlock(body) &&
    parameters.length <= 2 &&
    !holdsFunction(body) &&
    !assignsParameter(body, parameters) &&
    parameters.every((parameter) => Node.isIdentifier(parameter.getNameNode()) && parameter.getInitializer() === undefined && !parameter.isRestParameter())
  );
}

/**
 * A callback called from inside the loop is read there for each item, where JavaScript evaluates the
 * argument once, after the array: `items.map(make("m"))` made a function per item, `map(fns[i++])`
 * moved on each time, `map(box.format)` ran its getter each time, and a callback that replaces the
 * variable holding it was read anew. Only a function written there (an arrow, a function expression)
 * and a variable that keeps its value during the walk (a `const`, a function declaration, a `let` or
 * parameter that neither the walk nor a function it may call assigns) are the same each time;
 * anything else is evaluated once, before the walk.
 */
function isReadEachTime(callbackNode: Node, context: TransformContext): boolean {
  if (isInlinable(callbackNode)) {
    return false;
  }
  const inner = insideParenthesesAndAssertions(callbackNode);
  if (Node.isArrowFunction(inner) || Node.isFunctionExpression(inner)) {
    return false;
  }
  if (!Node.isIdentifier(inner)) {
    return true;
  }
  const declaration = variableAt(inner, context)?.getDeclarations()[0];
  const walk = callbackNode.getParent() ?? callbackNode;
  return declaration === undefined || (!Node.isFunctionDeclaration(declaration) && !keepsItsValueDuring(inner, walk, context));
}

/**
 * The loop that walks an array for a callback method. An arrow with an expression body is inlined:
 * its parameters are the loop's variables. In a comprehension they stay in its own scope; in a
 * `forEach` statement (`leaks`), a `for` statement in the enclosing function, they get names of
 * their own where that function (or, at a module's top level, the module) uses theirs.
 */
function buildLoop(receiver: py.Expression, callbackNode: Node, context: TransformContext, leaks = false): Loop | undefined {
  const parameters = parametersOf(callbackNode);
  const body = Node.isArrowFunction(callbackNode) ? callbackNode.getBody() : undefined;
  if (isInlinable(callbackNode) && parameters !== undefined && body !== undefined) {
    const scope = pythonScopeOf(callbackNode);
    const usedAround = leaks && parameters.length > 0 ? pythonNamesIn(scope, callbackNode) : undefined;
    const names = parameters.map((parameter) => {
      if (usedAround?.has(nameForDeclaration(parameter, parameter.getName(), context)) === true) {
        giveFreshName(parameter, parameter.getName(), context);
      }
      return name(nameForDeclaration(parameter, parameter.getName(), context));
    });
    // With no parameter the loop's variable is `_`, unless the body (or, for a statement, the function) reads a `_` of its own.
    const value = names[0] ?? (pythonNamesIn(leaks ? scope : callbackNode).has("_") ? name(context.temporaryName("item")) : name("_"));
    const index = names[1];
    return {
      target: index === undefined ? value : { kind: "Tuple", elements: [index, value] },
      iterable: index === undefined ? receiver : call(name("enumerate"), [receiver]),
      result: (asCondition) => (asCondition ? transformCondition(body, context) : context.transformExpression(body)),
      effects: isWriteOfMember(body) ? () => context.transformExpressionForEffects(body) : undefined,
      index,
      leavesArrayAlone: !runsCode(body, context),
    };
  }
  // A rest parameter (`(...args) => args.length`) takes all three: the item, its index and the array.
  // A callback fitted at run time (`js_fit_arguments`) is given all three, and takes as many as it declares.
  const arity =
    parameters !== undefined
      ? parameters.some((parameter) => parameter.isRestParameter())
        ? 3
        : Math.min(parameters.length, 3)
      : (declaredArityOf(callbackNode, context) ?? 3);
  const callback = context.transformExpression(callbackNode);
  const returnType = callbackNode.getType().getCallSignatures()[0]?.getReturnType();
  const returnShape = returnType === undefined ? { kind: "unknown" as const, nullable: true } : shapeOfType(returnType, context);
  const value = name(context.temporaryName("item"));
  const index = name(context.temporaryName("index"));
  const args = [value, index, receiver].slice(0, Math.max(arity, 0));
  if (arity >= 3 && receiver.kind !== "Name") {
    context.report(
      unsupportedSyntax(
        callbackNode,
        "a callback that takes the array itself, on an array that is not a plain variable (put the array in a `const` first and call the method on that)",
      ),
    );
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
    leavesArrayAlone: false,
  };
}

/** Whether a callback is given the array itself: it declares a third or a rest parameter, or it is fitted at run time to what it takes. */
function takesTheArray(callbackNode: Node, context: TransformContext): boolean {
  const parameters = parametersOf(callbackNode);
  if (parameters !== undefined) {
    return parameters.length >= 3 || parameters.some((parameter) => parameter.isRestParameter());
  }
  return (declaredArityOf(callbackNode, context) ?? 3) >= 3;
}

/**
 * Whether evaluating an inlined callback body may run code that could change the array being
 * walked: a call (tagged templates too) other than a read-only built-in one, `new`, an assignment,
 * `++`/`--`, `delete`, a getter, or an object turned into text (its own toString()).
 */
function runsCode(body: Node, context: TransformContext): boolean {
  return [body, ...body.getDescendants()].some(
    (node) =>
      (Node.isCallExpression(node) && !isReadOnlyBuiltinCall(node, context)) ||
      Node.isNewExpression(node) ||
      Node.isTaggedTemplateExpression(node) ||
      Node.isDeleteExpression(node) ||
      isWrite(node) ||
      readsGetter(node) ||
      turnsObjectIntoText(node),
  );
}

/** Methods of Array, Map and Set that only read. */
const READING_METHODS = new Set(["includes", "indexOf", "lastIndexOf", "has", "get", "at"]);

/**
 * A built-in call that cannot change an array: a method of a string or a number, Math's functions,
 * or a reading method (READING_METHODS), given only primitive arguments (no callback, no object
 * turned into text).
 */
function isReadOnlyBuiltinCall(node: CallExpression, context: TransformContext): boolean {
  const callee = node.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) {
    return false;
  }
  const declaration = callee.getNameNode().getSymbol()?.getDeclarations()[0];
  if (declaration === undefined || !context.isStandardLibrary(declaration)) {
    return false;
  }
  const receiver = callee.getExpression();
  const readOnly =
    isPrimitiveType(receiver.getType()) || (Node.isIdentifier(receiver) && receiver.getText() === "Math") || READING_METHODS.has(callee.getName());
  return readOnly && node.getArguments().every((argument) => isPrimitiveType(argument.getType()) || READING_METHODS.has(callee.getName()));
}

/**
 * JavaScript fixes an array callback's walk at the length the array has before the first call:
 * elements the callback pushes are not visited, and indices it removes are skipped (forEach, map,
 * filter, some, every) or read as undefined (find, findIndex). A callback that may change the
 * array walks `js_fixed_length(array)` (islice up to the starting length, reading each index live
 * as JavaScript does) or, for find and findIndex, `js_fixed_length_reads(array)`; one that cannot
 * keeps the plain list, the faster form: map and filter over 1,000 items with a function callback
 * took 130→131 µs and 136→145 µs on Python 3.8, 82→88 µs and 89→69 µs (noise) on 3.11,
 * 68→81 µs and 73→82 µs on 3.13 (timeit, shared machine): up to about 18% more.
 */
function fixLength(loop: Loop, receiver: py.Expression, readsMissing: boolean, context: TransformContext): Loop {
  if (loop.leavesArrayAlone || isFreshList(receiver)) {
    return loop;
  }
  const walk = call(context.useRuntime(readsMissing ? "js_fixed_length_reads" : "js_fixed_length"), [receiver]);
  return { ...loop, iterable: loop.index === undefined ? walk : call(name("enumerate"), [walk]) };
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
      const left = node.getLeft();
      return isAssignmentOperator(node.getOperatorToken().getKind()) && Node.isIdentifier(left) && names.has(left.getText());
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

/** The callback, evaluated once before the walk: fitted to the arguments it takes where its declaration does not show how many (see declaredArityOf). */
function evaluatedCallback(callbackNode: Node, context: TransformContext): py.Expression {
  const value = context.transformExpression(callbackNode);
  return isFittedAtRunTime(callbackNode, context) ? call(context.useRuntime("js_fit_arguments"), [value]) : value;
}

/** A list built on the spot (`[...]`, a comprehension, `list(text)`, a split): no callback can reach it to change it. */
function isFreshList(receiver: py.Expression): boolean {
  return (
    receiver.kind === "List" ||
    receiver.kind === "Comprehension" ||
    (receiver.kind === "Call" && receiver.callee.kind === "Name" && ["list", "js_split", "js_keep_length"].includes(receiver.callee.id))
  );
}

/** A variable, an attribute chain or a member read with a constant key (`song["artists"]`): reading it again runs no code. */
function readTwiceIsHarmless(receiver: py.Expression): boolean {
  return isSideEffectFree(receiver) || (receiver.kind === "Subscript" && receiver.index.kind === "Constant" && readTwiceIsHarmless(receiver.value));
}

/** Whether `receiver.map(…)`'s receiver can be read twice (for the length, then for the walk) with nothing run again: a getter along the way (`box.items`) would run again. */
function readTwiceIsHarmlessFor(receiver: py.Expression, node: CallExpression): boolean {
  const callee = node.getExpression();
  const receiverNode = Node.isPropertyAccessExpression(callee) ? callee.getExpression() : undefined;
  return readTwiceIsHarmless(receiver) && receiverNode !== undefined && !rereadRunsCode(receiverNode, "value");
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
  // A lambda is no way out: CPython refuses `:=` inside one in a comprehension's iterable as well
  // (`[p for p in js_sort(people, lambda x, y: (d := x - y) or …)]`, review 19).
  // Expressions, dict entries and keywords; `origin` is the TypeScript node.
  return Object.entries(value).some(([key, item]) => key !== "origin" && containsNamedExpression(item));
}

const CALLBACK_METHODS = ["map", "filter", "find", "findIndex", "findLast", "findLastIndex", "some", "every", "forEach", "reduce", "reduceRight"];

/** Whether `array.method(...)` is a callback method, whose arguments `transformCallbackMethod` transforms itself. */
export function isCallbackMethod(method: string): boolean {
  return CALLBACK_METHODS.includes(method);
}

/** The methods that call their callback only while they run and keep none of it (`push`, a Map's `set` keep a function): the callback methods, `flatMap` and the sorts. */
export function callsItsCallbackWhileRunning(method: string): boolean {
  return isCallbackMethod(method) || method === "flatMap" || method === "sort" || method === "toSorted";
}

/** A callback's thisArg (`items.map(f, self)`, `flatMap`, `Array.from(items, f, self)`): the callback's `this` has no Python counterpart. */
export function refuseThisArgument(argument: Node | undefined, call: string, context: TransformContext): void {
  if (argument !== undefined) {
    context.report(unsupportedSyntax(argument, `${call} with a thisArg`));
  }
}

/** `array.method(callback)` for the callback methods, or undefined for any other method. */
export function transformCallbackMethod(
  method: string,
  receiver: py.Expression,
  node: CallExpression,
  context: TransformContext,
  evaluatedOnce = false,
): py.Expression | undefined {
  const [callbackNode, extra] = node.getArguments();
  if (!CALLBACK_METHODS.includes(method)) {
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
  if (method === "reduce" || method === "reduceRight") {
    const callback = context.transformExpression(callbackNode);
    const args = [receiver, callback];
    if (extra !== undefined) {
      args.push(context.transformExpression(extra));
    }
    return call(context.useRuntime(method === "reduce" ? "js_reduce" : "js_reduce_right"), args, node);
  }
  if (!evaluatedOnce && (isReadEachTime(callbackNode, context) || isFittedAtRunTime(callbackNode, context))) {
    // `(items_1 := xs, callback_2 := make("m"), [callback_2(item) for item in items_1])[2]`: the array, then the callback, once each.
    // First: a receiver holding `:=` (below) is walked from a temporary, whose walk must still evaluate the callback once.
    const items = context.temporaryName("items");
    const callback = context.temporaryName("callback");
    const value = evaluatedCallback(callbackNode, context);
    const walked = context.withEvaluated([[callbackNode, callback]], () => transformCallbackMethod(method, name(items), node, context, true)) ?? constant(null);
    return subscript(
      {
        kind: "Tuple",
        elements: [{ kind: "NamedExpression", target: items, value: receiver }, { kind: "NamedExpression", target: callback, value }, walked],
      },
      number("2"),
    );
  }
  if (containsNamedExpression(receiver)) {
    // Python forbids `:=` anywhere in a comprehension's iterable. An array built by code that holds
    // one (`a ?? b`, `box?.items`, a `map` keeping its length: `items.slice().map(f).filter(g)`) is
    // evaluated first, into a temporary, by a tuple read left to right: `(items_1 := …, [… for x in items_1])[1]`.
    const temporary = context.temporaryName("items");
    const walked = transformCallbackMethod(method, name(temporary), node, context, true) ?? constant(null);
    return subscript({ kind: "Tuple", elements: [{ kind: "NamedExpression", target: temporary, value: receiver }, walked] }, number("1"));
  }
  if (!evaluatedOnce && receiver.kind !== "Name" && takesTheArray(callbackNode, context)) {
    // A callback given the array itself (`xs.filter(f).map((x, i, all) => …)`) is given the one the
    // walk walks: the receiver is evaluated first, into a temporary (review S49B, G2: it was refused).
    const temporary = context.temporaryName("items");
    const walked = transformCallbackMethod(method, name(temporary), node, context, true) ?? constant(null);
    return subscript({ kind: "Tuple", elements: [{ kind: "NamedExpression", target: temporary, value: receiver }, walked] }, number("1"));
  }
  refuseThisArgument(extra, `${method}()`, context);
  const built = buildLoop(receiver, callbackNode, context);
  if (built === undefined) {
    return constant(null);
  }
  let loop = fixLength(built, receiver, method === "find" || method === "findIndex", context);
  // map's kept length reads the array's length before the walk; a receiver that runs code when read
  // again (a getter `box.items`, a call `items()`) is evaluated once into a temporary for both.
  let singleRead: py.Expression | undefined;
  if (method === "map" && !evaluatedOnce && !built.leavesArrayAlone && !isFreshList(receiver) && !readTwiceIsHarmlessFor(receiver, node)) {
    const temporary = context.temporaryName("items");
    singleRead = { kind: "NamedExpression", target: temporary, value: receiver };
    const walked = name(temporary);
    loop = fixLength({ ...built, iterable: built.index === undefined ? walked : call(name("enumerate"), [walked]) }, walked, false, context);
  }
  const value = loop.target.kind === "Tuple" ? (loop.target.elements[1] ?? name("_")) : loop.target;
  switch (method) {
    case "map": {
      const mapped = comprehension("list", loop.result(false), loop);
      if (loop.leavesArrayAlone || isFreshList(receiver)) {
        return mapped;
      }
      // A callback that shortens the array leaves holes at the end of the result (read as undefined), the length kept.
      return call(context.useRuntime("js_keep_length"), [call(name("len"), [singleRead ?? receiver]), mapped], node);
    }
    case "filter":
      return comprehension("list", value, loop, loop.result(true));
    case "find":
      return call(name("next"), [comprehension("generator", value, loop, loop.result(true)), constant(null)], node);
    case "findIndex": {
      // The position's variable: `index_`, unless the callback reads an `index_` of its own.
      const position = pythonNamesIn(callbackNode).has("index_") ? name(context.temporaryName("index")) : name("index_");
      const indexed: Loop =
        loop.index !== undefined
          ? loop
          : {
              ...loop,
              target: { kind: "Tuple", elements: [position, value] },
              iterable: call(name("enumerate"), [loop.iterable]),
              index: position,
            };
      return call(name("next"), [comprehension("generator", indexed.index ?? position, indexed, loop.result(true)), number("-1")], node);
    }
    case "some":
      return call(name("any"), [comprehension("generator", loop.result(true), loop)], node);
    case "every":
      return call(name("all"), [comprehension("generator", loop.result(true), loop)], node);
    default: {
      // forEach used as a value: run it for its effects; the value is undefined (`(effects, None)[1]`).
      return subscript({ kind: "Tuple", elements: [comprehension("list", loop.result(false), loop), constant(null)] }, number("1"));
    }
  }
}

/** `array.forEach(callback)` as a statement: a plain `for` loop. */
export function transformForEachStatement(
  receiver: py.Expression,
  node: CallExpression,
  context: TransformContext,
  evaluatedOnce = false,
): py.Statement | undefined {
  const [callbackNode, extra] = node.getArguments();
  if (callbackNode === undefined || extra !== undefined) {
    return undefined;
  }
  if (!evaluatedOnce && (isReadEachTime(callbackNode, context) || isFittedAtRunTime(callbackNode, context))) {
    // The array, then the callback, once each, before the loop (see isReadEachTime).
    const items = context.temporaryName("items");
    const callback = context.temporaryName("callback");
    context.addPrecedingStatements([assign(name(items), receiver, node), assign(name(callback), evaluatedCallback(callbackNode, context), callbackNode)]);
    return context.withEvaluated([[callbackNode, callback]], () => transformForEachStatement(name(items), node, context, true));
  }
  if (!evaluatedOnce && receiver.kind !== "Name" && takesTheArray(callbackNode, context)) {
    // The array the callback is given is the one walked: evaluated first, before the loop.
    const items = context.temporaryName("items");
    context.addPrecedingStatements([assign(name(items), receiver, node)]);
    return transformForEachStatement(name(items), node, context, true);
  }
  const built = buildLoop(receiver, callbackNode, context, true);
  if (built === undefined) {
    return undefined;
  }
  const loop = fixLength(built, receiver, false, context);
  const body = loop.effects?.() ?? [{ kind: "ExpressionStatement", expression: loop.result(false) }];
  return { kind: "For", target: loop.target, iterable: loop.iterable, body: body.length > 0 ? body : [{ kind: "Pass" }], origin: node };
}
