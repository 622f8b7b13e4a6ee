/**
 * A value typed `any` given for a built-in's parameter of type number, string or boolean
 * (`"hello".slice(1, value)`, `items.join(value)`, `text.split(value)`, `new Error(value)`):
 * JavaScript converts null (to 0, "null" or false) and takes only undefined as left out, where None
 * is both in the compiled call (`slice(1, null)` is "", the compiled call gave "ello"; `split(null)`
 * splits on "null", the compiled call did not split). Review 24A S5, 25A F1 and F2.
 */
import { CallExpression, Node, NewExpression, SyntaxKind } from "ts-morph";
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
]);

const CONVERTING_KEYWORDS = new Map<SyntaxKind, UntypedLibraryArgument["converted"]>([
  [SyntaxKind.NumberKeyword, "number"],
  [SyntaxKind.StringKeyword, "string"],
  [SyntaxKind.BooleanKeyword, "boolean"],
]);

export function untypedLibraryArgument(call: CallExpression | NewExpression, context: TransformContext): UntypedLibraryArgument | undefined {
  const givenArguments = call.getArguments();
  // The signature is resolved only for a call given a value typed `any`: this runs for every call.
  if (!givenArguments.some((argument) => !Node.isSpreadElement(argument) && argument.getType().isAny())) {
    return undefined;
  }
  const declaration = context.checker.getResolvedSignature(call)?.getDeclaration();
  if (declaration === undefined || !context.isStandardLibrary(declaration) || !("getParameters" in declaration)) {
    return undefined;
  }
  // Every overload: with an argument typed any, TypeScript resolves one (for `split`, the one taking
  // a `{ [Symbol.split] … }` of lib.es2015.symbol.wellknown), where JavaScript converts null to the
  // separator "null" all the same.
  const callee = call.getExpression();
  const signatures =
    Node.isNewExpression(call) || Node.isSuperExpression(callee) ? callee.getType().getConstructSignatures() : callee.getType().getCallSignatures();
  const overloads = signatures
    .filter((signature) => signature.compilerSignature.getDeclaration() !== undefined)
    .map((signature) => signature.getDeclaration())
    .filter((overload): overload is typeof declaration => "getParameters" in overload && context.isStandardLibrary(overload));
  const exempt = NULL_READ_AS_UNDEFINED.get(memberKey(declaration)) ?? [];
  for (const [index, argument] of givenArguments.entries()) {
    if (Node.isSpreadElement(argument) || !argument.getType().isAny()) {
      continue;
    }
    for (const overload of overloads) {
      const parameters = overload.getParameters();
      const parameter = parameters[Math.min(index, parameters.length - 1)];
      const converted = parameter === undefined || exempt.includes(parameter.getName()) ? undefined : convertedKind(parameter.getTypeNode());
      if (parameter !== undefined && converted !== undefined) {
        return {
          argument,
          callee: Node.isNewExpression(call) ? `new ${callee.getText()}` : callee.getText(),
          parameter: parameter.getName(),
          parameterType:
            parameter
              .getTypeNode()
              ?.getText()
              .replace(/\s*\|\s*/g, " | ") ?? converted,
          converted,
        };
      }
    }
  }
  return undefined;
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
    const converted = CONVERTING_KEYWORDS.get(member.getKind());
    if (converted !== undefined) {
      return converted;
    }
  }
  return undefined;
}

function memberKey(declaration: Node): string {
  const name = Node.hasName(declaration) ? declaration.getName() : "";
  const owner = declaration.getParent();
  return Node.isInterfaceDeclaration(owner) ? `${owner.getName()}.${name}` : name;
}
