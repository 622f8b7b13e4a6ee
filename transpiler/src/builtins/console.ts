/**
 * `console.log(...)` and friends: `print(...)` of what Node's util.format shows. Strings print as
 * they are; anything else goes through `js_format`, Node's util.inspect one-line form (arrays,
 * plain objects, numbers with -0, nested strings quoted, the program's class instances as
 * `Point { x: 1, y: 2 }`). Values util.inspect would show as Errors, Maps, Sets or functions are
 * refused: their Python form is not JavaScript's.
 */
import { isRegExpMatchArray } from "./regexp";
import { CallExpression, ClassDeclaration, Node, SyntaxKind, Type, TypeFlags } from "ts-morph";
import type { TransformContext } from "../context";
import { unsupportedBuiltin } from "../diagnostics";
import type * as py from "../python/ast";
import { attribute, call, name, text } from "../python/build";
import { classTypeBehind, classesItMayBe, printability, programClassOf } from "../utils/json-printable-classes";
import { extendsError, isObjectLiteralType, shapeOfType } from "../utils/types";
import { CONSOLE_STREAMS } from "../utils/console-streams";

/** The `console` of ES2022 hosts: declared by the runtime's console.d.ts, @types/node or the DOM library, not by our code. */
export function isConsole(node: Node, context: TransformContext): boolean {
  if (!Node.isIdentifier(node) || node.getText() !== "console") {
    return false;
  }
  const declaration = context.resolveSymbol(node)?.getDeclarations()[0];
  const file = declaration?.getSourceFile().getFilePath() ?? "";
  return (
    declaration !== undefined &&
    (context.isStandardLibrary(declaration) || file.endsWith("/transpiler/lib/console.d.ts") || file.includes("/node_modules/@types/node/"))
  );
}

/** What None prints as inside this value: "undefined" where only undefined is possible, "null" otherwise. */
function noneText(
  type: Type,
  at: Node,
  context: TransformContext,
  seen = new Set<Type>(),
): { undefined: boolean; null: boolean; unsupported: string | undefined } {
  const result = { undefined: false, null: false, unsupported: undefined as string | undefined };
  if (seen.has(type)) {
    return result;
  }
  seen.add(type);
  const members = type.isUnion() ? type.getUnionTypes() : [type];
  for (const member of members) {
    if (member.isUndefined() || (member.getFlags() & TypeFlags.Void) !== 0) {
      result.undefined = true;
      continue;
    }
    if (member.isNull()) {
      result.null = true;
      continue;
    }
    if ((member.getFlags() & TypeFlags.Never) !== 0) {
      continue; // the elements of []
    }
    if (member.isAny() || member.isUnknown()) {
      result.unsupported = "a value typed any or unknown (Node prints its class and fields)";
      continue;
    }
    if (isObjectLiteralType(member) && member.getProperties().length === 0) {
      continue; // the type of a `{}` literal (shapeOfType says unknown, as `{}` written as a type holds anything)
    }
    const shape = shapeOfType(member, context);
    const inner: Type[] = [];
    if (isRegExpMatchArray(member, context)) {
      result.unsupported = "a regular expression match (Node prints its index, input and groups too) (Node prints its class and fields)";
    } else if (shape.kind === "array") {
      inner.push(
        ...(member.isTuple()
          ? member.getTupleElements()
          : [member.getArrayElementType() ?? member.getNumberIndexType()].filter((element): element is Type => element !== undefined)),
      );
    } else if (shape.kind === "dict") {
      const index = member.getStringIndexType();
      if (index !== undefined) {
        inner.push(index);
      }
      for (const property of member.getProperties()) {
        inner.push(property.getTypeAtLocation(at));
      }
    } else if (shape.kind === "object" && isObjectLiteralType(member)) {
      // Methods print as [Function: name] and accessors as [Getter]/[Setter], without being run.
      const literals = member.getSymbol()?.getDeclarations() ?? [];
      for (const property of member.getProperties()) {
        const own = property
          .getDeclarations()
          .some(
            (declaration) =>
              (Node.isMethodDeclaration(declaration) || Node.isGetAccessorDeclaration(declaration) || Node.isSetAccessorDeclaration(declaration)) &&
              literals.includes(declaration.getParentOrThrow()),
          );
        if (!own) {
          inner.push(property.getTypeAtLocation(at));
        }
      }
    } else if (shape.kind === "object" || shape.kind === "error") {
      const instance = inspectedInstance(member, at, context);
      if ("unsupported" in instance) {
        result.unsupported = instance.unsupported;
      } else {
        // Each field's None prints as its own type says (the runtime reads it from the class's
        // list); what the fields hold prints as the rest of the value does.
        inner.push(...instance.fields.map((field) => field.getNonNullableType()));
      }
    } else if (shape.kind === "unknown" && !member.isUnion()) {
      // `{}` or an empty interface: it may hold a Map, a Set or a function, which the runtime cannot print as Node does.
      result.unsupported = `a value of type ${member.getText(at)} (any value but null and undefined: a Map, a Set or a function too) (Node prints its class and fields)`;
    } else if (shape.kind !== "string" && shape.kind !== "number" && shape.kind !== "boolean") {
      result.unsupported = `a ${shape.kind} (Node prints its class and fields)`;
    }
    for (const element of inner) {
      const nested = noneText(element, at, context, seen);
      result.undefined ||= nested.undefined;
      result.null ||= nested.null;
      result.unsupported ??= nested.unsupported;
    }
  }
  return result;
}

/**
 * A class instance util.inspect shows as `Point { x: 1, y: 2 }`: the runtime prints the program's
 * classes from the fields the compiler lists (utils/json-fields.ts), where they say what Node
 * prints (json-printable-classes.ts) and hold no function (Node names it, `[Function: onTick]`).
 * Not an Error (Node prints its stack), a library class, or a value of an interface with methods.
 */
function inspectedInstance(type: Type, at: Node, context: TransformContext): { fields: Type[] } | { unsupported: string } {
  const behind = classTypeBehind(type, context);
  if (behind !== undefined) {
    return inspectedInstance(behind, at, context);
  }
  const declaration = programClassOf(type, context);
  if (declaration === undefined || extendsError(type)) {
    return {
      unsupported:
        declaration === undefined
          ? "a class instance (Node prints its class and fields), or a value of an interface with methods, which may be one"
          : "an Error (Node prints its stack)",
    };
  }
  const fields: Type[] = [];
  for (const candidate of classesItMayBe(declaration, type, at)) {
    const subject = `an instance of \`${candidate.getName() ?? "default"}\``;
    if (extendsError(candidate.getType())) {
      return { unsupported: `${subject}, an Error (Node prints its stack)` };
    }
    const printable = printability(candidate, candidate === declaration ? type : candidate.getType(), at);
    if ("reason" in printable) {
      return { unsupported: `${subject}, where ${printable.reason}` };
    }
    for (const field of printable.fields) {
      if (field.type.getNonNullableType().getCallSignatures().length > 0) {
        return { unsupported: `${subject}, whose field \`${field.name}\` holds a function (Node prints its name)` };
      }
      fields.push(field.type);
    }
    const shadowed = methodWrittenToInstance(candidate);
    if (shadowed !== undefined) {
      return {
        unsupported: `${subject}, whose method \`${shadowed}\` its code writes to the instance (\`this.${shadowed} = …\`, a bound handler): Node prints it as a field holding a function`,
      };
    }
  }
  return { fields };
}

/** A method a class (or a base) writes to its instance as an own property (`this.onClick = this.onClick.bind(this)`). */
function methodWrittenToInstance(declaration: ClassDeclaration): string | undefined {
  for (let current: ClassDeclaration | undefined = declaration; current !== undefined; current = current.getBaseClass()) {
    for (const assignment of current.getDescendantsOfKind(SyntaxKind.BinaryExpression)) {
      const target = assignment.getLeft();
      if (
        assignment.getOperatorToken().getKind() === SyntaxKind.EqualsToken &&
        Node.isPropertyAccessExpression(target) &&
        Node.isThisExpression(target.getExpression()) &&
        (target.getNameNode().getSymbol()?.getDeclarations() ?? []).some((member) => Node.isMethodDeclaration(member))
      ) {
        return target.getName();
      }
    }
  }
  return undefined;
}

export function transformConsoleCall(method: string, args: py.Expression[], node: CallExpression, context: TransformContext): py.Expression {
  const stream = Object.hasOwn(CONSOLE_STREAMS, method) ? CONSOLE_STREAMS[method] : undefined;
  if (stream === undefined) {
    context.report(unsupportedBuiltin(node, `\`console.${method}()\``));
    return name("None", node);
  }
  const argumentNodes = node.getArguments();
  const keywords: py.Keyword[] = stream === "stderr" ? [{ name: "file", value: attribute(context.useModule("sys"), "stderr") }] : [];
  if (argumentNodes.some((argument) => Node.isSpreadElement(argument))) {
    context.report(unsupportedBuiltin(node, `\`console.${method}(...spread)\``));
    return name("None", node);
  }
  const allStrings = argumentNodes.every((argument) => {
    const shape = shapeOfType(argument.getType(), context);
    return shape.kind === "string" && !shape.nullable;
  });
  // A first string holding a placeholder (`%s`, `%d`, …) is a format when more values follow: util.format fills it.
  const first = argumentNodes[0];
  const mayFormat = argumentNodes.length > 1 && !(first !== undefined && Node.isStringLiteral(first) && !/%[sjdOoifc%]/.test(first.getLiteralValue()));
  if (first !== undefined && argumentNodes.length > 1 && Node.isStringLiteral(first) && /%o/.test(first.getLiteralValue())) {
    context.report(unsupportedBuiltin(first, `\`console.${method}()\` with %o (util.inspect with hidden members; use %O or %j)`));
  }
  // A lone half of an emoji cannot be encoded in UTF-8 (print() would raise): js_console_text writes U+FFFD, as Node does.
  const printable = (value: py.Expression): py.Expression => call(context.useRuntime("js_console_text"), [value]);
  if (allStrings && !mayFormat) {
    return call(name("print"), args.map(printable), node, keywords);
  }
  const nones: py.Expression[] = [];
  argumentNodes.forEach((argument) => {
    const found = noneText(argument.getType(), argument, context);
    if (found.unsupported !== undefined) {
      context.report(unsupportedBuiltin(argument, `\`console.${method}()\` of ${found.unsupported}`));
    }
    if (found.undefined && found.null) {
      context.report(unsupportedBuiltin(argument, `\`console.${method}()\` of a value that may hold both null and undefined (both are None in Python)`));
    }
    nones.push(text(found.undefined ? "undefined" : "null"));
  });
  const formatArgs: py.Expression[] = [{ kind: "List", elements: args }];
  if (nones.some((none) => none.kind === "Constant" && none.value === "undefined")) {
    formatArgs.push({ kind: "List", elements: nones });
  }
  return call(name("print"), [printable(call(context.useRuntime("js_format"), formatArgs))], node, keywords);
}
