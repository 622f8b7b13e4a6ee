/**
 * `Thing.name`, `greet.name`, `greet.length`: what JavaScript's functions and classes carry of their
 * own (Function.prototype's `name` and `length`). A Python class or function has neither (its
 * `__name__` is snake_cased, a JsError subclass's `name` is Error.prototype.name), so the value is
 * written as a constant where the receiver names a class or function declaration, and refused
 * elsewhere.
 */
import { Node, PropertyAccessExpression } from "ts-morph";
import type { TransformContext } from "../context";
import { functionOwnProperty } from "../diagnostics";
import type * as py from "../python/ast";
import { constant, number, text } from "../python/build";

/** Whether the access reads the standard library's `Function.name` or `Function.length`. */
export function isFunctionOwnProperty(access: PropertyAccessExpression, context: TransformContext): boolean {
  // Asked of every property access: the name is compared before the checker is.
  const property = access.getName();
  if (property !== "name" && property !== "length") {
    return false;
  }
  return (access.getNameNode().getSymbol()?.getDeclarations() ?? []).some((declaration) => {
    const owner = declaration.getParent();
    return context.isStandardLibrary(declaration) && Node.isInterfaceDeclaration(owner) && owner.getName() === "Function";
  });
}

/** The constant for `.name` / `.length` of a class or function declaration named by the receiver; refused otherwise. */
export function transformFunctionOwnProperty(access: PropertyAccessExpression, context: TransformContext): py.Expression {
  const receiver = access.getExpression();
  const property = access.getName();
  const declarations = Node.isIdentifier(receiver) ? (context.resolveSymbol(receiver)?.getDeclarations() ?? []) : [];
  const declared = declarations.find(
    (declaration) => Node.isClassDeclaration(declaration) || (Node.isFunctionDeclaration(declaration) && declaration.hasBody()),
  );
  if (declared !== undefined && (Node.isClassDeclaration(declared) || Node.isFunctionDeclaration(declared))) {
    const ownName = declared.getName();
    if (property === "name" && ownName !== undefined) {
      return text(ownName, access);
    }
    if (property === "length" && Node.isFunctionDeclaration(declared)) {
      // Parameters before the first one with a default or the rest parameter (TypeScript's `b?` counts);
      // a `this: T` parameter is TypeScript's alone, erased from the JavaScript function.
      const parameters = declared.getParameters().filter((parameter) => parameter.getName() !== "this");
      const counted = parameters.findIndex((parameter) => parameter.hasInitializer() || parameter.isRestParameter());
      return number(String(counted === -1 ? parameters.length : counted), access);
    }
  }
  // `x.constructor.name` is refused with its own advice (CS1012), which naming the class here would
  // contradict (review S46B, F2: two refusals of `e.constructor.name`).
  if (!(Node.isPropertyAccessExpression(receiver) && receiver.getName() === "constructor")) {
    context.report(functionOwnProperty(access, property));
  }
  return constant(null);
}
