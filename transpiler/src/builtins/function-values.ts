/**
 * The built-in functions a program passes as values (`items.map(String)`, `texts.map(parseInt)`):
 * lambdas that take what JavaScript passes and do what the built-in does.
 */
import { Expression, Node, Type } from "ts-morph";
import type { TransformContext } from "../context";
import { builtinValueWithoutParameterType } from "../diagnostics";
import type * as py from "../python/ast";
import { call, constant, name, number, text } from "../python/build";
import { noneArgument } from "../utils/number-conversion";
import { noneTextArgument } from "../utils/string-conversion";

/**
 * `String`, `Number`, `Boolean`, `parseInt`, `parseFloat`, `encodeURIComponent` and its kin passed as functions (`items.map(String)`):
 * a lambda taking what JavaScript passes and using what the built-in uses (parseInt takes the
 * index as its radix, as in JavaScript).
 */
export function builtinFunctionValue(identifier: string, context: TransformContext, node: Node): py.Expression | undefined {
  const rest: py.Parameter = { name: "_", rest: true };
  const value: py.Parameter = { name: "value" };
  const oneArgument: Record<string, string> = {
    String: "js_str",
    Number: "js_number",
    Boolean: "js_truthy",
    parseFloat: "js_parse_float",
    isNaN: "js_is_nan_coerced",
    isFinite: "js_is_finite_coerced",
    encodeURIComponent: "js_encode_uri_component",
    encodeURI: "js_encode_uri",
    decodeURIComponent: "js_decode_uri_component",
    decodeURI: "js_decode_uri",
  };
  const helperName = oneArgument[identifier];
  if (helperName !== undefined) {
    const parameter = Node.isExpression(node) ? contextualFirstParameter(node) : undefined;
    let extra: py.Expression[] = [];
    if (identifier === "Number" || identifier === "String") {
      // Number(undefined) is NaN, String(undefined) "undefined": what the callback's first parameter
      // admits decides what None means. With no callback type (`const s = String`, `{ f: String }`)
      // the calls may pass either, which None cannot tell apart.
      if (parameter === undefined) {
        context.report(builtinValueWithoutParameterType(node, identifier));
      } else if (parameter !== "none") {
        const valueType = parameter.type;
        extra = identifier === "Number" ? noneArgument(valueType, node, context) : noneTextArgument(valueType, node, context);
      }
    }
    // `String()` is "", `Number()` 0, `Boolean()` false (not what undefined gives): the default when
    // a call may pass nothing (an optional or rest parameter, a callback of none, no callback type).
    const mayBeLeftOut = parameter === undefined || parameter === "none" || parameter.optional;
    const noArgument = NO_ARGUMENT_RESULT[identifier];
    const valueParameter: py.Parameter = mayBeLeftOut && noArgument !== undefined ? { name: "value", defaultValue: noArgument } : value;
    return { kind: "Lambda", parameters: [valueParameter, rest], body: call(context.useRuntime(helperName), [name("value"), ...extra]), origin: node };
  }
  if (identifier === "parseInt") {
    return {
      kind: "Lambda",
      parameters: [value, { name: "radix", defaultValue: constant(null) }, rest],
      body: call(context.useRuntime("js_parse_int"), [name("value"), name("radix")]),
      origin: node,
    };
  }
  return undefined;
}

/** What `String()`, `Number()` and `Boolean()` give (a default that the helper maps to itself). */
const NO_ARGUMENT_RESULT: Record<string, py.Expression> = {
  String: text(""),
  Number: number("0"),
  // None, not False: js_truthy(None) is false too, and pyright would type the parameter `bool` from False.
  Boolean: constant(null),
};

/**
 * The first parameter of the callback type a built-in passed as a value meets: its type, and whether
 * a call may leave it out; "none" for a callback of no parameters; undefined with no callback type.
 */
function contextualFirstParameter(node: Expression): { type: Type; optional: boolean } | "none" | undefined {
  const signature = node.getContextualType()?.getCallSignatures()[0];
  if (signature === undefined) {
    return undefined;
  }
  const parameter = signature.getParameters()[0];
  if (parameter === undefined) {
    return "none";
  }
  const declaration = parameter.getValueDeclaration() ?? parameter.getDeclarations()[0];
  const isRest = declaration !== undefined && Node.isParameterDeclaration(declaration) && declaration.isRestParameter();
  const optional = declaration !== undefined && Node.isParameterDeclaration(declaration) && declaration.isOptional();
  const declared = parameter.getTypeAtLocation(node);
  // A rest parameter's values are its array's elements.
  const type = isRest ? (declared.getArrayElementType() ?? declared) : declared;
  return { type, optional: optional || isRest };
}
