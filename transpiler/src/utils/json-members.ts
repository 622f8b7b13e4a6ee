/**
 * JSON.stringify leaves out an object's member whose value is undefined and writes null for one that
 * is null; in an array both are null. Both are None in Python, so what the printer does with a None
 * member depends on what the value's type says such a member can be, everywhere in the value:
 * - only undefined (an optional member `port?: number`, `T | undefined`): leave None members out;
 * - only null, or none can be None: write them as null (the runtime's default);
 * - both (a member typed `T | null` that is also optional, or such members in different places):
 *   refused, since None cannot say which it was.
 * Values and members of `unknown` or `any` are taken as JSON data (JSON.parse's results hold no
 * undefined): None there is null.
 */
import { Node, Type } from "ts-morph";
import type { TransformContext } from "../context";
import { noneMeaning, type NoneMeaning } from "./none-meaning";
import { shapeOfType } from "./types";

/** What a None member of an object anywhere in a value of this type can be. */
export function jsonMemberMeaning(type: Type, context: TransformContext, seen = new Set<Type>()): NoneMeaning {
  const result: NoneMeaning = { null: false, undefined: false };
  if (seen.has(type) || type.isAny() || type.isUnknown()) {
    return result;
  }
  seen.add(type);
  const add = (meaning: NoneMeaning): void => {
    result.null ||= meaning.null;
    result.undefined ||= meaning.undefined;
  };
  for (const member of type.isUnion() ? type.getUnionTypes() : [type]) {
    const shape = shapeOfType(member, context);
    if (shape.kind === "array") {
      for (const element of [member.getArrayElementType() ?? member.getNumberIndexType(), ...member.getTupleElements()]) {
        if (element !== undefined) {
          add(jsonMemberMeaning(element, context, seen));
        }
      }
    } else if (shape.kind === "dict" || shape.kind === "object") {
      const index = member.getStringIndexType();
      if (index !== undefined) {
        add(memberMeaning(index));
        add(jsonMemberMeaning(index, context, seen));
      }
      for (const property of member.getProperties()) {
        const declaration = property.getValueDeclaration() ?? property.getDeclarations()[0];
        if (declaration === undefined || Node.isMethodDeclaration(declaration) || Node.isMethodSignature(declaration)) {
          continue;
        }
        const propertyType = property.getTypeAtLocation(declaration);
        add(memberMeaning(propertyType));
        add(jsonMemberMeaning(propertyType, context, seen));
      }
    }
  }
  return result;
}

/**
 * A member's own type. A member of `unknown` or `any` is taken as JSON data, whose None is null (what
 * JSON.parse gives, and how src/ builds the JSON it sends): storing undefined there is outside the subset.
 */
function memberMeaning(type: Type): NoneMeaning {
  const members = type.isUnion() ? type.getUnionTypes() : [type];
  if (members.some((member) => member.isAny() || member.isUnknown())) {
    return { null: true, undefined: false };
  }
  return noneMeaning(type);
}
