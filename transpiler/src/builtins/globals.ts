/**
 * JavaScript's global objects and functions (Math, JSON, Number, Object, Array, Date, String,
 * parseInt, …) mapped to Python builtins where they agree exactly, else to runtime helpers.
 */
import { numberConversion } from "../utils/number-conversion";
import { CallExpression, Node, SyntaxKind } from "ts-morph";
import { isTypeOnlyWrapper } from "../utils/type-wrappers";
import type { TransformContext } from "../context";
import {
  assignIntoFunction,
  builtinMethodAsValue,
  evalCall,
  instanceHiddenByType,
  keysOfInstance,
  unsupportedBuiltin,
  unsupportedConstruct,
  unsupportedSyntax,
} from "../diagnostics";
import type * as py from "../python/ast";
import { attribute, call, name, number } from "../python/build";
import { arithmetic } from "../utils/arithmetic";
import { FDLIBM_FUNCTIONS } from "./fdlibm-functions";
import { stringConversion } from "../utils/string-conversion";
import { shapeOfNode } from "../utils/types";
import { liveMapView } from "../utils/live-map-views";
import { startOfWalk, walkOfNode } from "../utils/iteration";
import { noneMeaning } from "../utils/none-meaning";
import { refuseThisArgument } from "./callbacks";
import { insteadOfGlobal } from "./missing-library";
import { isRegExp, isRegExpMatchArray } from "./regexp";
import { transformArrayConstructor } from "./array-constructor";
import { instanceTargetType, transformAssignIntoInstance } from "./instance-assign";
import { isAssignIntoNewObject, transformAssignIntoNewObject } from "./assign-new-object";
import { mayHideInstance } from "../utils/hidden-instances";
import { spreadObjectParts } from "../utils/object-spreads";
import { transformObjectFromEntries } from "./object-from-entries";
import { transformJsonStringify } from "./json-stringify";

/** An identifier naming one of JavaScript's standard globals (not shadowed by our own code). */
export function isStandardGlobal(node: Node, context: TransformContext): boolean {
  if (!Node.isIdentifier(node)) {
    return false;
  }
  const declaration = context.resolveSymbol(node)?.getDeclarations()[0];
  return declaration !== undefined && context.isStandardLibrary(declaration) && !Node.isParameterDeclaration(declaration);
}

const GLOBAL_PROPERTIES: Record<string, Record<string, (context: TransformContext) => py.Expression>> = {
  Number: {
    MAX_SAFE_INTEGER: () => number("9007199254740991"),
    MIN_SAFE_INTEGER: () => number("-9007199254740991"),
    EPSILON: () => number("2.220446049250313e-16"),
    // The largest and the smallest positive double, written as Python reads them back exactly.
    MAX_VALUE: () => number("1.7976931348623157e+308"),
    MIN_VALUE: () => number("5e-324"),
    POSITIVE_INFINITY: (context) => attribute(context.useModule("math"), "inf"),
    NEGATIVE_INFINITY: (context) => ({ kind: "Unary", operator: "-", operand: attribute(context.useModule("math"), "inf") }),
    NaN: (context) => attribute(context.useModule("math"), "nan"),
  },
  Math: {
    PI: (context) => attribute(context.useModule("math"), "pi"),
    E: (context) => attribute(context.useModule("math"), "e"),
    // The doubles V8 holds for these, in their shortest round-trip form.
    LN2: () => number("0.6931471805599453"),
    LN10: () => number("2.302585092994046"),
    LOG2E: () => number("1.4426950408889634"),
    LOG10E: () => number("0.4342944819032518"),
    SQRT2: () => number("1.4142135623730951"),
    SQRT1_2: () => number("0.7071067811865476"),
  },
};

export function transformGlobalProperty(global: string, property: string, node: Node, context: TransformContext): py.Expression {
  const properties = Object.hasOwn(GLOBAL_PROPERTIES, global) ? GLOBAL_PROPERTIES[global] : undefined;
  const build = properties !== undefined && Object.hasOwn(properties, property) ? properties[property] : undefined;
  if (build === undefined) {
    const isMethod = Object.hasOwn(GLOBAL_METHODS, global) && Object.hasOwn(GLOBAL_METHODS[global] ?? {}, property);
    if (isMethod && isCalledIndirectly(node)) {
      context.report(
        unsupportedConstruct(
          node,
          `\`${global}.${property}\` called through parentheses, \`!\`, \`as\` or \`?.\``,
          `call it directly, \`${global}.${property}(…)\` (it is always there)`,
        ),
      );
      return name("None", node);
    }
    if (isMethod && isChosenThenCalled(node)) {
      context.report(
        unsupportedConstruct(
          node,
          `\`${global}.${property}\` chosen by \`?:\`, \`??\` or \`||\` and then called`,
          `call each function where it is chosen, \`up ? Math.max(a, b) : Math.min(a, b)\``,
        ),
      );
      return name("None", node);
    }
    context.report(
      isMethod
        ? builtinMethodAsValue(node, `${global}.${property}`, requiredParameters(node), restWrapper(node, global, property))
        : unsupportedBuiltin(node, `\`${global}.${property}\``, insteadOfGlobal(`${global}.${property}`)),
    );
    return name("None", node);
  }
  const result = build(context);
  return { ...result, origin: node };
}

/** `(Math.round)(x)`, `Math.round!(x)`, `(Math.round as F)(x)`, `Math.round?.(x)`: a call, though not the plain form the compiler turns into Python. */
function isCalledIndirectly(node: Node): boolean {
  return isCalleeThrough(node, (parent) => isTypeOnlyWrapper(parent));
}

/** `(up ? Math.max : Math.min)(a, b)`, `(pick ?? Math.floor)(x)`: a branch of a choice whose result is called. */
function isChosenThenCalled(node: Node): boolean {
  const isChoice = (parent: Node, part: Node): boolean =>
    Node.isParenthesizedExpression(parent) ||
    (Node.isConditionalExpression(parent) && parent.getCondition() !== part) ||
    (Node.isBinaryExpression(parent) && [SyntaxKind.QuestionQuestionToken, SyntaxKind.BarBarToken].includes(parent.getOperatorToken().getKind()));
  return !isCalledIndirectly(node) && isCalleeThrough(node, isChoice);
}

/** `node`, inside parents that `passes` lets through (each asked with the part it holds), is the callee of a call. */
function isCalleeThrough(node: Node, passes: (parent: Node, part: Node) => boolean): boolean {
  let current: Node = node;
  let parent = current.getParent();
  while (parent !== undefined && passes(parent, current)) {
    current = parent;
    parent = current.getParent();
  }
  return parent !== undefined && Node.isCallExpression(parent) && parent.getExpression() === current;
}

/** The parameters a call of the function at `node` needs, as a wrapper would write them: `x`, `...values`. */
/**
 * Where the expected function type takes a rest parameter (`(...values: number[]) => number`), a
 * wrapper `(x) => Math.abs(x)` is refused itself (its `x` may be left out, CS1001): the form that
 * compiles reads the rest, `(...values) => Math.abs(values[0] ?? NaN)` (review 23B M1). Math's only:
 * its parameters are numbers, which NaN stands in for as undefined does.
 */
function restWrapper(node: Node, global: string, property: string): string | undefined {
  const expected = (Node.isExpression(node) ? node.getContextualType() : undefined)?.getCallSignatures()[0];
  const last = expected?.getParameters().at(-1)?.getValueDeclaration();
  const required = requiredParameters(node);
  if (global !== "Math" || last === undefined || !Node.isParameterDeclaration(last) || !last.isRestParameter() || required.startsWith("...")) {
    return undefined;
  }
  const read = required
    .split(", ")
    .map((_, index) => `values[${String(index)}] ?? NaN`)
    .join(", ");
  return `(...values) => ${global}.${property}(${read})`;
}

function requiredParameters(node: Node): string {
  const declaration = node.getType().getCallSignatures()[0]?.getDeclaration();
  if (declaration === undefined || !Node.isMethodSignature(declaration)) {
    return "x";
  }
  return declaration
    .getParameters()
    .filter((parameter) => !parameter.isOptional() || parameter.isRestParameter())
    .map((parameter) => `${parameter.isRestParameter() ? "..." : ""}${parameter.getName()}`)
    .join(", ");
}

type GlobalCall = (args: py.Expression[], context: TransformContext, node: CallExpression) => py.Expression;

const runtime =
  (helper: string): GlobalCall =>
  (args, context) =>
    call(context.useRuntime(helper), args);

/**
 * The target of `Object.assign(target, …)` where it is a function (its type, or a member or part of
 * it, can be called: `() => 1`, `typeof greet`, `Fn & { extra?: number }`), which the call refuses
 * (CS1047); reads of the properties it gave are the same refusal (review 27C F3).
 */
export function functionTargetOf(call: CallExpression): Node | undefined {
  const [target] = call.getArguments();
  if (target === undefined || Node.isSpreadElement(target)) {
    return undefined;
  }
  const type = target.getType();
  const parts = type.isIntersection() ? type.getIntersectionTypes() : type.isUnion() ? type.getUnionTypes() : [type];
  return type.getCallSignatures().length > 0 || parts.some((part) => part.getCallSignatures().length > 0) ? target : undefined;
}

/**
 * `Object.keys/values(x)`: always the helper, which puts integer-like keys first as JavaScript
 * enumerates them. The static type cannot rule them out: an object with a key "1" passes as any
 * interface that lacks it (`const n: Named = { name: "x", 1: "one" }`), and a spread of a Record
 * keeps only the explicit members in its type. The helper costs one scan of the keys when none
 * starts with a digit.
 */
function objectEnumeration(helper: string): GlobalCall {
  return (args, context, node) => {
    refuseMatchArray(node, context);
    return call(context.useRuntime(helper), args);
  };
}

/** A match array's own keys are its indexes and index, input and groups: the runtime's match is a list, with only the indexes. */
function refuseMatchArray(node: CallExpression, context: TransformContext): void {
  for (const argument of node.getArguments()) {
    if (isRegExpMatchArray(argument.getType(), context)) {
      context.report(unsupportedBuiltin(argument, "the keys of a regular expression match (Node lists its index, input and groups too: read them by name)"));
    }
  }
}

const GLOBAL_METHODS: Record<string, Record<string, GlobalCall>> = {
  Math: {
    // math.floor raises on Infinity and NaN, gives 0 for -0 and exact ints past 2^53.
    floor: runtime("js_floor"),
    ceil: runtime("js_ceil"),
    trunc: runtime("js_trunc"),
    sqrt: runtime("js_sqrt"), // math.sqrt raises on a negative number, JavaScript gives NaN
    // Math.round rounds halves up; Python's round() rounds them to even.
    round: runtime("js_round"),
    imul: runtime("js_imul"),
    sign: runtime("js_sign"),
    clz32: runtime("js_clz32"),
    fround: runtime("js_fround"),
    hypot: runtime("js_hypot"),
    // V8 computes these with its port of fdlibm, CPython with the C library: the last bit differs
    // for a few percent of arguments (3% for sin, 45% for cbrt on glibc), so the runtime has fdlibm too.
    ...Object.fromEntries(FDLIBM_FUNCTIONS.map((name): [string, GlobalCall] => [name, runtime(`js_${name}`)])),
    atan2: runtime("js_atan2"),
    abs: (args) => call(name("abs"), args),
    min: runtime("js_min"),
    max: runtime("js_max"),
    pow: (args, context, node) => arithmetic("**", args[0], args[1], context, node),
    random: (_args, context) => call(attribute(context.useModule("random"), "random"), []),
  },
  JSON: {
    parse: (args, context, node) => {
      const reviver = node.getArguments()[1];
      if (reviver !== undefined) {
        // The runtime's parser has no reviver: refused here rather than a TypeError there.
        context.report(unsupportedBuiltin(reviver, "`JSON.parse` with a reviver (parse, then walk the result)"));
      }
      return call(context.useRuntime("js_json_parse"), args.slice(0, 1));
    },
    stringify: transformJsonStringify,
  },
  Number: {
    isInteger: runtime("js_is_integer"),
    isFinite: runtime("js_is_finite"),
    isNaN: runtime("js_is_nan"),
    isSafeInteger: runtime("js_is_safe_integer"),
    parseFloat: runtime("js_parse_float"),
    parseInt: runtime("js_parse_int"),
  },
  Object: {
    // JavaScript lists integer keys first ("2" before "a"): a helper when the keys may be integers.
    keys: objectEnumeration("js_object_keys"),
    values: objectEnumeration("js_object_values"),
    // Always the helper: its entries are [key, value] lists, where dict.items() gives tuples.
    entries: objectEnumeration("js_object_entries"),
    // A plain object or a Record with a text key: its own keys are the dict's keys (review S49B,
    // G4). `operator.contains` evaluates the object before the key, as JavaScript does.
    hasOwn: (args, context, node) => {
      const [target, key] = node.getArguments();
      const targetShape = target === undefined ? undefined : shapeOfNode(target, context);
      const keyShape = key === undefined ? undefined : shapeOfNode(key, context);
      if (args.length === 2 && targetShape?.kind === "dict" && !targetShape.nullable && keyShape?.kind === "string" && !keyShape.nullable) {
        return call(attribute(context.useModule("operator"), "contains"), args);
      }
      context.report(
        unsupportedBuiltin(node, "`Object.hasOwn()` of anything but a plain object or a Record and a string key", insteadOfGlobal("Object.hasOwn")),
      );
      return name("None", node);
    },
    assign: (args, context, node) => {
      refuseMatchArray(node, context);
      // Object.assign(map, …) sets properties on the Map object in JavaScript, not entries; a JsMap is a
      // dict, whose keys are its entries.
      const [target] = node.getArguments();
      const kind = target === undefined ? "unknown" : shapeOfNode(target, context).kind;
      if (kind === "map" || kind === "set") {
        context.report(unsupportedSyntax(node, `\`Object.assign\` into a ${kind === "map" ? "Map" : "Set"} (it sets properties, not entries, in JavaScript)`));
      }
      if (kind === "array") {
        // A named key becomes a property of the array object in JavaScript (`[ 1, 2, tag: 'x' ]`);
        // a Python list has only its elements (the compiled call raised TypeError).
        context.report(
          unsupportedConstruct(
            node,
            "`Object.assign` into an array (it sets properties of the array object in JavaScript)",
            "copy an array with `[...list]`, and keep extra fields in an object beside it",
          ),
        );
      }
      // An Error or a RegExp given as a source: a Python object, where JavaScript copies its own
      // enumerable properties (none, for one the program made with `new Error(m)`).
      for (const source of node.getArguments().slice(1)) {
        if (!Node.isSpreadElement(source) && (shapeOfNode(source, context).kind === "error" || isRegExp(source, context))) {
          context.report(keysOfInstance(source, "assign", source.getType().getText(source), undefined));
        }
      }
      // A function with properties of its own: the compiled reads of them read a dict's entries.
      const functionTarget = functionTargetOf(node);
      if (functionTarget !== undefined) {
        context.report(assignIntoFunction(functionTarget, functionTarget.getType().getText(functionTarget)));
        return call(context.useRuntime("js_object_assign"), args);
      }
      // A class instance is a Python object whose fields are attributes named by the compiler, not keys.
      const instanceType = target === undefined ? undefined : instanceTargetType(target, context);
      if (instanceType !== undefined) {
        return transformAssignIntoInstance(instanceType, args, context, node);
      }
      if (isAssignIntoNewObject(node, context)) {
        return transformAssignIntoNewObject(node, args, context);
      }
      // Written by key, which a class instance reached through `object` or `T` is not. (A source is
      // read by js_object_keys, exact for dicts, object literals, Maps, Sets and functions.)
      const hidden =
        target === undefined || Node.isSpreadElement(target) ? undefined : spreadObjectParts(target.getType()).find((part) => mayHideInstance(part));
      if (target !== undefined && hidden !== undefined) {
        // Review 24B F6b: a function is no class instance, but carries no entries the compiled reads find either.
        context.report(
          hidden.getCallSignatures().length > 0
            ? assignIntoFunction(target, hidden.getText(target))
            : instanceHiddenByType(target, "`Object.assign` into", hidden.getText(target)),
        );
      }
      return call(context.useRuntime("js_object_assign"), args);
    },
    fromEntries: transformObjectFromEntries,
    // `===` but NaN is NaN and +0 is not -0.
    is: (args, context, node) => {
      const [left, right] = node.getArguments();
      const meanings = [left, right].map((side) => (side === undefined ? { null: false, undefined: true } : noneMeaning(side.getType())));
      if (meanings.some((meaning) => meaning.null) && meanings.some((meaning) => meaning.undefined)) {
        context.report(
          unsupportedBuiltin(
            node,
            "`Object.is()` of values whose types admit null and undefined between them (one None in Python; compare with `=== null` or `=== undefined` first, or give them types that admit only one)",
          ),
        );
      }
      return call(context.useRuntime("js_object_is"), args);
    },
  },
  Array: {
    isArray: (args) => call(name("isinstance"), [args[0], name("list")]),
    // Its arguments, in a new array (`Array.of(7)` is `[7]`, where `new Array(7)` has 7 holes).
    of: (args, _context, node) => ({ kind: "List", elements: args, origin: node }),
    from: (args, context, node) => {
      // Array.from(map) gives its entries; Array.from(map.values()) and the like are already lists of items.
      const [source, , thisArgument] = node.getArguments();
      refuseThisArgument(thisArgument, "Array.from()", context);
      if (node.getArguments().length > 1 || (source !== undefined && shapeOfNode(source, context).kind === "dict")) {
        // With a mapping function, or from an array-like `{ length: n }`; a Map gives its entries.
        // A Map, or its keys(), values() or entries(), is walked live, as the mapper may change it.
        // A Set the runtime walks live itself; a Map is the source already compiled; a view's Map is compiled on its own.
        const view = source === undefined ? undefined : liveMapView(source, shapeOfNode(source, context).kind, context);
        let first = args[0];
        if (view !== undefined && first !== undefined && !(view.collection === source && view.helper === "js_live_keys")) {
          first = call(context.useRuntime(view.helper), [view.collection === source ? first : context.transformExpression(view.collection)]);
        }
        return call(context.useRuntime("js_array_from"), [first ?? { kind: "List", elements: [] }, ...args.slice(1)]);
      }
      const walk = source === undefined ? "array" : walkOfNode(source, context);
      const isMap = walk === "map";
      const argument = args[0];
      if (argument !== undefined && (walk === "any-iterable" || walk === "unknown")) {
        // An `Iterable<T>` may hold a Map or a Set: js_array_from tells them apart at run time.
        return call(context.useRuntime("js_array_from"), [argument]);
      }
      if (argument !== undefined && argument.kind === "Call" && argument.callee.kind === "Name" && argument.callee.id === "list") {
        return argument; // already a fresh list
      }
      if (isMap) {
        return call(context.useRuntime("js_map_entries"), [argument ?? name("None")]);
      }
      if (argument !== undefined && walk === "iterator") {
        return call(name("list"), [startOfWalk(source, argument, context)]);
      }
      return call(name("list"), [argument ?? { kind: "List", elements: [] }]);
    },
  },
  Date: {
    now: runtime("js_date_now"),
  },
  String: {
    // Each code is one UTF-16 unit; two that are the halves of an emoji become the emoji, as in JavaScript.
    fromCharCode: runtime("js_from_char_code"),
    fromCodePoint: runtime("js_from_code_point"),
  },
};

/** JavaScript's Error classes and the runtime's classes that stand for them (`new Error(m)`, `TypeError(m)`). */
export const ERROR_CLASSES: Readonly<Record<string, string>> = {
  Error: "JsError",
  TypeError: "JsTypeError",
  RangeError: "JsRangeError",
  SyntaxError: "JsSyntaxError",
  URIError: "JsURIError",
};

const GLOBAL_FUNCTIONS: Record<string, GlobalCall> = {
  String: (args, context, node) => {
    const [first] = node.getArguments();
    return args.length === 0 || first === undefined ? { kind: "Constant", value: "" } : stringConversion(args[0], first, context);
  },
  Number: (args, context, node) => {
    const [first] = node.getArguments();
    return args.length === 0 || first === undefined ? number("0") : numberConversion(args[0], first, context, node);
  },
  Boolean: (args, context) => (args.length === 0 ? { kind: "Constant", value: false } : call(context.useRuntime("js_truthy"), args.slice(0, 1))),
  Array: (args, context, node) => transformArrayConstructor(args, node, context),
  // Called without `new`, an Error constructor constructs all the same (ECMA-262's Error(message)).
  ...Object.fromEntries(
    Object.entries(ERROR_CLASSES).map(([global, runtimeClass]): [string, GlobalCall] => [
      global,
      (args, context) => call(context.useRuntime(runtimeClass), args),
    ]),
  ),
  parseInt: runtime("js_parse_int"),
  parseFloat: runtime("js_parse_float"),
  isNaN: runtime("js_is_nan_coerced"),
  isFinite: runtime("js_is_finite_coerced"),
  encodeURIComponent: runtime("js_encode_uri_component"),
  encodeURI: runtime("js_encode_uri"),
  decodeURIComponent: runtime("js_decode_uri_component"),
  decodeURI: runtime("js_decode_uri"),
};

/** What to write instead of a global function the runtime lacks, where the subset has a way. */
export function transformGlobalMethodCall(
  global: string,
  method: string,
  args: py.Expression[],
  node: CallExpression,
  context: TransformContext,
): py.Expression {
  const build = GLOBAL_METHODS[global]?.[method];
  if (build === undefined) {
    const key = `${global}.${method}`;
    context.report(unsupportedBuiltin(node, `\`${key}()\``, insteadOfGlobal(key)));
    return name("None", node);
  }
  return { ...build(args, context, node), origin: node };
}

export function transformGlobalFunctionCall(global: string, args: py.Expression[], node: CallExpression, context: TransformContext): py.Expression {
  if (global === "eval" || global === "Function") {
    context.report(evalCall(node));
    return name("None", node);
  }
  const build = Object.hasOwn(GLOBAL_FUNCTIONS, global) ? GLOBAL_FUNCTIONS[global] : undefined;
  if (build === undefined) {
    context.report(unsupportedBuiltin(node, `\`${global}()\``, insteadOfGlobal(global)));
    return name("None", node);
  }
  return { ...build(args, context, node), origin: node };
}
