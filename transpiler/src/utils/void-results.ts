/**
 * The result of a call typed `void`, used as a value. TypeScript lets any function stand for one
 * typed to return void (`const g: () => void = () => null`, a class's `run() { return null; }` for
 * an interface's `run(): void`), so the result may be null, or anything, where the compiler would
 * take its None for undefined: `${g()}` gave "undefined" where Node gives "null", and an object
 * literal's member marked undefined was left out of JSON (review S60C, 2). A call of the program's
 * own function declaration or of the library returns what its type says; any other call's void
 * result may only be dropped, or handed on as a void result (an arrow's body, a `return` of a
 * function that returns void).
 */
import { Node, SourceFile, SyntaxKind, Type, TypeFlags } from "ts-morph";
import type { TransformContext } from "../context";
import { unsupportedConstruct } from "../diagnostics";
import { nodesOfFileOfKind } from "./file-nodes";
import { calleeDeclarations, isLibraryDeclaration } from "./named-declarations";
import { unwrapTypeOnly, wrappedOutermost } from "./type-wrappers";

export function reportVoidResultsUsed(sourceFile: SourceFile, context: TransformContext): void {
  for (const call of nodesOfFileOfKind(sourceFile, SyntaxKind.CallExpression)) {
    // Most calls are statements of their own: those are passed over before their type is asked for.
    if (Node.isCallExpression(call) && !isDropped(call) && isVoidType(call.getType()) && !isHandedOn(call) && !returnsWhatItsTypeSays(call)) {
      context.report(
        unsupportedConstruct(
          call,
          "Using the result of a call typed to return `void` (TypeScript lets a function that returns anything, null too, stand for such a function, and the compiled code would take its None for undefined)",
          "drop the result, or give the function type the result it has (`() => string | null`)",
        ),
      );
    }
  }
}

function isVoidType(type: Type): boolean {
  return (type.isUnion() ? type.getUnionTypes() : [type]).some((part) => (part.getFlags() & TypeFlags.Void) !== 0);
}

/** A call that is a statement of its own, or `void call()`. */
function isDropped(call: Node): boolean {
  const parent = wrappedOutermost(call).getParent();
  return Node.isExpressionStatement(parent) || Node.isVoidExpression(parent);
}

/** A call that is an arrow's body, or a `return` of a function that returns void too: its caller may only drop it. */
function isHandedOn(call: Node): boolean {
  const parent = wrappedOutermost(call).getParent();
  if (!Node.isArrowFunction(parent) && !Node.isReturnStatement(parent)) {
    return false;
  }
  const owner = Node.isArrowFunction(parent) ? parent : parent.getFirstAncestor((ancestor) => Node.isFunctionLikeDeclaration(ancestor));
  return owner !== undefined && dropsItsResult(owner);
}

/**
 * Whether a function's result is a void result again, which its callers may only drop: its return
 * type is written `void`, or it is given to a parameter whose type, as declared, returns void
 * (`forEach`'s callback; not `map`'s, whose `U` the void fills).
 */
function dropsItsResult(owner: Node): boolean {
  if (!Node.isFunctionLikeDeclaration(owner)) {
    return false;
  }
  const written = owner.getReturnTypeNode();
  if (written !== undefined) {
    return isVoidType(written.getType());
  }
  const call = wrappedOutermost(owner).getParent();
  if (!Node.isCallExpression(call) && !Node.isNewExpression(call)) {
    return false;
  }
  const position = (call.getArguments() ?? []).indexOf(wrappedOutermost(owner));
  const declaration = call.getProject().getTypeChecker().getResolvedSignature(call)?.getDeclaration();
  const parameters = declaration !== undefined && Node.isSignaturedDeclaration(declaration) ? declaration.getParameters() : [];
  const parameter = parameters[Math.min(position, parameters.length - 1)];
  const signatures = parameter?.getType().getNonNullableType().getCallSignatures() ?? [];
  return position >= 0 && signatures.length > 0 && signatures.every((signature) => isVoidType(signature.getReturnType()));
}

/** A call of the library or of the program's own function declaration, whose body returns what its type says. */
function returnsWhatItsTypeSays(call: Node): boolean {
  if (!Node.isCallExpression(call)) {
    return false;
  }
  const callee = unwrapTypeOnly(call.getExpression());
  const declarations = calleeDeclarations(callee);
  return (
    declarations.length > 0 &&
    declarations.every(
      (declared) =>
        isLibraryDeclaration(declared) ||
        // Its own void, not a type argument's (`attempt<T>(f: () => T)` given a `() => void`: review S60C, p43).
        (Node.isFunctionDeclaration(declared) && declared.getBody() !== undefined && isVoidType(declared.getReturnType())),
    )
  );
}
