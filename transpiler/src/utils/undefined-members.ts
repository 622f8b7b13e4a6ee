/**
 * An object literal's members whose value may be undefined and not null, by their types
 * (`{ a: undefined }`, `{ nickname: user.nickname }` of an optional member, `debug ? "x" :
 * undefined`, a getter typed `number | undefined`): JavaScript keeps such a member as a key whose
 * value is undefined, which JSON.stringify leaves out, where None is null and undefined alike. The
 * literal is marked where it is made (`js_undefined_members(entries, ("nickname",))`), so the
 * printer knows, for this object alone, which of its None members are undefined. A member a later
 * spread or member of the same key may replace is not marked (the spread's value may be a null).
 */
import { Node, ObjectLiteralExpression, Type, TypeFlags } from "ts-morph";
import { propertyKey } from "./object-literal-keys";

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

/** The keys of the literal's members that may hold undefined and not null, in the literal's order. */
export function undefinedMemberKeys(literal: ObjectLiteralExpression): string[] {
  const properties = literal.getProperties();
  const keys: string[] = [];
  properties.forEach((property, index) => {
    let key: string | undefined;
    let type: Type | undefined;
    if (Node.isPropertyAssignment(property)) {
      key = propertyKey(property.getNameNode());
      type = property.getInitializer()?.getType();
    } else if (Node.isShorthandPropertyAssignment(property)) {
      key = property.getName();
      type = property.getNameNode().getType();
    } else if (Node.isGetAccessorDeclaration(property)) {
      key = propertyKey(property.getNameNode());
      type = property.getReturnType();
    }
    if (key === undefined || type === undefined || !onlyUndefined(type)) {
      return;
    }
    const replaced = properties
      .slice(index + 1)
      .some(
        (later) =>
          Node.isSpreadAssignment(later) ||
          ((Node.isPropertyAssignment(later) || Node.isShorthandPropertyAssignment(later) || Node.isMethodDeclaration(later)) &&
            propertyKey(later.getNameNode()) === key),
      );
    if (!replaced && !keys.includes(key)) {
      keys.push(key);
    }
  });
  return keys;
}
