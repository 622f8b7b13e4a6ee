/**
 * `this` in a static method is the class the method was called on (`Config.get()`, or
 * `Sub.get()` through a subclass): such a method is a Python classmethod, whose `cls` is that class
 * too, and so is one that uses `super` (the base's static method it calls may use `this`).
 */
import { MethodDeclaration, Node, SyntaxKind } from "ts-morph";
import { thisOwner } from "./this-type";

/** A static method whose own `this` or `super` (not a nested function's or class's) is read. */
export function isClassMethod(method: Node): method is MethodDeclaration {
  if (!Node.isMethodDeclaration(method) || !method.isStatic() || method.getBody() === undefined) {
    return false;
  }
  return [...method.getDescendantsOfKind(SyntaxKind.ThisKeyword), ...method.getDescendantsOfKind(SyntaxKind.SuperKeyword)].some(
    (keyword) => thisOwner(keyword) === method,
  );
}
