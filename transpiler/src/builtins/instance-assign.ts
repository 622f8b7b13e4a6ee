/**
 * `Object.assign(instance, …sources)` (`Object.assign(this, opts)` in a constructor): JavaScript
 * writes each key of each source as a property of the instance. The instance is a Python object
 * whose fields are attributes the compiler named (`maxRetries` is `max_retries`, `private host` is
 * `_host`), so each key the sources' types give is mapped to its attribute here, and the runtime
 * (js_assign_attributes) writes the keys a source holds, in its order, through those names.
 */
import { CallExpression, Node, Symbol as MorphSymbol, SymbolFlags, SyntaxKind, Type } from "ts-morph";
import type { TransformContext } from "../context";
import { assignIntoInstance } from "../diagnostics";
import type * as py from "../python/ast";
import { call, text } from "../python/build";
import { nameForMember } from "../utils/names";
import { spreadObjectParts } from "../utils/object-spreads";
import { noneMeaning } from "../utils/none-meaning";
import { isDataObjectType, isObjectLiteralType, shapeOfType } from "../utils/types";

/** The target's type when it is a class instance (`this` too, or a type parameter constrained by a class). */
export function instanceTargetType(target: Node, context: TransformContext): Type | undefined {
  const type = (target.getType().isTypeParameter() ? target.getType().getConstraint() : undefined) ?? target.getType();
  const kind = shapeOfType(type, context).kind;
  return (kind === "object" || kind === "error") && !isObjectLiteralType(type) ? type : undefined;
}

export function transformAssignIntoInstance(targetType: Type, args: py.Expression[], context: TransformContext, node: CallExpression): py.Expression {
  const attributes = new Map<string, string>();
  const checked = new Map<string, string>();
  if (targetType.isUnion() || targetType.isIntersection()) {
    context.report(assignIntoInstance(node, `of a union or intersection type (\`${targetType.getText(node)}\`)`));
  }
  for (const source of node.getArguments().slice(1)) {
    if (Node.isSpreadElement(source)) {
      context.report(assignIntoInstance(source, "from a spread list of sources, whose keys the types do not give one by one"));
      continue;
    }
    for (const part of spreadObjectParts(source.getType())) {
      // An intersection of data types (`Options & { extra?: number }`) is a data object too; its keys are the intersection's properties.
      const constituents = part.isIntersection() ? part.getIntersectionTypes() : [part];
      if (!constituents.every((constituent) => isDataObjectType(constituent, context))) {
        context.report(assignIntoInstance(source, `from a value that is not a data object (\`${part.getText(node)}\`)`));
        continue;
      }
      if (part.getStringIndexType() !== undefined || part.getNumberIndexType() !== undefined) {
        context.report(assignIntoInstance(source, `from a record with an index signature (\`${part.getText(node)}\`), whose keys are known only at run time`));
        continue;
      }
      for (const property of part.getProperties()) {
        const key = property.getName();
        const member = targetType.getProperty(key);
        const problem = member === undefined ? `the class declares no \`${key}\`` : (unwritable(member) ?? methodReadingThis(property));
        if (problem !== undefined || member === undefined) {
          context.report(assignIntoInstance(source, `of the key \`${key}\` (${problem})`));
          continue;
        }
        attributes.set(key, nameForMember(member, key, context));
        const meaning = noneCopied(property, member, source, node);
        if (meaning !== undefined) {
          checked.set(key, meaning);
        }
      }
    }
  }
  const names: py.Expression = { kind: "Dict", entries: [...attributes].map(([key, attribute]) => ({ key: text(key), value: text(attribute) })) };
  const [target, ...sources] = args;
  const keywords: py.Keyword[] =
    checked.size === 0
      ? []
      : [{ name: "none_means", value: { kind: "Dict", entries: [...checked].map(([key, meaning]) => ({ key: text(key), value: text(meaning) })) } }];
  return call(context.useRuntime("js_assign_attributes"), [target ?? text(""), names, ...sources], undefined, keywords);
}

/**
 * A source's method that reads `this`: copied by Object.assign it is a plain function, called with
 * the target as `this`; the runtime copies the method bound to the source object.
 */
function methodReadingThis(property: MorphSymbol): string | undefined {
  const readsThis = property.getDeclarations().some((declaration) => {
    const method = Node.isPropertyAssignment(declaration) ? declaration.getInitializer() : declaration;
    return (Node.isMethodDeclaration(method) || Node.isFunctionExpression(method)) && method.getDescendantsOfKind(SyntaxKind.ThisKeyword).length > 0;
  });
  return readsThis
    ? "a method of the source that reads `this`, which JavaScript binds to the target when it is called from there and Python keeps bound to the source"
    : undefined;
}

/**
 * What a None copied into the field must be for the field to read it as JavaScript does, where the
 * source may hold the other: `Partial<Cart>`'s `coupon?: string | null` into `coupon: string |
 * null` ("null": a None copied must be null, as JSON data's is, not an object literal's undefined
 * member, which the runtime refuses), or `total: number | null` into `total: number` ("undefined").
 * TypeScript lets Object.assign copy any type. Undefined into a field admitting neither (`total?:
 * number` into `total: number`) is left as JavaScript leaves it: the field is printed as undefined.
 */
function noneCopied(property: MorphSymbol, member: MorphSymbol, source: Node, node: Node): string | undefined {
  const copied = noneMeaning(property.getTypeAtLocation(source));
  const copiesUndefined = copied.undefined || (property.getFlags() & SymbolFlags.Optional) !== 0;
  const field = noneMeaning(member.getTypeAtLocation(node));
  if (copiesUndefined && field.null && !field.undefined) {
    return "null";
  }
  return copied.null && !field.null ? "undefined" : undefined;
}

/** Why writing the member by Object.assign would differ in Python, if it would. */
function unwritable(member: MorphSymbol): string | undefined {
  const declarations = member.getDeclarations();
  if (declarations.some((declaration) => Node.isMethodDeclaration(declaration) || Node.isMethodSignature(declaration))) {
    return "a method, which an own property would hide";
  }
  if (
    declarations.some((declaration) => Node.isGetAccessorDeclaration(declaration)) &&
    !declarations.some((declaration) => Node.isSetAccessorDeclaration(declaration))
  ) {
    return "a getter without a setter, where JavaScript throws TypeError";
  }
  return undefined;
}
