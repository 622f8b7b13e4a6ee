/**
 * A value typed `any` given for a built-in's parameter of type number, string or boolean
 * (`"hello".slice(1, value)`, `items.join(value)`, `text.split(value)`, `new Error(value)`):
 * JavaScript converts null (to 0, "null" or false) and takes only undefined as left out, where None
 * is both in the compiled call (`slice(1, null)` is "", the compiled call gave "ello"; `split(null)`
 * splits on "null", the compiled call did not split). Review 24A S5, 25A F1 and F2.
 */
import { CallExpression, Node, NewExpression, ParameterDeclaration, SyntaxKind } from "ts-morph";
import type { TransformContext } from "../context";

export interface UntypedLibraryArgument {
  argument: Node;
  /** How the call reads in the message: `"hello".slice`, `new Error`. */
  callee: string;
  parameter: string;
  /** The parameter's declared type, as written in the library (`string | RegExp`). */
  parameterType: string;
  /** The conversion to advise: the first of number, string, boolean the parameter takes. */
  converted: "number" | "string" | "boolean";
}

/**
 * Parameters whose conversion reads null as it reads undefined, checked under Node and the compiled
 * helpers on every Python (test/compiler/differential/review25-any-library-arguments.ts): a start,
 * position, count or digit count (ToIntegerOrInfinity is 0 for both), parseFloat's and parseInt's
 * text ("null" and "undefined" are no number) and radix (0 is the default), JSON.stringify's space
 * (neither indents). Refusing them refused exact code (review 25A F7). Keyed by the declaring
 * interface (none for a global function) and the member's name.
 */
const NULL_READ_AS_UNDEFINED = new Map<string, readonly string[]>([
  ["parseFloat", ["string"]],
  ["parseInt", ["string", "radix"]],
  ["NumberConstructor.parseFloat", ["string"]],
  ["NumberConstructor.parseInt", ["string", "radix"]],
  ["String.slice", ["start"]],
  ["String.substring", ["start"]],
  ["String.charAt", ["pos"]],
  ["String.charCodeAt", ["index"]],
  ["String.codePointAt", ["pos"]],
  ["String.at", ["index"]],
  ["String.repeat", ["count"]],
  ["Array.slice", ["start"]],
  ["ReadonlyArray.slice", ["start"]],
  ["Array.at", ["index"]],
  ["ReadonlyArray.at", ["index"]],
  ["Number.toFixed", ["fractionDigits"]],
  ["JSON.stringify", ["space"]],
  // Review 27A F5: a position, a start index, a delete count, a length to pad to
  // (test/compiler/differential/review27-any-positions.ts).
  ["String.indexOf", ["position"]],
  ["String.includes", ["position"]],
  ["String.startsWith", ["position"]],
  ["String.padStart", ["maxLength"]],
  ["String.padEnd", ["maxLength"]],
  ["Array.includes", ["fromIndex"]],
  ["ReadonlyArray.includes", ["fromIndex"]],
  ["Array.indexOf", ["fromIndex"]],
  ["ReadonlyArray.indexOf", ["fromIndex"]],
  ["Array.lastIndexOf", ["fromIndex"]],
  ["ReadonlyArray.lastIndexOf", ["fromIndex"]],
  ["Array.fill", ["start"]],
  ["Array.splice", ["start", "deleteCount"]],
  ["Array.toSpliced", ["start"]],
  ["ReadonlyArray.toSpliced", ["start"]],
  ["Array.with", ["index"]],
  ["ReadonlyArray.with", ["index"]],
  // ToUint16: 0 for both (fromCodePoint's ToNumber is NaN for undefined, a RangeError, and stays refused).
  ["StringConstructor.fromCharCode", ["codes"]],
]);

/**
 * Built-ins refused whatever their arguments (CS1008, with what to write instead): one error for
 * the call is enough (review 27A F4: `new Array(value)` of an `any` is the item overload in
 * JavaScript, `[null]`, not a length converted from null).
 */
const REFUSED_ON_THEIR_OWN = new Set(["ArrayConstructor", "String.substr", "RegExpConstructor"]);

/** `new RegExp(pattern)` of a pattern not known when compiling (CS1031), and the above. */
function isRefusedOnItsOwn(declaration: Node): boolean {
  return REFUSED_ON_THEIR_OWN.has(memberKey(declaration));
}

const CONVERTING_KEYWORDS = new Map<SyntaxKind, UntypedLibraryArgument["converted"]>([
  [SyntaxKind.NumberKeyword, "number"],
  [SyntaxKind.StringKeyword, "string"],
  [SyntaxKind.BooleanKeyword, "boolean"],
]);

export function untypedLibraryArgument(call: CallExpression | NewExpression, context: TransformContext): UntypedLibraryArgument | undefined {
  const givenArguments = call.getArguments();
  // The signature is resolved only for a call given a value typed `any`: this runs for every call.
  if (!givenArguments.some(isUntyped)) {
    return undefined;
  }
  const declaration = context.checker.getResolvedSignature(call)?.getDeclaration();
  if (declaration === undefined || !context.isStandardLibrary(declaration) || !("getParameters" in declaration) || isRefusedOnItsOwn(declaration)) {
    return undefined;
  }
  // Every overload: with an argument typed any, TypeScript resolves one (for `split`, the one taking
  // a `{ [Symbol.split] … }` of lib.es2015.symbol.wellknown), where JavaScript converts null to the
  // separator "null" all the same.
  const callee = call.getExpression();
  const signatures =
    Node.isNewExpression(call) || Node.isSuperExpression(callee)
      ? callee.getType().getConstructSignatures()
      : // Through `?.` (`text?.slice(1, v)`) the callee's type admits undefined, which has no signatures (review 27A F11).
        callee.getType().getNonNullableType().getCallSignatures();
  const overloads = signatures
    .filter((signature) => signature.compilerSignature.getDeclaration() !== undefined)
    .map((signature) => signature.getDeclaration())
    .filter((overload): overload is typeof declaration => "getParameters" in overload && context.isStandardLibrary(overload));
  const exempt = NULL_READ_AS_UNDEFINED.get(memberKey(declaration)) ?? [];
  for (const [index, argument] of givenArguments.entries()) {
    if (!isUntyped(argument)) {
      continue;
    }
    for (const overload of overloads) {
      // A `this` parameter (`flat<A, D>(this: A, depth?: D)`) takes no argument.
      const parameters = overload.getParameters().filter((parameter) => parameter.getName() !== "this");
      // A spread (`...args` of an `any[]`) may reach every parameter from its own position on (review 27A F3).
      const reached = Node.isSpreadElement(argument)
        ? parameters.slice(Math.min(index, parameters.length - 1))
        : [parameters[Math.min(index, parameters.length - 1)]];
      const parameter = reached.find(
        (candidate) => candidate !== undefined && !exempt.includes(candidate.getName()) && convertedKind(elementTypeNode(candidate)) !== undefined,
      );
      const converted = parameter === undefined ? undefined : convertedKind(elementTypeNode(parameter));
      if (parameter !== undefined && converted !== undefined) {
        return {
          argument,
          callee: Node.isNewExpression(call) ? `new ${callee.getText()}` : callee.getText(),
          parameter: parameter.getName(),
          parameterType: describedType(elementTypeNode(parameter), converted),
          converted,
        };
      }
    }
  }
  return undefined;
}

/** An argument typed `any`, or a spread of one or of an array of them (`...JSON.parse(text)`, `...args` of an `any[]`). */
function isUntyped(argument: Node): boolean {
  if (!Node.isSpreadElement(argument)) {
    return argument.getType().isAny();
  }
  const spread = argument.getExpression().getType();
  return spread.isAny() || (spread.getArrayElementType()?.isAny() ?? false);
}

/** The type a parameter takes one argument as: a rest parameter's element (`...codePoints: number[]`, review 27A F2). */
function elementTypeNode(parameter: ParameterDeclaration): Node | undefined {
  const typeNode = parameter.getTypeNode();
  return parameter.isRestParameter() && typeNode !== undefined && Node.isArrayTypeNode(typeNode) ? typeNode.getElementTypeNode() : typeNode;
}

/**
 * The kind JavaScript converts a null argument to, when the parameter takes a number, string or
 * boolean and not null itself (`split(separator: string | RegExp)` converts null to "null"; a
 * parameter that names null, `replacer?: … | null`, takes it as it is).
 */
function convertedKind(typeNode: Node | undefined): UntypedLibraryArgument["converted"] | undefined {
  const members = typeNode === undefined ? [] : Node.isUnionTypeNode(typeNode) ? typeNode.getTypeNodes() : [typeNode];
  if (members.some((member) => Node.isLiteralTypeNode(member) && member.getLiteral().getKind() === SyntaxKind.NullKeyword)) {
    return undefined;
  }
  for (const member of members) {
    const converted = CONVERTING_KEYWORDS.get(member.getKind()) ?? constrainedKind(member);
    if (converted !== undefined) {
      return converted;
    }
  }
  return undefined;
}

function memberKey(declaration: Node): string {
  const name = Node.hasName(declaration) ? declaration.getName() : "";
  const owner = declaration.getParent();
  // A construct or call signature has no name of its own: `ArrayConstructor` for `new Array(n)`.
  return Node.isInterfaceDeclaration(owner) ? (name === "" ? owner.getName() : `${owner.getName()}.${name}`) : name;
}

/** A type parameter constrained to a number, string or boolean (`flat<A, D extends number = 1>(depth?: D)`, review 27A F14). */
function constrainedKind(typeNode: Node): UntypedLibraryArgument["converted"] | undefined {
  if (!Node.isTypeReference(typeNode)) {
    return undefined;
  }
  const type = typeNode.getType();
  const constraint = type.isTypeParameter() ? type.getConstraint() : undefined;
  if (constraint === undefined) {
    return undefined;
  }
  return constraint.isNumber() ? "number" : constraint.isString() ? "string" : constraint.isBoolean() ? "boolean" : undefined;
}

/** The parameter's type as the message shows it: as written (`string | RegExp`), or the kind a type parameter is constrained to (`D` of `flat` is a number). */
function describedType(typeNode: Node | undefined, converted: UntypedLibraryArgument["converted"]): string {
  if (typeNode === undefined || constrainedKind(typeNode) !== undefined) {
    return converted;
  }
  return typeNode.getText().replace(/\s*\|\s*/g, " | ");
}
