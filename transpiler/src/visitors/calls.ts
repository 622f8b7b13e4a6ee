/** Calls and `new`: our own functions and classes, host APIs, and JavaScript built-ins. */
import { CallExpression, NewExpression, Node, PropertyAccessExpression, SyntaxKind } from "ts-morph";
import type { TransformContext } from "../context";
import { isOptionalChainLink, optionalLink } from "../utils/optional-chains";
import { dynamicAccess, inexactCollectionKey, unsupportedBuiltin, unsupportedSyntax } from "../diagnostics";
import { collectionKeys, keyTypeOfNew } from "../utils/collection-keys";
import type * as py from "../python/ast";
import { attribute, call, compare, constant, expressionStatement, name, subscript, text } from "../python/build";
import { shapeOfNode, ValueKind } from "../utils/types";
import { isIteratorType, spreadSource } from "../utils/iteration";
import { ERROR_CLASSES, isStandardGlobal, transformGlobalFunctionCall, transformGlobalMethodCall } from "../builtins/globals";
import { hasStatementForm, insteadOfMethod, isOwnClassMethod, transformBuiltinMethodCall, transformBuiltinMethodStatement } from "../builtins/methods";
import { hostTag, nameForMember } from "../utils/names";
import { isCallbackMethod, transformForEachStatement } from "../builtins/callbacks";
import { evaluateTestedOnce, isSideEffectFree, runsNoCode } from "../utils/temporaries";
import { transformIteratorMethodCall } from "./generators";
import { isConsole, transformConsoleCall } from "../builtins/console";
import { isRegExp, transformNewRegExp, transformRegExpMethodCall } from "../builtins/regexp";
import { transformArrayConstructor } from "../builtins/array-constructor";
import { insteadOfLibraryClass } from "../builtins/missing-library";
import { spreadsInPlace } from "../utils/spread-order";
import { isBindToItsObject } from "../utils/bound-methods";

/**
 * `map[key] = value` evaluates the value, then the map, then the key; JavaScript's map.set(key, value)
 * the map, the key, then the value. The same only when none of them runs code (a call, a getter:
 * `m.set(gauge.reading, gauge.reading)`, `m.set("a", 1).set(k, 2)`, `this.cache.set(key(), this.reset())`);
 * otherwise the expression form, js_map_set(map, key, value), whose arguments go in JavaScript's order.
 * The other statement forms (`list.append(x)`, `map.pop(k, None)`) evaluate the receiver first, as JavaScript does.
 */
function statementFormKeepsOrder(kind: string, method: string, receiver: py.Expression, args: py.Expression[], expression: CallExpression): boolean {
  if (kind !== "map" || method !== "set") {
    return true;
  }
  return isSideEffectFree(receiver) && expression.getArguments().every((argument, index) => runsNoCode(args[index], argument));
}

export function transformArguments(args: Node[], context: TransformContext): py.Expression[] {
  return spreadsInPlace(
    args.map((argument): py.Expression => {
      if (Node.isSpreadElement(argument)) {
        return { kind: "Starred", value: spreadSource(argument.getExpression(), context.transformExpression(argument.getExpression()), context) };
      }
      return context.transformExpression(argument);
    }),
  );
}

/**
 * `array.map(callback)` and the other callback methods transform their arguments themselves
 * (inlined or lifted into a `def`): transforming them here as well emitted each callback's `def`
 * twice.
 */
function isArrayCallbackCall(expression: CallExpression, context: TransformContext): boolean {
  const callee = expression.getExpression();
  return (
    !expression.hasQuestionDotToken() &&
    Node.isPropertyAccessExpression(callee) &&
    isCallbackMethod(callee.getName()) &&
    shapeOfNode(callee.getExpression(), context).kind === "array" &&
    !isIteratorType(callee.getExpression().getType(), context)
  );
}

export function transformCall(expression: CallExpression, context: TransformContext): py.Expression {
  const callee = expression.getExpression();
  const args = isArrayCallbackCall(expression, context) ? [] : transformArguments(expression.getArguments(), context);
  if (callee.getKind() === SyntaxKind.SuperKeyword) {
    return call(attribute(call(name("super"), []), "__init__"), args, expression);
  }
  let named: Node = callee;
  while (Node.isParenthesizedExpression(named)) {
    // `(String)(12)` calls what `String(12)` calls.
    named = named.getExpression();
  }
  if (Node.isIdentifier(named) && isStandardGlobal(named, context)) {
    return transformGlobalFunctionCall(named.getText(), args, expression, context);
  }
  if (Node.isPropertyAccessExpression(callee) && expression.hasQuestionDotToken()) {
    // `a.method?.()`: undefined when the member is null or undefined (an optional member left out), else the call.
    const kind = shapeOfNode(callee.getExpression(), context).kind;
    if (kind !== "object" && kind !== "dict") {
      context.report(unsupportedSyntax(expression, "`?.()` on a member of a built-in value"));
    }
    const [first, again] = evaluateTestedOnce(context.transformExpression(callee), "function", context);
    return optionalLink(first, call(again, args), expression, context);
  }
  if (Node.isPropertyAccessExpression(callee)) {
    const receiverNode = callee.getExpression();
    const method = callee.getName();
    if (isConsole(receiverNode, context)) {
      return transformConsoleCall(method, args, expression, context);
    }
    // `NaN.toString()`, `Infinity.toFixed(2)`: a global that is a number is a value, not a namespace like Math.
    if (isStandardGlobal(receiverNode, context) && !receiverNode.getType().isNumber()) {
      return transformGlobalMethodCall(receiverNode.getText(), method, args, expression, context);
    }
    if (receiverNode.getKind() !== SyntaxKind.SuperKeyword) {
      const shape = shapeOfNode(receiverNode, context);
      let receiver = context.transformExpression(receiverNode);
      let guard: py.Expression | undefined;
      if (callee.hasQuestionDotToken()) {
        // `a?.method()`: undefined when a is null or undefined, a evaluated once.
        [guard, receiver] = evaluateTestedOnce(receiver, "value", context);
      }
      const result = isRegExp(receiverNode, context)
        ? transformRegExpMethodCall(method, receiver, args, expression, context)
        : transformMethodCall(shape.kind, receiver, method, args, expression, callee, context);
      return guard === undefined ? result : optionalLink(guard, result, expression, context);
    }
  }
  if (Node.isPropertyAccessExpression(callee) && callee.getName() === "toString" && args.length === 0 && !isOwnClassMethod(callee, context)) {
    // `super.toString()` where no class of the program's chain has its own: Object's, or Error's for an Error.
    const owner = callee.getFirstAncestor(
      (ancestor) =>
        Node.isMethodDeclaration(ancestor) ||
        Node.isPropertyDeclaration(ancestor) ||
        Node.isGetAccessorDeclaration(ancestor) ||
        Node.isSetAccessorDeclaration(ancestor) ||
        Node.isConstructorDeclaration(ancestor) ||
        Node.isClassStaticBlockDeclaration(ancestor),
    );
    if (owner === undefined || Node.isClassStaticBlockDeclaration(owner) || (!Node.isConstructorDeclaration(owner) && owner.isStatic())) {
      context.report(unsupportedSyntax(expression, "`super.toString()` in a static member (JavaScript gives the class's source text)"));
      return name("None", expression);
    }
    return call(context.useRuntime("js_object_to_string"), [name("self")], expression);
  }
  if (expression.hasQuestionDotToken()) {
    const [first, again] = evaluateTestedOnce(context.transformExpression(callee), "function", context);
    return optionalLink(first, call(again, args), expression, context);
  }
  return withHostKeywords(call(context.transformExpression(callee), args, expression), expression, context);
}

function transformMethodCall(
  kind: ValueKind,
  receiver: py.Expression,
  method: string,
  args: py.Expression[],
  expression: CallExpression,
  callee: PropertyAccessExpression,
  context: TransformContext,
): py.Expression {
  if (isIteratorType(callee.getExpression().getType(), context)) {
    return transformIteratorMethodCall(method, callee.getExpression().getType(), receiver, args, expression, context);
  }
  if (kind === "function" && isBindToItsObject(expression)) {
    // `counter.inc.bind(counter)`: the method read from its object, which Python binds to it, in a
    // function of its own as each bind makes one (two Python bound methods of one object are equal).
    return call(context.useRuntime("js_bind"), [receiver], expression);
  }
  const builtin = transformBuiltinMethodCall(kind, method, receiver, args, expression, context);
  if (builtin !== undefined) {
    return builtin;
  }
  // A method that comes from JavaScript's Object (`hasOwnProperty`, `toString`, `valueOf`, …), not the program's.
  const declaration = callee.getNameNode().getSymbol()?.getDeclarations()[0];
  const fromStandardLibrary = declaration !== undefined && context.isStandardLibrary(declaration);
  if (kind === "dict") {
    // Object.prototype's methods are no keys of the Python dict a plain object is:
    // `p["hasOwnProperty"]` raised KeyError (review 10).
    if (fromStandardLibrary) {
      // Not `key in object`, which also finds inherited names ("toString" in object is true).
      const instead = method === "hasOwnProperty" ? "write `Object.keys(object).includes(key)`" : "build the value from the object's fields";
      context.report(unsupportedBuiltin(expression, `\`${method}()\` of a plain object (from JavaScript's Object: ${instead})`));
      return name("None", expression);
    }
    return call(subscript(receiver, text(method)), args, expression); // a function kept in a dict
  }
  if (kind === "object" || kind === "error") {
    if (fromStandardLibrary) {
      if (kind === "error" && method === "toString" && args.length === 0) {
        // Error.prototype.toString, as String(error) (a subclass's own toString is the program's, called above).
        return call(context.useRuntime("js_str"), [receiver], expression);
      }
      // The built-in that declares it (`WeakMap`'s set after `new WeakMap()` was refused), or Object's own.
      const owner = declaration.getParent();
      const ownerName = Node.isInterfaceDeclaration(owner) || Node.isClassDeclaration(owner) ? owner.getName() : undefined;
      const receiverClasses = (callee.getExpression().getType().getSymbol()?.getDeclarations() ?? []).filter(
        (classDeclaration) => Node.isClassDeclaration(classDeclaration) && !context.isStandardLibrary(classDeclaration),
      );
      if (ownerName !== undefined && ownerName !== "Object" && receiverClasses.length > 0) {
        // A program's class that extends Map, Set or Array: the `extends` is refused, with what to write instead.
        return name("None", expression);
      }
      if (context.hasErrorWithin(callee.getExpression())) {
        // `new Intl.NumberFormat(…).format(x)`: the receiver's refusal says it (review S46B, F5).
        return name("None", expression);
      }
      context.report(
        unsupportedBuiltin(
          expression,
          `\`${method}()\` from JavaScript's ${ownerName ?? "Object"}`,
          ownerName === undefined ? undefined : insteadOfLibraryClass(ownerName),
        ),
      );
    }
    return withHostKeywords(call(attribute(receiver, nameForMember(callee.getNameNode().getSymbol(), method, context)), args, expression), expression, context);
  }
  if (kind === "function" && declaration !== undefined && !fromStandardLibrary && isFunctionExpando(declaration)) {
    // `inc.reset = () => { … }` after `const inc = () => …`: TypeScript's expando member of a
    // function, a Python function attribute, called as it is read.
    return call(attribute(receiver, nameForMember(callee.getNameNode().getSymbol(), method, context)), args, expression);
  }
  const receiverType = callee.getExpression().getType();
  if (kind === "unknown" && (receiverType.isAny() || receiverType.isUnknown())) {
    // `shared[0].push(1)` of an `any[]` (`new Array(2).fill([])`): the receiver's type is the cause,
    // not the method, which the compiler translates by the receiver's kind (review E1, F12).
    context.report(dynamicAccess(expression, `\`${method}()\` called on a value typed \`${receiverType.getText(expression)}\``));
    return name("None", expression);
  }
  context.report(unsupportedBuiltin(expression, `the ${kind} method \`${method}()\``, insteadOfMethod(kind, method)));
  return name("None", expression);
}

/**
 * A host API tagged `@pythonKeywords` takes its last argument, an object literal in TypeScript,
 * as Python keyword arguments: `notify({ heading: "x", time: 5 })` → `notify(heading="x", time=5)`.
 */
function withHostKeywords(result: py.CallExpression, expression: CallExpression, context: TransformContext): py.CallExpression {
  const callee = expression.getExpression();
  const nameNode = Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee;
  const declaration = context.resolveSymbol(nameNode)?.getDeclarations()[0];
  if (declaration === undefined || !context.isHostDeclaration(declaration) || hostTag(declaration, "pythonKeywords") === undefined) {
    return result;
  }
  const last = result.args[result.args.length - 1];
  if (
    last === undefined ||
    last.kind !== "Dict" ||
    last.entries.some((entry) => entry.key === undefined || entry.key.kind !== "Constant" || typeof entry.key.value !== "string")
  ) {
    context.report(unsupportedSyntax(expression, "a @pythonKeywords call whose last argument is not an object literal with plain keys"));
    return result;
  }
  const keywords = last.entries.map((entry) => ({ name: String((entry.key as py.ConstantExpression).value), value: entry.value }));
  return { ...result, args: result.args.slice(0, -1), keywords };
}

/** A call whose result is unused: Map.set, Map.delete and Array.push read better as statements. */
export function transformCallStatement(expression: CallExpression, context: TransformContext): py.Statement {
  const callee = expression.getExpression();
  if (
    Node.isPropertyAccessExpression(callee) &&
    !expression.hasQuestionDotToken() &&
    !isOptionalChainLink(callee.getExpression()) &&
    !isStandardGlobal(callee.getExpression(), context) &&
    callee.getExpression().getKind() !== SyntaxKind.SuperKeyword
  ) {
    const shape = shapeOfNode(callee.getExpression(), context);
    if (callee.hasQuestionDotToken()) {
      // `a?.push(x);` as a statement: `if a is not None: a.append(x)`.
      const [first, receiver] = evaluateTestedOnce(context.transformExpression(callee.getExpression()), "value", context);
      const args = isArrayCallbackCall(expression, context) ? [] : transformArguments(expression.getArguments(), context);
      const statement =
        hasStatementForm(shape.kind, callee.getName(), expression.getArguments().length) &&
        statementFormKeepsOrder(shape.kind, callee.getName(), receiver, args, expression)
          ? transformBuiltinMethodStatement(shape.kind, callee.getName(), receiver, args, expression)
          : undefined;
      const body = statement ?? expressionStatement(transformMethodCall(shape.kind, receiver, callee.getName(), args, expression, callee, context), expression);
      return { kind: "If", test: compare("is not", first, constant(null)), body: [body], orElse: [], origin: expression };
    }
    if (shape.kind === "array" && callee.getName() === "forEach") {
      const loop = transformForEachStatement(context.transformExpression(callee.getExpression()), expression, context);
      if (loop !== undefined) {
        return loop;
      }
    }
    if (hasStatementForm(shape.kind, callee.getName(), expression.getArguments().length)) {
      const receiver = context.transformExpression(callee.getExpression());
      const args = transformArguments(expression.getArguments(), context);
      const statement = statementFormKeepsOrder(shape.kind, callee.getName(), receiver, args, expression)
        ? transformBuiltinMethodStatement(shape.kind, callee.getName(), receiver, args, expression)
        : undefined;
      if (statement !== undefined) {
        return statement;
      }
    }
  }
  return expressionStatement(context.transformExpression(expression), expression);
}

/** The key type of a Map (or value type of a Set) being made: refused (CS1048) where Python's dict keys would not find them as JavaScript does. */
function checkedKeys(expression: NewExpression, collection: "Map" | "Set", context: TransformContext): { numbers: boolean } {
  const keyType = keyTypeOfNew(expression, context);
  if (keyType === undefined) {
    return { numbers: true };
  }
  const keys = collectionKeys(keyType, context);
  if (keys.refused !== undefined) {
    context.report(inexactCollectionKey(expression, collection, keyType.getText(expression), keys.refused));
  }
  return keys;
}

export function transformNew(expression: NewExpression, context: TransformContext): py.Expression {
  const classNode = expression.getExpression();
  const args = transformArguments(expression.getArguments() ?? [], context);
  if (isStandardGlobal(classNode, context)) {
    const errorClass = Object.hasOwn(ERROR_CLASSES, classNode.getText()) ? ERROR_CLASSES[classNode.getText()] : undefined;
    if (errorClass !== undefined) {
      return call(context.useRuntime(errorClass), args, expression);
    }
    switch (classNode.getText()) {
      case "Map": {
        const keys = checkedKeys(expression, "Map", context);
        const mapClass = context.useRuntime(keys.numbers ? "JsNumberKeyMap" : "JsMap");
        const [entriesNode] = expression.getArguments() ?? [];
        // new Map([["a", 1], ["b", 2]]) reads best as the dict literal it is.
        if (
          entriesNode !== undefined &&
          Node.isArrayLiteralExpression(entriesNode) &&
          entriesNode.getElements().every((entry) => Node.isArrayLiteralExpression(entry) && entry.getElements().length === 2)
        ) {
          const pairs = args[0];
          if (pairs !== undefined && pairs.kind === "List") {
            const entries: py.Expression = {
              kind: "Dict",
              entries: pairs.elements.map((pair) =>
                pair.kind === "List"
                  ? { key: pair.elements[0] ?? constant(null), value: pair.elements[1] ?? constant(null) }
                  : { key: constant(null), value: constant(null) },
              ),
            };
            return call(mapClass, [entries], expression);
          }
        }
        // A JsMap (a dict) rather than a plain one: it tells loops walking it how it changes, and
        // String() and JSON.stringify can tell it from a record whatever the static type says.
        if (args.length === 0) {
          return call(mapClass, [], expression);
        }
        return call(context.useRuntime("js_map_from"), keys.numbers ? [...args, mapClass] : args, expression);
      }
      case "Set":
        checkedKeys(expression, "Set", context);
        return call(context.useRuntime("JsSet"), args, expression);
      case "RegExp":
        return transformNewRegExp(expression, context);
      case "Array":
        return transformArrayConstructor(args, expression, context);
      default:
        context.report(unsupportedBuiltin(expression, `new ${classNode.getText()}()`, insteadOfLibraryClass(classNode.getText())));
        return name("None", expression);
    }
  }
  return call(context.transformExpression(classNode), args, expression);
}

/** A member the program gives a function by assigning it (`inc.reset = () => …`, `track.calls = 0`). */
function isFunctionExpando(declaration: Node): boolean {
  const assignment = declaration.getParent();
  return (
    Node.isPropertyAccessExpression(declaration) &&
    Node.isBinaryExpression(assignment) &&
    assignment.getLeft() === declaration &&
    assignment.getOperatorToken().getKind() === SyntaxKind.EqualsToken
  );
}
