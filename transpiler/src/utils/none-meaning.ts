/**
 * null and undefined are both None in Python. Where a value's type admits only one of them, None
 * means that one and the compiler can reproduce JavaScript exactly; where it admits both (unknown,
 * any, `T | null | undefined`, an optional member typed `T | null`), no Python code can tell them
 * apart, and every construct whose JavaScript result depends on which is refused. `this` in a method
 * admits neither.
 */
import { Node, SyntaxKind, Type, TypeFlags } from "ts-morph";
import { isPolymorphicThis } from "./this-type";

export interface NoneMeaning {
  /** The type admits null. */
  null: boolean;
  /** The type admits undefined (or void). */
  undefined: boolean;
}

export function noneMeaning(type: Type, seen = new Set<Type>()): NoneMeaning {
  const result: NoneMeaning = { null: false, undefined: false };
  if (seen.has(type)) {
    return result;
  }
  seen.add(type);
  const members = type.isUnion() ? type.getUnionTypes() : [type];
  for (const member of members) {
    const flags = member.getFlags();
    if (member.isAny() || member.isUnknown()) {
      result.null = true;
      result.undefined = true;
    } else if (member.isUndefined() || (flags & TypeFlags.Void) !== 0) {
      result.undefined = true;
    } else if (member.isNull()) {
      result.null = true;
    } else if (isPolymorphicThis(member)) {
      // `this` inside a method is the object the method runs on: never null or undefined.
      continue;
    } else if ((flags & TypeFlags.IndexedAccess) !== 0) {
      // A read of a generic type by a generic key (`Record<K, V>[K]`, `T[K]`): K may be `string`
      // itself and the key absent, undefined where the types say V; and whatever V admits.
      const constraint = member.getConstraint();
      const inner = constraint === undefined || constraint === member ? { null: true, undefined: true } : noneMeaning(constraint, seen);
      result.null ||= inner.null;
      result.undefined = true;
    } else if ((flags & (TypeFlags.Conditional | TypeFlags.Substitution)) !== 0) {
      const inner = conditionalMeaning(member, seen);
      result.null ||= inner.null;
      result.undefined ||= inner.undefined;
    } else if ((flags & TypeFlags.TypeParameter) !== 0) {
      // An unconstrained `T` may be either; a constrained one admits what its constraint admits.
      const constraint = member.getConstraint();
      const inner = constraint === undefined ? { null: true, undefined: true } : noneMeaning(constraint, seen);
      result.null ||= inner.null;
      result.undefined ||= inner.undefined;
    }
  }
  return result;
}

/**
 * What None may mean for the value of an expression. As noneMeaning of its type, and undefined too
 * where it reads a generic record by a generic key (`groups[key]`, or a variable it was stored in):
 * TypeScript hands an argument (`String(groups[key])`) the constraint of `Record<K, V>[K]`, `string |
 * number` for `V extends string | number`, where the read is undefined for an absent key.
 */
export function noneMeaningOfNode(node: Node): NoneMeaning {
  let inner = node;
  while (Node.isParenthesizedExpression(inner)) {
    inner = inner.getExpression();
  }
  if (Node.isBinaryExpression(inner) && [SyntaxKind.QuestionQuestionToken, SyntaxKind.BarBarToken].includes(inner.getOperatorToken().getKind())) {
    // `x ?? "none"` of an `any` x: TypeScript types it `any`, but a fallback that is never None makes the whole never None.
    const fallback = noneMeaningOfNode(inner.getRight());
    if (!fallback.null && !fallback.undefined) {
      return fallback;
    }
  }
  const meaning = noneMeaning(node.getType());
  if (isEnumNameRead(inner)) {
    // `Perm[flags]`, a member's name: TypeScript types it `string` for a key typed as the enum, but a
    // numeric enum holds any number (`Perm.Read | Perm.Write`), whose name is undefined (review 23B S1).
    return { ...meaning, undefined: true };
  }
  return meaning.undefined || !readsByGenericKey(node) ? meaning : { ...meaning, undefined: true };
}

function isEnumNameRead(node: Node): boolean {
  if (!Node.isElementAccessExpression(node)) {
    return false;
  }
  // By the enum object's type: the enum read through another name too (`const P = Perm`, `e: typeof Perm`).
  const declarations = node.getExpression().getType().getSymbol()?.getDeclarations() ?? [];
  return declarations.some((declaration) => Node.isEnumDeclaration(declaration));
}

function readsByGenericKey(node: Node): boolean {
  let inner = node;
  while (Node.isParenthesizedExpression(inner) || Node.isNonNullExpression(inner)) {
    inner = inner.getExpression();
  }
  if (Node.isElementAccessExpression(inner)) {
    const key = inner.getArgumentExpression()?.getType();
    return key !== undefined && key.isTypeParameter() && !isPolymorphicThis(key);
  }
  if (Node.isIdentifier(inner)) {
    const declaration = inner.getSymbol()?.getValueDeclaration();
    return (
      declaration !== undefined &&
      (Node.isVariableDeclaration(declaration) || Node.isParameterDeclaration(declaration)) &&
      (declaration.getType().getFlags() & TypeFlags.IndexedAccess) !== 0
    );
  }
  return false;
}

/** The type admits both null and undefined: None cannot say which it is. */
export function admitsBoth(type: Type): boolean {
  const meaning = noneMeaning(type);
  return meaning.null && meaning.undefined;
}

/** One may be null where the other may be undefined: JavaScript's `===` and SameValueZero tell them apart, None cannot. */
export function mayBeNullAgainstUndefined(one: NoneMeaning, other: NoneMeaning): boolean {
  return (one.null && other.undefined) || (one.undefined && other.null);
}

/** `= null` (or `= undefined`) turns undefined into null: None stays None, whichever it stood for. */
export function isNullOrUndefinedLiteral(node: Node | undefined): boolean {
  const inner = node !== undefined && Node.isParenthesizedExpression(node) ? node.getExpression() : node;
  return inner !== undefined && (inner.getKind() === SyntaxKind.NullKeyword || (Node.isIdentifier(inner) && inner.getText() === "undefined"));
}

/**
 * A conditional type left open by a type parameter (review 27A F1). The library's `Exclude<T, U>`
 * admits what T admits and U does not (`Exclude<T, null | undefined>` neither), `Extract<T, U>`
 * what both admit; any other (`ReturnType<F>`) what its base constraint admits, or either where it
 * has none.
 */
function conditionalMeaning(member: Type, seen: Set<Type>): NoneMeaning {
  const alias = member.getAliasSymbol()?.getName();
  const [checked, against] = member.getAliasTypeArguments();
  if ((alias === "Exclude" || alias === "Extract") && checked !== undefined && against !== undefined) {
    const whole = noneMeaning(checked, new Set(seen));
    const matched = noneMeaning(against, new Set(seen));
    return alias === "Exclude"
      ? { null: whole.null && !matched.null, undefined: whole.undefined && !matched.undefined }
      : { null: whole.null && matched.null, undefined: whole.undefined && matched.undefined };
  }
  const constraint = member.getConstraint();
  return constraint === undefined || constraint === member ? { null: true, undefined: true } : noneMeaning(constraint, seen);
}
