/**
 * Methods of strings, arrays and Maps. Native Python where it behaves exactly like JavaScript
 * for the types involved; a runtime helper where it does not.
 */
import { isReadForFirstValue } from "./first-value";
import { CallExpression, Node, PropertyAccessExpression, SyntaxKind, Type } from "ts-morph";
import type { TransformContext } from "../context";
import {
  localeDependent,
  nullAgainstUndefinedSearch,
  sortOfNullAndUndefined,
  unsupportedBuiltin,
  unsupportedConstruct,
  unsupportedSyntax,
} from "../diagnostics";
import { mayBeRegExp, narrowPatternAdvice, transformStringRegExpMethod } from "./regexp";
import type * as py from "../python/ast";
import { assign, call, compare, constant, expressionStatement, methodCall, name, subscript, text } from "../python/build";
import { isPrimitiveType, shapeOfNode, shapeOfType, ValueKind, ValueShape } from "../utils/types";
import { isSideEffectFree, runsNoCode } from "../utils/temporaries";
import { refuseThisArgument, transformCallbackMethod } from "./callbacks";
import { stringConversion, textlessPart } from "../utils/string-conversion";
import { mayBeNullAgainstUndefined, noneMeaning, noneMeaningOfNode } from "../utils/none-meaning";
import { joinStrings, literalEdge, seamIsPlain, sequenceEdge, TextEdge, textEdge } from "../utils/string-joins";
import { outsideParentheses } from "../utils/parentheses";
import { unwrapTypeOnly } from "../utils/type-wrappers";

interface MethodCall {
  receiver: py.Expression;
  args: py.Expression[];
  node: CallExpression;
  context: TransformContext;
}

type MethodTransform = (call: MethodCall) => py.Expression;

const helper =
  (name: string): MethodTransform =>
  ({ receiver, args, context }) =>
    call(context.useRuntime(name), [receiver, ...args]);

function slice(receiver: py.Expression, lower: py.Expression | undefined, upper: py.Expression | undefined): py.Expression {
  return subscript(receiver, { kind: "Slice", lower, upper });
}

/**
 * `item in container` for includes/has: Python evaluates the item first, JavaScript the container.
 * The same when the item is a constant, or when the container runs no code and neither does the
 * item (code in either may change what the other reads: `q.names.includes(q.take())` where take()
 * replaces `names`, `w.visited.has(w.pos)` where the getter moves `pos`); otherwise
 * `js_contains(container, item)`, whose arguments go in JavaScript's order.
 */
function contains(receiver: py.Expression, item: py.Expression, itemNode: Node | undefined, context: TransformContext): py.Expression {
  if (item.kind === "Constant" || (isSideEffectFree(receiver) && runsNoCode(item, itemNode))) {
    return compare("in", item, receiver);
  }
  return call(context.useRuntime("js_contains"), [receiver, item]);
}

function isString(node: Node | undefined, context: TransformContext): boolean {
  return node !== undefined && isText(shapeOfNode(node, context));
}

/** A value's shape is text, never null or undefined. */
function isText(shape: ValueShape): boolean {
  return shape.kind === "string" && !shape.nullable;
}

/**
 * A string literal of Basic Multilingual Plane characters only (no surrogate code unit). Python's
 * `in`/`startswith`/`endswith` compare code points, JavaScript compares UTF-16 units: the two agree
 * unless a surrogate is involved (a search starting with the second half of an emoji matches inside
 * the emoji in JavaScript), so the plain Python method is used only for such a literal, and the
 * runtime's helper, which checks the texts, otherwise.
 */
function isPlainLiteral(node: Node | undefined): boolean {
  return node !== undefined && (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) && !/[\ud800-\udfff]/.test(node.getLiteralValue());
}

function isIntegerIndex(expression: py.Expression): boolean {
  if (expression.kind === "Constant" && typeof expression.value === "object" && expression.value !== null) {
    return /^-?\d+$/.test(expression.value.number);
  }
  if (expression.kind === "Unary" && expression.operand.kind === "Call") {
    return isIntegerIndex(expression.operand);
  }
  return expression.kind === "Call" && expression.callee.kind === "Name" && expression.callee.id === "len";
}

function isNonEmptyLiteral(node: Node | undefined): boolean {
  return node !== undefined && Node.isStringLiteral(node) && node.getLiteralValue() !== "";
}

function isPlainString(node: Node | undefined, context: TransformContext): boolean {
  return node !== undefined && Node.isStringLiteral(node) && !node.getLiteralValue().includes("$") && shapeOfNode(node, context).kind === "string";
}

/** A literal that cannot be the half of an emoji at either end: nothing it is joined to can pair with it. */
function hasPlainEdges(value: string): boolean {
  return literalEdge(value, "start") === "safe" && literalEdge(value, "end") === "safe";
}

/**
 * `replace(a, b)` natively only when b is a literal without `$` patterns, which JavaScript would
 * expand, and without a half of an emoji at either end (or empty), which could pair with the text
 * around the match; and when a has no surrogate, which Python could not find inside an emoji.
 */
function replaceMethod(all: boolean): MethodTransform {
  return ({ receiver, args, node, context }) => {
    const [pattern, replacement] = node.getArguments();
    if (shapeOfNode(pattern, context).kind !== "string") {
      // A RegExp itself compiles to js_regexp_replace (builtins/regexp.ts); here it may be either.
      context.report(
        mayBeRegExp(pattern, context)
          ? unsupportedBuiltin(
              node,
              "replace() with a pattern that may be a string or a regular expression",
              narrowPatternAdvice(all ? "replaceAll" : "replace", pattern),
            )
          : unsupportedBuiltin(node, `replace() with a pattern of type ${pattern.getType().getText(pattern)}`, "pass a string or a regular expression"),
      );
    }
    // Python 3.8's "".replace("", "a", 1) gives "" (fixed in 3.9): native only for a non-empty literal pattern.
    if (
      isPlainString(replacement, context) &&
      Node.isStringLiteral(replacement) &&
      hasPlainEdges(replacement.getLiteralValue()) &&
      isNonEmptyLiteral(pattern) &&
      isPlainLiteral(pattern)
    ) {
      return methodCall(receiver, "replace", all ? args : [...args, { kind: "Constant", value: { number: "1" } }]);
    }
    return call(context.useRuntime(all ? "js_replace_all" : "js_replace"), [receiver, ...args]);
  };
}

/** `text.concat(a, b)`: `text + a + b`, each argument converted as String() converts it (halves of an emoji merged at the seams). */
function stringConcat({ receiver, args, node, context }: MethodCall): py.Expression {
  let result = receiver;
  const callee = node.getExpression();
  let end: TextEdge = Node.isPropertyAccessExpression(callee) ? textEdge(callee.getExpression(), "end", context) : "unknown";
  for (const [index, argument] of node.getArguments().entries()) {
    if (Node.isSpreadElement(argument)) {
      // `"a".concat(...parts)` of texts: joined as they are (review S60B). Other elements would each be made text; join them first.
      const source = argument.getExpression();
      if (!spreadsTexts(source.getType(), context)) {
        context.report(
          unsupportedBuiltin(argument, "`concat(...spread)` on a string of values that are not all texts", 'join the parts first: `text + parts.join("")`'),
        );
        continue;
      }
      const joined = call(context.useRuntime("js_string_concat"), [text(""), args[index]!]);
      result = joinStrings(result, joined, false, context);
      end = "unknown";
      continue;
    }
    const value = args[index];
    const piece = isString(argument, context) ? value : stringConversion(value, argument, context);
    result = joinStrings(result, piece, seamIsPlain(end, textEdge(argument, "start", context)), context);
    end = sequenceEdge([end, textEdge(argument, "end", context)], "end");
  }
  return result;
}

/** Whether every element of a spread array or tuple is a text (never null or undefined), or the spread is a text's characters. */
function spreadsTexts(type: Type, context: TransformContext): boolean {
  const value = type.getNonNullableType();
  if (value.isString() || value.isStringLiteral()) {
    return true;
  }
  if (value.isUnion()) {
    return value.getUnionTypes().every((part) => spreadsTexts(part, context));
  }
  const elements = value.isTuple() ? value.getTupleElements() : value.isArray() || value.isReadonlyArray() ? value.getTypeArguments() : undefined;
  return elements !== undefined && elements.every((element) => isText(shapeOfType(element, context)));
}

/** What to write instead of a method the runtime does not have, where there is a plain equivalent. */
const INSTEAD: Record<string, string> = {
  "string.substr":
    "write `text.slice(start)` without a length, and with one `const from = start < 0 ? Math.max(text.length + start, 0) : start;` then `text.slice(from, from + Math.max(length, 0))` (substr is a legacy method)",
  "string.valueOf": "use the string itself",
  "string.normalize":
    "Python's Unicode tables (12.1 in Python 3.8, 15.1 in 3.13) are older than Node's ICU, so a normal form could differ; compare or store the text as it is",
  // Review 24B F4: a function value's call, apply and bind each have a plain equivalent.
  "function.call": "call the function itself: `f(a, b)` for `f.call(undefined, a, b)` (a method through its object, `object.method(a, b)`)",
  "function.apply": "spread the arguments: `f(...args)` for `f.apply(undefined, args)` (a method through its object, `object.method(...args)`)",
  "function.bind":
    "wrap it, naming the parameters it passes on: `(b) => f(a, b)` for `f.bind(undefined, a)`, `(b) => counter.add(5, b)` for `counter.add.bind(counter, 5)` (a callback of `map` or `forEach` is also given the index and the array, which the wrapper then leaves out); a method bound to the object it is read from with no arguments (`counter.inc.bind(counter)`) compiles",
  "array.copyWithin": "copy the elements with a loop, or `items.splice(target, count, ...items.slice(start, start + count))`",
  "array.toLocaleString": 'its text depends on the locale (Node groups digits, `1,234`): write `items.join(",")`, or format the numbers yourself',
  "number.toLocaleString":
    'its text depends on the locale (Node writes `1,234,567.891`): format it yourself, `n.toFixed(2)`, and group the digits with `.replace(/\\B(?=(\\d{3})+(?!\\d))/g, ",")`',
  "set.entries": "walk the values themselves (`for (const value of set)`), or pair them, `[...set].map((value) => [value, value])`",
  "map.toString": 'write the text you mean, `"[object Map]"`, or list the entries, `JSON.stringify([...map])`',
  "set.toString": 'write the text you mean, `"[object Set]"`, or list the values, `[...set].join(",")`',
};

const STRING_METHODS: Record<string, MethodTransform> = {
  // With a position, JavaScript counts UTF-16 units and clamps a negative one to 0: helpers.
  includes: (call) =>
    call.args.length === 1 && isPlainLiteral(call.node.getArguments()[0])
      ? contains(call.receiver, call.args[0], call.node.getArguments()[0], call.context)
      : helper("js_string_includes")(call),
  startsWith: (call) =>
    call.args.length === 1 && isPlainLiteral(call.node.getArguments()[0]) ? methodCall(call.receiver, "startswith", call.args) : helper("js_starts_with")(call),
  endsWith: (call) =>
    call.args.length === 1 && isPlainLiteral(call.node.getArguments()[0]) ? methodCall(call.receiver, "endswith", call.args) : helper("js_ends_with")(call),
  toLowerCase: ({ receiver }) => methodCall(receiver, "lower", []),
  toUpperCase: ({ receiver }) => methodCall(receiver, "upper", []),
  trim: helper("js_trim"),
  trimStart: helper("js_trim_start"),
  trimEnd: helper("js_trim_end"),
  trimLeft: helper("js_trim_start"),
  trimRight: helper("js_trim_end"),
  concat: stringConcat,
  slice: helper("js_slice"), // UTF-16 units, fractions truncated
  substring: helper("js_substring"),
  charAt: helper("js_char_at"),
  indexOf: helper("js_index_of"),
  lastIndexOf: helper("js_last_index_of"),
  split: helper("js_split"),
  replace: replaceMethod(false),
  replaceAll: replaceMethod(true),
  padStart: helper("js_pad_start"),
  padEnd: helper("js_pad_end"),
  repeat: helper("js_repeat"),
  toString: ({ receiver }: MethodCall) => receiver,
  at: helper("js_at"),
  charCodeAt: helper("js_char_code_at"),
  codePointAt: helper("js_code_point_at"),
};

/**
 * Whether the array a method is called on is made where it stands by code that gives no hole: an
 * array literal without omitted elements or spreads, a `split`, `Object.keys`. Another array may
 * have grown past its end (`parts[2] = "c"`), its holes None in Python, and what a callback makes
 * of such an array may hold them still (`parts.map((part) => part)`).
 */
function madeWithoutHoles(node: CallExpression): boolean {
  const callee = node.getExpression();
  const array = Node.isPropertyAccessExpression(callee) ? unwrapTypeOnly(callee.getExpression()) : undefined;
  if (Node.isArrayLiteralExpression(array)) {
    return array.getElements().every((element) => !Node.isOmittedExpression(element) && !Node.isSpreadElement(element));
  }
  if (!Node.isCallExpression(array)) {
    return false;
  }
  const made = array.getExpression();
  return Node.isPropertyAccessExpression(made) && (made.getName() === "split" || made.getText() === "Object.keys");
}

/**
 * `join` of functions, and `sort()` of them with no comparator (which orders by text): a Python
 * function does not give a function's text (its source). Always true, to sit in the condition.
 */
function refuseTextlessElements(node: CallExpression, context: TransformContext, method = "join"): boolean {
  const receiver = node.getExpression();
  // The receiver's whole type: an array, a tuple, or a union of them.
  const textless = Node.isPropertyAccessExpression(receiver) ? textlessPart(receiver.getExpression().getType(), context) : undefined;
  if (textless !== undefined) {
    const instead = method === "join" ? "map each item to the text you mean first" : "give a comparator that orders them by what you mean";
    context.report(unsupportedSyntax(node, `\`${method}\` of an array that holds ${textless} (${instead})`));
  }
  return true;
}

/** The kind of the receiver array's elements; "unknown" when they may be null or mixed. */
function elementKind(node: CallExpression, context: TransformContext): ValueKind {
  const receiver = node.getExpression();
  if (!Node.isPropertyAccessExpression(receiver)) {
    return "unknown";
  }
  const element = receiver.getExpression().getType().getArrayElementType();
  if (element === undefined) {
    return "unknown";
  }
  const shape = shapeOfType(element, context);
  return shape.nullable ? "unknown" : shape.kind;
}

/** `array.sort(compare?)` in place. */
function sortArray({ receiver, args, node, context }: MethodCall): py.Expression {
  if (args.length === 0) {
    refuseTextlessElements(node, context, "sort()");
  }
  // A fresh list (Object.keys(...), a slice) sorted by string order reads best as js_sorted(...):
  // not Python's sorted(), which orders by code point where JavaScript orders by UTF-16 code unit
  // (they disagree between an emoji and a character from U+E000 up).
  if (args.length === 0 && elementKind(node, context) === "string" && isFreshList(receiver)) {
    const inner = receiver.kind === "Call" && receiver.callee.kind === "Name" && receiver.callee.id === "list" ? receiver.args[0] : receiver;
    return call(context.useRuntime("js_sorted"), [inner]);
  }
  return call(context.useRuntime(sortHelper(node, context)), [receiver, ...args]);
}

/** `for (const [a, b] of call)`: the call's items are destructured as they come, never kept. */
function isTakenApartByForOf(node: CallExpression): boolean {
  const loop = node.getParent();
  if (!Node.isForOfStatement(loop) || loop.getExpression() !== node) {
    return false;
  }
  const initializer = loop.getInitializer();
  const binding = Node.isVariableDeclarationList(initializer) ? initializer.getDeclarations()[0]?.getNameNode() : undefined;
  return binding !== undefined && Node.isArrayBindingPattern(binding);
}

/**
 * includes, indexOf, lastIndexOf of a value that may be null in an array whose elements may be
 * undefined (or the reverse): JavaScript finds one and not the other, where both are None in Python
 * (`[null, 1].includes(undefined)` is false; review 24B F11).
 */
function searchingNullAgainstUndefined(transform: MethodTransform): MethodTransform {
  return (methodCall) => {
    const callee = methodCall.node.getExpression();
    const [searched] = methodCall.node.getArguments();
    // Through `?.` (`items?.includes(v)`) the receiver's type admits undefined (review 27A F12).
    const elementType = Node.isPropertyAccessExpression(callee) ? callee.getExpression().getType().getNonNullableType().getNumberIndexType() : undefined;
    if (searched !== undefined && elementType !== undefined && mayBeNullAgainstUndefined(noneMeaning(elementType), noneMeaningOfNode(searched))) {
      methodCall.context.report(nullAgainstUndefinedSearch(searched, elementType.getText(searched), searched.getType().getText(searched)));
    }
    return transform(methodCall);
  };
}

/**
 * A Map's or a Set's key given where the keys' type may be null and the key undefined, or the
 * reverse (`has<T>(set: Set<T>, value: T)`): JavaScript keeps null and undefined apart, a dict has
 * one None (review 27A F10). A Map or Set whose own type admits both is refused where it is made (CS1048).
 */
function keyingNullAgainstUndefined(container: "Map" | "Set", transform: MethodTransform): MethodTransform {
  return (methodCall) => {
    const callee = methodCall.node.getExpression();
    const [key] = methodCall.node.getArguments();
    const [keyType] = Node.isPropertyAccessExpression(callee) ? callee.getExpression().getType().getNonNullableType().getTypeArguments() : [];
    if (key !== undefined && keyType !== undefined && mayBeNullAgainstUndefined(noneMeaning(keyType), noneMeaningOfNode(key))) {
      methodCall.context.report(nullAgainstUndefinedSearch(key, keyType.getText(key), key.getType().getText(key), container));
    }
    return transform(methodCall);
  };
}

const ARRAY_METHODS: Record<string, MethodTransform> = {
  // Array.prototype.toString is join(): String(array).
  toString: ({ receiver, context }: MethodCall) => call(context.useRuntime("js_str"), [receiver]),
  push: helper("js_push"),
  pop: helper("js_pop"),
  shift: helper("js_shift"),
  unshift: helper("js_unshift"),
  splice: helper("js_splice"),
  lastIndexOf: searchingNullAgainstUndefined(helper("js_last_index_of")),
  // JavaScript's array iterators are live: each step reads the array as it is then (a loop that pushes
  // reaches the new items). Python's list iterator and enumerate are too; range(len()) and a copy were not.
  // Each entry is an array in JavaScript (Array.isArray, concat and flat see one, and it may be
  // changed): lists, unless a for…of takes each apart at once (`for (const [index, item] of
  // items.entries())`), where enumerate's tuples are read the same.
  entries: ({ receiver, node, context }) =>
    isTakenApartByForOf(node) ? call(name("enumerate"), [receiver]) : call(context.useRuntime("js_array_entries"), [receiver]),
  keys: helper("js_array_keys"),
  values: ({ receiver }) => call(name("iter"), [receiver]),
  // `in` is exact for strings; for numbers and booleans it would find True in [1] and miss NaN.
  // With a fromIndex, js_includes starts there as JavaScript does (`in` would look at every item).
  includes: searchingNullAgainstUndefined((methodCall) =>
    elementKind(methodCall.node, methodCall.context) === "string" && methodCall.args.length < 2
      ? contains(methodCall.receiver, methodCall.args[0] ?? constant(null), methodCall.node.getArguments()[0], methodCall.context)
      : helper("js_includes")(methodCall),
  ),
  indexOf: searchingNullAgainstUndefined(helper("js_index_of")),
  // Python's slice takes only ints: `[a:b]` when the bounds are literals or lengths.
  slice: ({ receiver, args, context }) =>
    args.every(isIntegerIndex) ? slice(receiver, args[0], args[1]) : call(context.useRuntime("js_slice"), [receiver, ...args]),
  // Python's `sep.join` when the items meet only through a separator that holds no half of an emoji
  // at its ends, and the array can hold no hole (which `sep.join` would not take: review S57B, 2).
  join: ({ receiver, args, node, context }) =>
    refuseTextlessElements(node, context) &&
    elementKind(node, context) === "string" &&
    madeWithoutHoles(node) &&
    args.length === 1 &&
    args[0].kind === "Constant" &&
    typeof args[0].value === "string" &&
    hasPlainEdges(args[0].value)
      ? methodCall(args[0], "join", [receiver])
      : call(context.useRuntime("js_join"), [receiver, ...args]),
  concat: helper("js_concat"),
  at: helper("js_at"),
  flat: helper("js_flat"),
  flatMap: ({ receiver, args, node, context }) => {
    refuseThisArgument(node.getArguments()[1], "flatMap()", context);
    return call(context.useRuntime("js_flat_map"), [receiver, ...args.slice(0, 1)]);
  },
  fill: helper("js_fill"),
  reverse: ({ receiver, context }) => call(context.useRuntime("js_reverse"), [receiver]),
  // The copying forms (ES2023): a fresh list, sorted, reversed or with one element replaced.
  toReversed: ({ receiver }) => call(name("list"), [call(name("reversed"), [receiver])]),
  with: helper("js_array_with"),
  // A copy spliced as splice() splices it; with no arguments at all, a plain copy.
  toSpliced: helper("js_to_spliced"),
  sort: sortArray,
  // A copy sorted as sort() sorts (undefined last, a comparator's order, UTF-16 order by default).
  toSorted: (sorted) => sortArray({ ...sorted, receiver: call(name("list"), [sorted.receiver]) }),
};

/**
 * JavaScript's sort puts only undefined last; null it sorts as the text "null" or gives to the
 * comparator. Both are None in Python, so the element type decides what None is: null alone takes
 * js_sort_with_nulls, undefined alone (or neither) keeps js_sort, both are refused.
 */
function sortHelper(node: CallExpression, context: TransformContext): "js_sort" | "js_sort_with_nulls" {
  const callee = node.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) {
    return "js_sort";
  }
  const receiverType = callee.getExpression().getType();
  const element = receiverType.getNumberIndexType() ?? receiverType.getArrayElementType();
  if (element === undefined) {
    return "js_sort";
  }
  const meaning = noneMeaning(element);
  if (meaning.null && meaning.undefined) {
    context.report(sortOfNullAndUndefined(node, element.getText(node)));
  }
  return meaning.null && !meaning.undefined ? "js_sort_with_nulls" : "js_sort";
}

function isFreshList(expression: py.Expression): boolean {
  return (
    (expression.kind === "Call" && expression.callee.kind === "Name" && ["list", "js_object_keys", "js_object_values"].includes(expression.callee.id)) ||
    expression.kind === "List"
  );
}

const MAP_METHODS: Record<string, MethodTransform> = {
  get: keyingNullAgainstUndefined("Map", ({ receiver, args }) => methodCall(receiver, "get", args.slice(0, 1))),
  has: keyingNullAgainstUndefined("Map", ({ receiver, args, node, context }) => contains(receiver, args[0] ?? constant(null), node.getArguments()[0], context)),
  keys: ({ receiver, node, context }) => walkedOnce(node, context) && methodCall(receiver, "keys", []),
  values: ({ receiver, node, context }) => walkedOnce(node, context) && methodCall(receiver, "values", []),
  // [key, value] arrays, which a program may change or test with Array.isArray, not tuples.
  entries: ({ receiver, node, context }) => walkedOnce(node, context) && call(context.useRuntime("js_map_entries"), [receiver]),
  delete: keyingNullAgainstUndefined("Map", helper("js_map_delete")),
  set: keyingNullAgainstUndefined("Map", helper("js_map_set")),
  // A JsMap tells the loops walking it (js_live_*) of every change, also these.
  clear: ({ receiver }) => methodCall(receiver, "clear", []),
  forEach: collectionForEach,
};

const SET_METHODS: Record<string, MethodTransform> = {
  has: keyingNullAgainstUndefined("Set", ({ receiver, args, node, context }) => contains(receiver, args[0] ?? constant(null), node.getArguments()[0], context)),
  add: keyingNullAgainstUndefined("Set", ({ receiver, args }) => methodCall(receiver, "add", args.slice(0, 1))),
  delete: keyingNullAgainstUndefined("Set", ({ receiver, args }) => methodCall(receiver, "delete", args.slice(0, 1))),
  clear: ({ receiver }) => methodCall(receiver, "clear", []),
  values: ({ receiver, node, context }) => walkedOnce(node, context) && call(name("list"), [receiver]),
  keys: ({ receiver, node, context }) => walkedOnce(node, context) && call(name("list"), [receiver]),
  forEach: collectionForEach,
};

/** `map.forEach(callback)`, `set.forEach(callback)`: walked live by the runtime, as for…of walks them. */
function collectionForEach({ receiver, args, node, context }: MethodCall): py.Expression {
  if (node.getArguments().length !== 1 || Node.isSpreadElement(node.getArguments()[0])) {
    context.report(unsupportedBuiltin(node, "`forEach` of a Map or Set with other than one callback (a `thisArg`)"));
  }
  return call(context.useRuntime("js_map_for_each"), [receiver, args[0] ?? constant(null)]);
}

/**
 * `map.keys()`, `values()`, `entries()` and a Set's `values()` are iterators in JavaScript: walked
 * once, and seeing the changes made before they are walked. They compile to a list or a dict view,
 * which is neither, so they are allowed only where they are walked at once: for…of, a spread,
 * `yield*`, `Array.from(…)`, `Object.fromEntries(…)`, `new Map(…)` / `new Set(…)`. Kept in a variable, passed on or
 * `.next()`: refused.
 * Always true, to sit in the transform.
 */
function walkedOnce(node: CallExpression, context: TransformContext): true {
  let { child, parent } = outsideParentheses(node);
  // `[...(groups.get(key)?.keys() ?? [])]`: a `??` or `?:` whose result is walked at once walks the
  // iterator at once. (Not `||`: an empty list is falsy where an iterator is not.)
  while (
    (Node.isBinaryExpression(parent) && parent.getOperatorToken().getKind() === SyntaxKind.QuestionQuestionToken) ||
    (Node.isConditionalExpression(parent) && parent.getCondition() !== child)
  ) {
    ({ child, parent } = outsideParentheses(parent));
  }
  const consumed =
    (Node.isForOfStatement(parent) && parent.getExpression() === child) ||
    Node.isSpreadElement(parent) ||
    (Node.isYieldExpression(parent) && parent.getAsteriskToken() !== undefined) ||
    (Node.isNewExpression(parent) && ["Map", "Set"].includes(parent.getExpression().getText())) ||
    // `map.keys().next().value`: its first element, read at once.
    isReadForFirstValue(node) ||
    // `const [first] = map.keys()`: the pattern takes its elements at once (js_take).
    (Node.isVariableDeclaration(parent) && Node.isArrayBindingPattern(parent.getNameNode()) && parent.getInitializer() === child) ||
    (Node.isCallExpression(parent) && ["Array.from", "Object.fromEntries"].includes(parent.getExpression().getText()) && parent.getArguments()[0] === child);
  if (!consumed) {
    context.report(
      unsupportedConstruct(
        node,
        "a Map's or Set's iterator kept as a value (JavaScript walks it once, and it sees changes made before the walk; here it is a list or a view)",
        "spread it where it is made, `[...map.keys()]` (the first key: `[...map.keys()][0]`), or walk it where it is made, `for (const key of map.keys()) { …; break; }`",
      ),
    );
  }
  return true;
}

const NUMBER_METHODS: Record<string, MethodTransform> = {
  toFixed: helper("js_to_fixed"), // exact decimal value, halves away from zero
  toPrecision: helper("js_to_precision"),
  toExponential: helper("js_to_exponential"),
  toString: ({ receiver, args, context }: MethodCall) =>
    args.length === 0 ? call(context.useRuntime("js_str"), [receiver]) : call(context.useRuntime("js_number_to_string"), [receiver, ...args]),
};

const BOOLEAN_METHODS: Record<string, MethodTransform> = {
  toString: ({ receiver, context }: MethodCall) => call(context.useRuntime("js_str"), [receiver]),
};

const METHODS_BY_KIND: Partial<Record<ValueKind, Record<string, MethodTransform>>> = {
  number: NUMBER_METHODS,
  boolean: BOOLEAN_METHODS,
  string: STRING_METHODS,
  array: ARRAY_METHODS,
  map: MAP_METHODS,
  set: SET_METHODS,
};

const STRING_TO_REGEXP_METHODS = new Set(["match", "matchAll", "search", "replace", "replaceAll", "split"]);

/** The method is declared by the program's classes alone (`toString()` of a `Version`), so every value of the type has it as a Python method. */
/** What to write instead of a built-in method the runtime lacks, where there is a plain equivalent. */
export function insteadOfMethod(kind: ValueKind, method: string): string | undefined {
  const key = `${kind}.${method}`;
  return Object.hasOwn(INSTEAD, key) ? INSTEAD[key] : undefined;
}

export function isOwnClassMethod(callee: PropertyAccessExpression, context: TransformContext): boolean {
  const declarations = callee.getNameNode().getSymbol()?.getDeclarations() ?? [];
  return (
    declarations.length > 0 &&
    declarations.every(
      (declaration) =>
        Node.isMethodDeclaration(declaration) && Node.isClassLikeDeclarationBase(declaration.getParent()) && !context.isStandardLibrary(declaration),
    )
  );
}

export function transformBuiltinMethodCall(
  kind: ValueKind,
  method: string,
  receiver: py.Expression,
  args: py.Expression[],
  node: CallExpression,
  context: TransformContext,
): py.Expression | undefined {
  const callee = node.getExpression();
  if (method === "toString" && node.getArguments().length === 0 && Node.isPropertyAccessExpression(callee)) {
    const receiverType = callee.getExpression().getType();
    if (kind === "unknown" && isPrimitiveType(receiverType) && !receiverType.isNullable()) {
      // `x.toString()` of a `number | string | boolean`: what String(x) gives each of them.
      return { ...stringConversion(receiver, callee.getExpression(), context), origin: node };
    }
    if ((kind === "object" || kind === "error" || kind === "unknown") && !isOwnClassMethod(callee, context)) {
      // Through an interface, a type parameter's constraint, a union (`Ver | number`), or Object's own:
      // the value's own toString() if its class has one, else Object's or Error's, as String(x) gives it.
      return call(context.useRuntime("js_str"), [receiver], node);
    }
  }
  const table = METHODS_BY_KIND[kind];
  if (table === undefined) {
    return undefined;
  }
  if (kind === "array") {
    const withCallback = transformCallbackMethod(method, receiver, node, context);
    if (withCallback !== undefined) {
      return { ...withCallback, origin: node };
    }
  }
  if (kind === "string" && STRING_TO_REGEXP_METHODS.has(method)) {
    const withRegExp = transformStringRegExpMethod(method, receiver, args, node, context);
    if (withRegExp !== undefined) {
      return { ...withRegExp, origin: node };
    }
  }
  if (kind === "string" && (method === "localeCompare" || method === "toLocaleUpperCase" || method === "toLocaleLowerCase")) {
    context.report(localeDependent(node, method));
    return name("None", node);
  }
  // Own entries only: a plain object also "has" toString, valueOf, constructor…
  const transform = Object.hasOwn(table, method) ? table[method] : undefined;
  if (transform === undefined) {
    context.report(unsupportedBuiltin(node, `the ${kind} method \`${method}()\``, insteadOfMethod(kind, method)));
    return name("None", node);
  }
  return { ...transform({ receiver, args, node, context }), origin: node };
}

export function hasStatementForm(kind: ValueKind, method: string, argumentCount: number): boolean {
  return (
    (kind === "map" && method === "set" && argumentCount === 2) ||
    (kind === "map" && method === "delete" && argumentCount === 1) ||
    (kind === "array" && method === "push" && argumentCount >= 1)
  );
}

/** Statement forms that read better than their expression form when the result is not used. */
export function transformBuiltinMethodStatement(
  kind: ValueKind,
  method: string,
  receiver: py.Expression,
  args: py.Expression[],
  node: CallExpression,
): py.Statement | undefined {
  if (kind === "map" && method === "set" && args.length === 2) {
    return assign(subscript(receiver, args[0]), args[1], node);
  }
  if (kind === "map" && method === "delete" && args.length === 1) {
    return expressionStatement(methodCall(receiver, "pop", [args[0], constant(null)]), node);
  }
  if (kind === "array" && method === "push") {
    if (args.length === 1 && args[0].kind !== "Starred") {
      return expressionStatement(methodCall(receiver, "append", args), node);
    }
    if (args.length === 1 && args[0].kind === "Starred") {
      return expressionStatement(methodCall(receiver, "extend", [args[0].value]), node);
    }
    if (args.length > 1) {
      return expressionStatement(methodCall(receiver, "extend", [{ kind: "List", elements: args }]), node);
    }
  }
  return undefined;
}
