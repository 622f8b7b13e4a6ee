/**
 * JavaScript's global objects and functions (Math, JSON, Number, Object, Array, Date, String,
 * parseInt, …) mapped to Python builtins where they agree exactly, else to runtime helpers.
 */
import { CallExpression, Node } from "ts-morph";
import type { TransformContext } from "../context";
import { evalCall, jsonOfCollection, unsupportedBuiltin } from "../diagnostics";
import type * as py from "../python/ast";
import { attribute, binary, call, methodCall, name, number } from "../python/build";
import { stringConversion } from "./expressions";
import { shapeOfNode } from "../types";

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
    POSITIVE_INFINITY: (context) => attribute(context.useModule("math"), "inf"),
    NEGATIVE_INFINITY: (context) => ({ kind: "Unary", operator: "-", operand: attribute(context.useModule("math"), "inf") }),
    NaN: (context) => attribute(context.useModule("math"), "nan"),
  },
  Math: {
    PI: (context) => attribute(context.useModule("math"), "pi"),
    E: (context) => attribute(context.useModule("math"), "e"),
  },
};

export function transformGlobalProperty(global: string, property: string, node: Node, context: TransformContext): py.Expression {
  const build = GLOBAL_PROPERTIES[global]?.[property];
  if (build === undefined) {
    context.report(unsupportedBuiltin(node, `\`${global}.${property}\``));
    return name("None", node);
  }
  const result = build(context);
  return { ...result, origin: node };
}

type GlobalCall = (args: py.Expression[], context: TransformContext, node: CallExpression) => py.Expression;

const runtime =
  (helper: string): GlobalCall =>
  (args, context) =>
    call(context.useRuntime(helper), args);

const mathFunction =
  (pythonName: string): GlobalCall =>
  (args, context) =>
    call(attribute(context.useModule("math"), pythonName), args);

const GLOBAL_METHODS: Record<string, Record<string, GlobalCall>> = {
  Math: {
    floor: mathFunction("floor"),
    ceil: mathFunction("ceil"),
    trunc: mathFunction("trunc"),
    sqrt: mathFunction("sqrt"),
    // Math.round rounds halves up; Python's round() rounds them to even.
    round: runtime("js_round"),
    abs: (args) => call(name("abs"), args),
    min: runtime("js_min"),
    max: runtime("js_max"),
    pow: (args) => binary("**", args[0], args[1]),
    random: (_args, context) => call(attribute(context.useModule("random"), "random"), []),
  },
  JSON: {
    parse: runtime("js_json_parse"),
    stringify: (args, context, node) => {
      const [value] = node.getArguments();
      const kind = value === undefined ? "unknown" : shapeOfNode(value, context).kind;
      if (kind === "map" || kind === "set") {
        context.report(jsonOfCollection(node));
      }
      return call(context.useRuntime("js_json_stringify"), args);
    },
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
    keys: (args) => call(name("list"), [methodCall(args[0], "keys", [])]),
    values: (args) => call(name("list"), [methodCall(args[0], "values", [])]),
    entries: (args) => call(name("list"), [methodCall(args[0], "items", [])]),
    assign: runtime("js_object_assign"),
  },
  Array: {
    isArray: (args) => call(name("isinstance"), [args[0], name("list")]),
    from: (args, context, node) => {
      // Array.from(map) gives its entries; Array.from(map.values()) and the like are already lists of items.
      const [source] = node.getArguments();
      const isMap = source !== undefined && shapeOfNode(source, context).kind === "map";
      const argument = args[0];
      if (argument !== undefined && argument.kind === "Call" && argument.callee.kind === "Name" && argument.callee.id === "list") {
        return argument; // already a fresh list
      }
      return call(name("list"), [isMap ? methodCall(argument ?? name("None"), "items", []) : argument ?? { kind: "List", elements: [] }]);
    },
  },
  Date: {
    now: runtime("js_date_now"),
  },
  String: {},
};

const GLOBAL_FUNCTIONS: Record<string, GlobalCall> = {
  String: (args, context, node) => {
    const [first] = node.getArguments();
    return args.length === 0 || first === undefined ? { kind: "Constant", value: "" } : stringConversion(args[0], first, context);
  },
  Number: (args, context) => (args.length === 0 ? number("0") : call(context.useRuntime("js_number"), args.slice(0, 1))),
  Boolean: (args, context) => (args.length === 0 ? { kind: "Constant", value: false } : call(context.useRuntime("js_truthy"), args.slice(0, 1))),
  parseInt: runtime("js_parse_int"),
  parseFloat: runtime("js_parse_float"),
  isNaN: runtime("js_is_nan_coerced"),
  isFinite: runtime("js_is_finite_coerced"),
};

export function transformGlobalMethodCall(global: string, method: string, args: py.Expression[], node: CallExpression, context: TransformContext): py.Expression {
  const build = GLOBAL_METHODS[global]?.[method];
  if (build === undefined) {
    context.report(unsupportedBuiltin(node, `\`${global}.${method}()\``));
    return name("None", node);
  }
  return { ...build(args, context, node), origin: node };
}

export function transformGlobalFunctionCall(global: string, args: py.Expression[], node: CallExpression, context: TransformContext): py.Expression {
  if (global === "eval" || global === "Function") {
    context.report(evalCall(node));
    return name("None", node);
  }
  const build = GLOBAL_FUNCTIONS[global];
  if (build === undefined) {
    context.report(unsupportedBuiltin(node, `\`${global}()\``));
    return name("None", node);
  }
  return { ...build(args, context, node), origin: node };
}
