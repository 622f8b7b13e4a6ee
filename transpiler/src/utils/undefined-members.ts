/**
 * An object literal's members whose value may be undefined and not null, by their types
 * (`{ a: undefined }`, `{ nickname: user.nickname }` of an optional member, `debug ? "x" :
 * undefined`, a getter typed `number | undefined`): JavaScript keeps such a member as a key whose
 * value is undefined, which JSON.stringify leaves out, where None is null and undefined alike. The
 * literal is marked where it is made (`js_undefined_members(entries, ("nickname",))`), so the
 * printer knows, for this object alone, which of its None members are undefined. A member a later
 * spread or member of the same key may replace is not marked (the spread's value may be a null).
 */
import { Expression, Identifier, Node, ObjectFlags, ObjectLiteralExpression, SyntaxKind, Type, TypeFlags, VariableDeclarationKind } from "ts-morph";
import type { TransformContext } from "../context";
import { unsupportedConstruct } from "../diagnostics";
import { propertyKey } from "./object-literal-keys";
import { writesIn } from "./assignments";
import { noneMeaning } from "./none-meaning";

/** The type admits undefined (or void) and not null. */
function onlyUndefined(type: Type): boolean {
  let undefinedMember = false;
  for (const member of type.isUnion() ? type.getUnionTypes() : [type]) {
    // A type parameter, `T["a"]` and other generic types may be null once instantiated (review S45R, G13).
    if (member.isNull() || member.isAny() || member.isUnknown() || (member.getFlags() & TypeFlags.Instantiable) !== 0) {
      return false;
    }
    undefinedMember ||= member.isUndefined() || (member.getFlags() & TypeFlags.Void) !== 0;
  }
  return undefinedMember;
}

/** A member's key: its text, or the variable of a computed key known only at run time (read again for the mark). */
export type MemberKey = string | Expression;

/**
 * A member that may hold undefined and not null, with the keys of the members after it that may
 * replace it at run time (computed keys, checked when the object is made): marked unless one does.
 */
export interface UndefinedMember {
  key: MemberKey;
  laterKeys: MemberKey[];
}

/** A computed key that runs code, known only at run time. */
const RUNS_CODE = Symbol("a computed key that runs code");

/**
 * A variable that holds the same value wherever it is read: a `const`, or a parameter nothing
 * writes. (A `let` may be changed by a call in a later member: review S45U, K1.)
 */
function isStable(identifier: Identifier, context: TransformContext): boolean {
  const symbol = identifier.getSymbol();
  // An imported `const` is the exporting module's (review S45V, L2).
  const declaration = (symbol?.isAlias() === true ? symbol.getAliasedSymbol() : symbol)?.getDeclarations()[0];
  if (declaration === undefined) {
    return false;
  }
  if (Node.isVariableDeclaration(declaration) || Node.isBindingElement(declaration)) {
    // A `const` wherever it is declared: a statement, a for…of or for…in head, a destructuring.
    return declaration.getFirstAncestorByKind(SyntaxKind.VariableDeclarationList)?.getDeclarationKind() === VariableDeclarationKind.Const;
  }
  return Node.isParameterDeclaration(declaration) && writesIn(declaration.getSourceFile(), declaration, context).length === 0;
}

/** The key of a member as written: its text, a computed key's stable variable, or RUNS_CODE (anything else). */
function keyOf(property: Node, context: TransformContext): MemberKey | typeof RUNS_CODE | undefined {
  if (Node.isSpreadAssignment(property)) {
    return undefined;
  }
  if (Node.isShorthandPropertyAssignment(property)) {
    return property.getName();
  }
  if (
    !Node.isPropertyAssignment(property) &&
    !Node.isMethodDeclaration(property) &&
    !Node.isGetAccessorDeclaration(property) &&
    !Node.isSetAccessorDeclaration(property)
  ) {
    return undefined;
  }
  const nameNode = property.getNameNode();
  const key = propertyKey(nameNode);
  if (key !== undefined) {
    return key;
  }
  const expression = Node.isComputedPropertyName(nameNode) ? nameNode.getExpression() : undefined;
  return expression !== undefined && Node.isIdentifier(expression) && isStable(expression, context) ? expression : RUNS_CODE;
}

/**
 * The literal's members that may hold undefined and not null (`{ a: undefined }`, `{ nickname:
 * user.nickname }`, `{ [field]: value }`, a getter typed `number | undefined`), in its order. One a
 * later member of the same static key replaces, or a later spread may replace, is left unmarked
 * (its None prints as null: see the docs). A computed key that runs code, beside such a member, is
 * refused: the mark would need it again.
 */
export function undefinedMembers(literal: ObjectLiteralExpression, context: TransformContext): UndefinedMember[] {
  const properties = literal.getProperties();
  const keys = properties.map((property) => keyOf(property, context));
  const found: UndefinedMember[] = [];
  properties.forEach((property, index) => {
    const type = Node.isPropertyAssignment(property)
      ? property.getInitializer()?.getType()
      : Node.isShorthandPropertyAssignment(property)
        ? property.getNameNode().getType()
        : Node.isGetAccessorDeclaration(property)
          ? property.getReturnType()
          : undefined;
    const key = keys[index];
    if (type === undefined || key === undefined || !onlyUndefined(type)) {
      return;
    }
    const later = properties.slice(index + 1);
    const laterKeys = keys.slice(index + 1);
    if (later.some((member) => Node.isSpreadAssignment(member)) || laterKeys.some((other) => typeof key === "string" && other === key)) {
      return;
    }
    // What run time must compare: every later computed key, and for a computed key every later key.
    const compared = laterKeys.filter((other) => other !== undefined && (typeof key !== "string" || typeof other !== "string"));
    if (key === RUNS_CODE || compared.includes(RUNS_CODE)) {
      context.report(
        unsupportedConstruct(
          property,
          "a member that may be undefined beside a computed key that is no `const` (a call, a `let`, a parameter the function writes)",
          "JSON.stringify leaves such a member out, which the compiled object is told by the member's key: put the computed key in a `const` first (`const key = …; { [key]: value }`), or give the value a type with null (`value ?? null`)",
        ),
      );
      return;
    }
    if (!found.some((other) => other.key === key)) {
      found.push({ key, laterKeys: compared.filter((other): other is MemberKey => other !== undefined && other !== RUNS_CODE) });
    }
  });
  return found;
}

/**
 * `{ ...data, a: 2 }`: a spread source whose own members may be marked undefined (an object literal
 * made with them, or a copy of one), with what the literal writes after it: the later members' keys
 * and the later spread sources, either of which replaces a member the source gave (review S46B, N1:
 * the copy printed `"skip":null`). Only a source the literal reads by a stable name (`const`, a
 * parameter nothing writes), with no code after it that could change the source's members first
 * (a call, an assignment, a `delete`, an increment); else the copy's members stay unmarked.
 */
export interface CarriedSpread {
  source: Identifier;
  /** A later member's key, or a later spread's source. */
  later: ({ key: MemberKey } | { source: Identifier })[];
}

/** A type with a member that may hold undefined (optional, or typed so): only such an object can carry a mark. */
function mayHoldUndefinedMember(type: Type, at: Node): boolean {
  if (type.isAny() || type.isUnknown() || (type.getFlags() & TypeFlags.Instantiable) !== 0) {
    return true;
  }
  // A mapped type over a type parameter's keys lists no members (`Partial<Omit<T, "id">>`: review
  // S60A, 1), or only its constraint's (`Readonly<T>` of `T extends { a: string }` lists `a`, and the
  // value may hold more: review S61, m01). The checker's public API does not tell those from a mapped
  // type of known keys (`Readonly<Options>`), so any mapped type may: at worst a copy carries marks it need not.
  if ((type.getObjectFlags() & ObjectFlags.Mapped) !== 0) {
    return true;
  }
  const parts = type.isUnion() ? type.getUnionTypes() : type.isIntersection() ? type.getIntersectionTypes() : undefined;
  if (parts !== undefined) {
    return parts.some((member) => mayHoldUndefinedMember(member, at));
  }
  const index = type.getStringIndexType();
  // A member typed by a type parameter (`v: T` of `Box<T>`) may be undefined once instantiated (review S61, m02).
  const admitsUndefined = (member: Type): boolean => noneMeaning(member).undefined;
  return (
    (index !== undefined && admitsUndefined(index)) ||
    type.getProperties().some((property) => property.isOptional() || admitsUndefined(property.getTypeAtLocation(at)))
  );
}

/** Code that may change an object's members while the literal is made. */
function mayChangeMembers(node: Node): boolean {
  const kinds = [
    SyntaxKind.CallExpression,
    SyntaxKind.NewExpression,
    SyntaxKind.TaggedTemplateExpression,
    SyntaxKind.DeleteExpression,
    SyntaxKind.PostfixUnaryExpression,
    SyntaxKind.PrefixUnaryExpression,
  ];
  const changes = (candidate: Node): boolean =>
    kinds.includes(candidate.getKind()) ||
    (Node.isBinaryExpression(candidate) &&
      candidate.getOperatorToken().getKind() >= SyntaxKind.FirstAssignment &&
      candidate.getOperatorToken().getKind() <= SyntaxKind.LastAssignment);
  return changes(node) || node.getDescendants().some(changes);
}

export function carriedSpreads(literal: ObjectLiteralExpression, context: TransformContext): CarriedSpread[] {
  const properties = literal.getProperties();
  const carried: CarriedSpread[] = [];
  properties.forEach((property, index) => {
    if (!Node.isSpreadAssignment(property)) {
      return;
    }
    const source = property.getExpression();
    if (!Node.isIdentifier(source) || !isStable(source, context) || !mayHoldUndefinedMember(source.getType(), source)) {
      return;
    }
    const later: CarriedSpread["later"] = [];
    for (const member of properties.slice(index + 1)) {
      if (Node.isSpreadAssignment(member)) {
        const other = member.getExpression();
        if (!Node.isIdentifier(other) || !isStable(other, context)) {
          return;
        }
        later.push({ source: other });
        continue;
      }
      const key = keyOf(member, context);
      if (key === undefined || key === RUNS_CODE || mayChangeMembers(member)) {
        return;
      }
      later.push({ key });
    }
    carried.push({ source, later });
  });
  return carried;
}
