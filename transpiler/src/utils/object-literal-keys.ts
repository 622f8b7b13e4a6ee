/**
 * What an object literal's keys become when the object is a JsObject (read by attributes): which
 * keys are member names, which attributes differ from their keys, which later keys the object must
 * know, and what a spread or an `Object.assign` source must be. Shared by the object literal visitor
 * and `Object.assign` into a new object, without either importing the other.
 */
import { mayBeGetter } from "./temporaries";
import { ElementAccessExpression, Expression, Node, ObjectLiteralExpression, Symbol as MorphSymbol, Type, ts } from "ts-morph";
import type { TransformContext } from "../context";
import { objectLiteralMember } from "../diagnostics";
import type * as py from "../python/ast";
import { text } from "../python/build";
import { valueName } from "./naming";
import { spreadObjectParts } from "./object-spreads";
import { isDataObjectType, shapeOfNode, shapeOfType } from "./types";
import { typeOfUntypedWhole } from "./untyped-wholes";

/**
 * A key TypeScript reads as a member name (`o.caféCount`, `o.ｔitle`), whose attribute is the one reads
 * name (`valueName`): an ASCII-only test kept `caféCount` as the attribute, where reads said `cafécount`.
 */
export function isIdentifierKey(key: string): boolean {
  const codePoints = [...key].map((character) => character.codePointAt(0) ?? 0);
  return (
    codePoints.length > 0 &&
    codePoints.every((codePoint, index) => (index === 0 ? ts.isIdentifierStart : ts.isIdentifierPart)(codePoint, ts.ScriptTarget.ESNext))
  );
}

/** A literal with a method or accessor, or one whose value must be an object (its type or the type it is given has methods). */
export function isObjectWithBehaviour(literal: ObjectLiteralExpression, context: TransformContext): boolean {
  if (
    literal
      .getProperties()
      .some((property) => Node.isMethodDeclaration(property) || Node.isGetAccessorDeclaration(property) || Node.isSetAccessorDeclaration(property))
  ) {
    return true;
  }
  if (shapeOfNode(literal, context).kind === "object") {
    return true;
  }
  // Where the literal flows nowhere typed, the type it meets is the whole's own: `flag ? { greet } :
  // new Formal()` is a Formal, whose members are read as attributes.
  const contextual = context.checker.getContextualType(literal) ?? typeOfUntypedWhole(literal, context);
  return contextual !== undefined && (shapeOfType(contextual, context).kind === "object" || isObjectAmong(literal, contextual, context));
}

/**
 * `Dflt[] | Dflt`, `Dflt | string`, an element of `(Dflt | number)[]`: of the union's members, the
 * literal can only be those it fits (no array, string or number); when each of those is an object,
 * the literal is one (review S45V, L6: it was built as a dict, and `x.v` raised).
 */
function isObjectAmong(literal: ObjectLiteralExpression, contextual: Type, context: TransformContext): boolean {
  if (!contextual.isUnion()) {
    return false;
  }
  const own = literal.getType();
  const fitting = contextual.getUnionTypes().filter((member) => !member.isNull() && !member.isUndefined() && own.isAssignableTo(member));
  return fitting.length > 0 && fitting.every((member) => shapeOfType(member, context).kind === "object");
}

/** JsObject's class attributes that lend it a dict's methods: a member of one of these names must live in its attribute, which they read first. */
const DICT_METHOD_NAMES = new Set(["get", "keys", "values", "items"]);

/**
 * Members the literal's types declare whose attribute is not their key (`sideCount?: number` is the
 * attribute `side_count`): left out (or deleted) and assigned later through the attribute, they
 * must join the object's keys as `sideCount`, as in JavaScript (`Object.keys`, `in`, JSON). So must
 * `get`, `keys`, `values` and `items`: assigned later, they would otherwise go to `_js_extra`, and a
 * typed read (`options.items`) would find JsObject's dict method instead.
 */
export function laterKeys(value: Expression, context: TransformContext): py.DictEntry[] {
  const contextual = context.checker.getContextualType(value);
  const later: py.DictEntry[] = [];
  for (const type of [value.getType(), ...(contextual === undefined ? [] : contextual.isUnion() ? contextual.getUnionTypes() : [contextual])]) {
    for (const property of type.getProperties()) {
      const key = property.getName();
      const attribute = isIdentifierKey(key) ? valueName(key) : key;
      if ((attribute !== key || DICT_METHOD_NAMES.has(key)) && !later.some((entry) => entry.key?.kind === "Constant" && entry.key.value === attribute)) {
        later.push({ key: text(attribute), value: text(key) });
      }
    }
  }
  return later;
}

/**
 * A value whose own properties become a JsObject's entries (a spread, a source of `Object.assign`
 * into a new object) must be a data object, whose entries are its properties; a setter without a
 * getter is copied as undefined by JavaScript, which JSON.stringify leaves out, where None would print null.
 */
export function checkSpreadSource(source: Node, context: TransformContext, what: string, instead: string): void {
  // undefined, null and a falsy primitive left by `&&` spread as nothing (js_spread_entries gives no entries).
  const members = spreadObjectParts(source.getType());
  if (!members.every((member) => isDataObjectType(member, context))) {
    context.report(objectLiteralMember(source, what, instead));
  }
  for (const member of members) {
    for (const property of member.getProperties()) {
      const declarations = property.getDeclarations();
      if (
        declarations.some((declaration) => Node.isSetAccessorDeclaration(declaration)) &&
        !declarations.some((declaration) => Node.isGetAccessorDeclaration(declaration))
      ) {
        context.report(
          objectLiteralMember(source, `a spread of \`${property.getName()}\`, a setter without a getter`, "give it a getter, or leave it out of the copy"),
        );
      }
    }
  }
}

/** A dict's keys become the attributes the object is read by: snake_case, as for class fields (only those that differ). */
export function renamedKeys(members: Type[], renamed: py.DictEntry[] = []): py.DictEntry[] {
  for (const member of members) {
    for (const property of member.getProperties()) {
      const key = property.getName();
      if (isIdentifierKey(key) && valueName(key) !== key && !renamed.some((entry) => entry.key?.kind === "Constant" && entry.key.value === key)) {
        renamed.push({ key: text(key), value: text(valueName(key)) });
      }
    }
  }
  return renamed;
}

/**
 * The key a property name stands for, as JavaScript reads it: `a` and `"a"` and `'\u0061'` are
 * "a", `0x1` and `1.0` are "1"; a computed name (`[key]`) gives its literal type's value when it has
 * one, else undefined (the key is known only at run time). Not the name's source text, which keeps
 * quotes, escapes and brackets.
 */
export function propertyKey(nameNode: Node): string | undefined {
  if (Node.isStringLiteral(nameNode) || Node.isNoSubstitutionTemplateLiteral(nameNode)) {
    return nameNode.getLiteralText();
  }
  if (Node.isNumericLiteral(nameNode)) {
    // From the source text, as the literal's own keys are: getLiteralValue() reads the token's text
    // `1e+21` with parseInt (1), where JavaScript's key is "1e+21".
    return String(Number(nameNode.getText().replaceAll("_", "")));
  }
  if (Node.isComputedPropertyName(nameNode)) {
    const type = nameNode.getExpression().getType();
    return type.isStringLiteral() || type.isNumberLiteral() ? String(type.getLiteralValue()) : undefined;
  }
  return nameNode.getText();
}

/** The key a property of an assignment pattern reads (`{ a }`, `{ "content-type": type }`), undefined for a computed key known only at run time or one that runs code, a rest or a method. */
export function assignmentPatternKey(property: Node): string | undefined {
  if (Node.isShorthandPropertyAssignment(property)) {
    return property.getName();
  }
  return Node.isPropertyAssignment(property) ? patternKey(property.getNameNode()) : undefined;
}

/**
 * The key a destructuring pattern's property name reads, as `propertyKey` gives it, but undefined
 * for a computed key that runs code (`{ [key()]: z }` with `key(): "k"`): JavaScript calls it as it
 * reaches the element, where the pattern compiles to a constant key (the call would be dropped).
 */
export function patternKey(nameNode: Node): string | undefined {
  return isComputedKeyRunningCode(nameNode) ? undefined : propertyKey(nameNode);
}

/**
 * A computed property name whose expression may run code: anything but a literal, a variable, or a
 * chain of plain members (an enum's `[Field.Width]`, a constant table's `[KEYS.id]`; not a getter).
 */
export function isComputedKeyRunningCode(nameNode: Node): boolean {
  return Node.isComputedPropertyName(nameNode) && !isReadRunningNothing(nameNode.getExpression());
}

function isReadRunningNothing(expression: Node): boolean {
  if (Node.isParenthesizedExpression(expression)) {
    return isReadRunningNothing(expression.getExpression());
  }
  if (
    Node.isStringLiteral(expression) ||
    Node.isNumericLiteral(expression) ||
    Node.isNoSubstitutionTemplateLiteral(expression) ||
    Node.isIdentifier(expression)
  ) {
    return true;
  }
  if (Node.isElementAccessExpression(expression) && literalIndexKey(expression) !== undefined) {
    const receiver = expression.getExpression().getType().getNonNullableType();
    if (receiver.isArray() || receiver.isTuple()) {
      return isReadRunningNothing(expression.getExpression()); // `PAIR[1]`: an element, which no getter stands behind
    }
  }
  // `KEYS.id`, `KEYS["id"]`: a member of an enum, an object literal or a class is data; one
  // an interface or an abstract class declares may be a getter of a class that implements it, which
  // `mayBeGetter` answers as for every value read twice.
  const member =
    Node.isPropertyAccessExpression(expression) && !expression.hasQuestionDotToken()
      ? expression.getNameNode().getSymbol()
      : Node.isElementAccessExpression(expression) && !expression.hasQuestionDotToken()
        ? literalIndexMember(expression)
        : undefined;
  const declarations = member?.getDeclarations() ?? [];
  const isData = (declaration: Node): boolean =>
    Node.isEnumMember(declaration) ||
    Node.isPropertyAssignment(declaration) ||
    (Node.isPropertyDeclaration(declaration) && !declaration.isAbstract()) ||
    ((Node.isPropertySignature(declaration) || Node.isPropertyDeclaration(declaration)) && !mayBeGetter(member, expression));
  return (
    declarations.length > 0 &&
    declarations.every(isData) &&
    (Node.isPropertyAccessExpression(expression) || Node.isElementAccessExpression(expression)) &&
    isReadRunningNothing(expression.getExpression())
  );
}

/** The key a literal index names (`handlers[1]`, `point["x"]`, `` shape[`area`] ``), undefined for any other index. */
export function literalIndexKey(access: ElementAccessExpression): string | undefined {
  const argument = access.getArgumentExpression();
  return argument !== undefined && (Node.isStringLiteral(argument) || Node.isNumericLiteral(argument) || Node.isNoSubstitutionTemplateLiteral(argument))
    ? propertyKey(argument)
    : undefined;
}

/** The member of the receiver's type that a literal index names (`counter["next"]`, `handlers[1]`), as the dot would name it. */
export function literalIndexMember(access: ElementAccessExpression): MorphSymbol | undefined {
  const key = literalIndexKey(access);
  return key === undefined ? undefined : access.getExpression().getType().getNonNullableType().getProperty(key);
}
