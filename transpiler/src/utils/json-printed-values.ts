/**
 * Where JSON.stringify prints a value whose type hides what it is: a type parameter (`key<T>(x: T)
 * { return JSON.stringify(x); }`, a generic class's `T`), or a parameter, field or variable typed
 * `unknown`, `any`, `object` or `{}` (or a list, Record or data type holding one). JSON.stringify
 * of a class instance is refused where the instance's type is seen (CS1017,
 * builtins/json-stringify.ts); through such a type the instance is seen only where it is given, so
 * it is refused there: an argument given for such a parameter, or for a parameter whose type holds
 * such a type parameter, a type argument written or inferred for one, a value stored into such a
 * field or variable.
 *
 * What is printed is found once for the whole program (json-printed-program.ts): a value is
 * followed as it is passed (itself, through parentheses, `as`, `!`, `?:`, `??`, `||`, `&&`, a
 * `const`, an array or object literal built around it, a member of it, what a function, getter or
 * built-in method gives back: json-carried-values.ts), and along the program's links (an
 * overload, a base member, a function given for a function type, `implements Store<T>`, a store
 * into a field: json-printing-links.ts). What leaves the program's code and comes back (a library
 * callback's argument, a Map's value) is not followed.
 */
import { CallExpression, NewExpression, Node, SourceFile, ts, Type, TypeParameterDeclaration } from "ts-morph";
import { nodesOfFile } from "./file-nodes";
import type { TransformContext } from "../context";
import { jsonOfClassInstanceGiven } from "../diagnostics";
import { unprintableIn } from "./json-printable";
import { callTypeParameters, inferredTypeArguments } from "./call-type-arguments";
import { calledDeclaration, parameterFor } from "./json-carried-values";
import { isPrintedParameter, printedOfProgram } from "./json-printed-program";

/** What `class Cache<T>` or `key<T>` is given for each printed type parameter, where written out or inferred. */
function typeArgumentsGiven(
  node: CallExpression | NewExpression,
  declaration: Node,
  context: TransformContext,
): { typeParameter: TypeParameterDeclaration; given: Type; at: Node }[] {
  const written = node.getTypeArguments();
  const inferred = inferredTypeArguments(node, context);
  return callTypeParameters(declaration).flatMap((typeParameter, index): { typeParameter: TypeParameterDeclaration; given: Type; at: Node }[] => {
    const at = written[index];
    if (at !== undefined) {
      return [{ typeParameter, given: at.getType(), at }];
    }
    const type = inferred?.[index];
    return type === undefined ? [] : [{ typeParameter, given: type, at: node }];
  });
}

/** `new Cache<Point>()` of a class with no constructor of its own: its type arguments, written or inferred (`const c: Cache<Point> = new Cache()`). */
function reportDefaultConstructed(node: NewExpression, printedTypeParameters: ReadonlySet<ts.Type>, context: TransformContext): void {
  const declaration = node
    .getExpression()
    .getSymbol()
    ?.getDeclarations()
    .find((each) => Node.isClassDeclaration(each));
  if (declaration === undefined || !Node.isClassDeclaration(declaration) || context.isStandardLibrary(declaration)) {
    return;
  }
  const given = node.getType().getTypeArguments();
  const written = node.getTypeArguments();
  for (const [index, typeParameter] of declaration.getTypeParameters().entries()) {
    const type = given[index];
    const at = written[index] ?? node;
    const unprintable = type !== undefined && printedTypeParameters.has(typeParameter.getType().compilerType) ? unprintableIn(type, at, context) : undefined;
    if (type !== undefined && unprintable !== undefined) {
      context.report(
        jsonOfClassInstanceGiven(
          at,
          `${type.getText(at)} is given for the type parameter \`${typeParameter.getName()}\` of \`${declaration.getName() ?? "default"}\``,
          unprintable,
        ),
      );
      return;
    }
  }
}

/** A function's name for a message: its own, its variable's, or "the arrow function". */
function functionLabel(node: Node): string {
  const parent = node.getParent();
  if ((Node.isFunctionDeclaration(node) || Node.isMethodDeclaration(node) || Node.isGetAccessorDeclaration(node)) && node.getName() !== undefined) {
    return node.getName()!;
  }
  return parent !== undefined && Node.isVariableDeclaration(parent) ? parent.getName() : "the arrow function";
}

/** CS1017 wherever a class instance is given to be printed through a type that hides it. */
export function reportInstancesPrintedUnseen(sourceFile: SourceFile, context: TransformContext): void {
  const printed = printedOfProgram(sourceFile, context);
  if (printed.typeParameters.size === 0 && printed.parameters.size === 0 && printed.properties.size === 0) {
    return;
  }
  const printedTypeParameters = printed.typeParameters;
  // Reported arguments: an instance inside one (`{ data: p }` given whole) is not reported again where it is stored.
  const reportedArguments = new Set<Node>();
  nodesOfFile(sourceFile).forEach((node) => {
    for (const { properties, value } of printed.storesAt.get(node.compilerNode) ?? []) {
      const property = properties.find((each) => printed.properties.has(each.compilerNode));
      const unprintable = property === undefined ? undefined : unprintableIn(value.getType(), value, context);
      if (property !== undefined && unprintable !== undefined && !value.getAncestors().some((ancestor) => reportedArguments.has(ancestor))) {
        const name =
          Node.isPropertyDeclaration(property) ||
          Node.isPropertySignature(property) ||
          Node.isParameterDeclaration(property) ||
          Node.isVariableDeclaration(property)
            ? property.getName()
            : property.getText();
        const where = Node.isFunctionLikeDeclaration(property) ? `is returned by \`${functionLabel(property)}\`` : `is stored in \`${name}\``;
        context.report(jsonOfClassInstanceGiven(value, `\`${value.getText()}\` ${where}`, unprintable));
      }
    }
    if (Node.isCallExpression(node) || Node.isNewExpression(node)) {
      const declaration = calledDeclaration(node, context);
      if (declaration === undefined) {
        if (Node.isNewExpression(node)) {
          reportDefaultConstructed(node, printedTypeParameters, context);
        }
        return;
      }
      const name = Node.isCallExpression(node) ? node.getExpression().getText() : `new ${node.getExpression().getText()}`;
      let reported = false;
      (node.getArguments() as Node[]).forEach((argument, index) => {
        const target = parameterFor(declaration, index);
        const unprintable =
          target !== undefined && isPrintedParameter(target.parameter, target.declared, printed)
            ? unprintableIn(argument.getType(), argument, context)
            : undefined;
        if (target !== undefined && unprintable !== undefined) {
          reported = true;
          reportedArguments.add(argument);
          context.report(
            jsonOfClassInstanceGiven(
              argument,
              `\`${argument.getText()}\` is given for the parameter \`${target.parameter.getName()}\` of \`${name}\``,
              unprintable,
            ),
          );
        }
      });
      if (!reported) {
        for (const { typeParameter, given, at } of typeArgumentsGiven(node, declaration, context)) {
          const unprintable = printedTypeParameters.has(typeParameter.getType().compilerType) ? unprintableIn(given, at, context) : undefined;
          if (unprintable !== undefined) {
            context.report(
              jsonOfClassInstanceGiven(at, `${given.getText(at)} is given for the type parameter \`${typeParameter.getName()}\` of \`${name}\``, unprintable),
            );
            break;
          }
        }
      }
    } else if (Node.isTypeReference(node) || Node.isExpressionWithTypeArguments(node)) {
      const symbol = (Node.isTypeReference(node) ? node.getTypeName() : node.getExpression()).getSymbol();
      const declaration = (symbol?.isAlias() === true ? symbol.getAliasedSymbol() : symbol)?.getDeclarations()[0];
      if (declaration === undefined || !Node.isClassDeclaration(declaration)) {
        return;
      }
      const typeParameters = declaration.getTypeParameters();
      node.getTypeArguments().forEach((typeArgument, index) => {
        const typeParameter = typeParameters[index];
        const unprintable =
          typeParameter !== undefined && printedTypeParameters.has(typeParameter.getType().compilerType)
            ? unprintableIn(typeArgument.getType(), typeArgument, context)
            : undefined;
        if (typeParameter !== undefined && unprintable !== undefined) {
          context.report(
            jsonOfClassInstanceGiven(
              typeArgument,
              `${typeArgument.getText()} is given for the type parameter \`${typeParameter.getName()}\` of \`${declaration.getName() ?? "default"}\``,
              unprintable,
            ),
          );
        }
      });
    }
  });
}
