/**
 * The members of a class's subclasses that share a member's name: what a call of it may run instead
 * (an instance may be a subclass's, a static method's `this` a subclass).
 */
import { Node } from "ts-morph";
import { derivedClassesOf } from "./derived-classes";

export function namesakesInSubclasses(member: Node): Node[] {
  const owner = member.getParent();
  if (!Node.isClassDeclaration(owner) || !("getName" in member) || typeof member.getName !== "function") {
    return [];
  }
  const name: unknown = member.getName();
  return derivedClassesOf(owner).flatMap((subclass) => subclass.getMembers().filter((other) => "getName" in other && other.getName() === name));
}
