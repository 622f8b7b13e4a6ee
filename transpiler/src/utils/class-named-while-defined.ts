/**
 * Code outside a class that names it, run while the class's static fields are made
 * (`function f() { return C.x; }` with `class C { static a = f(); }`): in JavaScript the class's
 * name outside its body is bound only once its statics are made, so the read throws ReferenceError;
 * the compiled class is bound by the time its statics run (they are set after the class statement,
 * classes.ts), so Python reads it. Inside the class's body the name is bound from the start, in
 * both; a subclass's code cannot run yet (the subclass is made after its base). Code the walk
 * cannot follow may name the class wherever the program does so inside a function.
 */
import { ClassDeclaration, Node, SyntaxKind } from "ts-morph";
import { declarationsOf } from "./named-declarations";
import { reachedCode, staticRunnerCode } from "./static-initializer-reach";
import { derivedClassesOf } from "./derived-classes";

export interface ClassNamedEarly {
  /** Where the class is named, or the code the walk cannot follow (which may name it). */
  at: Node;
  className: string;
  /** The static field whose initializer runs that code; undefined for a static block. */
  runnerField?: string;
  unfollowed: boolean;
}

/** The first place a static initializer or block of the class reaches code outside it that names it, if any. */
export function classNamedEarly(declaration: ClassDeclaration): ClassNamedEarly | undefined {
  const className = declaration.getName();
  if (className === undefined) {
    return undefined;
  }
  // A subclass declared at a file's top level is made after the class (its `extends` reads it); one
  // declared in a function may be made by code the statics run, its heading and statics then too (review S56, a08).
  const ownCode = [declaration, ...derivedClassesOf(declaration).filter((derived) => Node.isSourceFile(derived.getParent()))];
  const isOwnCode = (node: Node): boolean =>
    ownCode.some((owner) => owner.getSourceFile() === node.getSourceFile() && owner.getPos() <= node.getPos() && node.getEnd() <= owner.getEnd());
  const namesTheClass = (identifier: Node): boolean => {
    const parent = identifier.getParent();
    const symbol = Node.isShorthandPropertyAssignment(parent) && parent.getNameNode() === identifier ? parent.getValueSymbol() : identifier.getSymbol();
    return declarationsOf(symbol).includes(declaration) && isValueUse(identifier) && !isOwnCode(identifier);
  };
  for (const runner of declaration.getMembers()) {
    const code = staticRunnerCode(runner);
    if (code === undefined) {
      continue;
    }
    const runnerField = Node.isPropertyDeclaration(runner) ? runner.getName() : undefined;
    const reached = reachedCode(code, declaration);
    for (const root of reached.code) {
      if (isOwnCode(root)) {
        continue;
      }
      const named = [root, ...root.getDescendants()].find((node) => Node.isIdentifier(node) && namesTheClass(node));
      if (named !== undefined) {
        return { at: named, className, runnerField, unfollowed: false };
      }
    }
    if (reached.unfollowedCode !== undefined && namedInsideFunctions(declaration, isOwnCode)) {
      return { at: reached.unfollowedCode, className, runnerField, unfollowed: true };
    }
  }
  return undefined;
}

/** Whether code outside the class and its subclasses names it inside some function, which code the walk cannot follow may be. */
function namedInsideFunctions(declaration: ClassDeclaration, isOwnCode: (node: Node) => boolean): boolean {
  const name = declaration.getNameNode();
  return (name?.findReferencesAsNodes() ?? []).some(
    (reference) =>
      reference !== name &&
      isValueUse(reference) &&
      !isOwnCode(reference) &&
      reference.getFirstAncestor(
        (ancestor) => Node.isFunctionLikeDeclaration(ancestor) || Node.isPropertyDeclaration(ancestor) || Node.isClassStaticBlockDeclaration(ancestor),
      ) !== undefined,
  );
}

/** A name evaluated as a value: not a type (nor `implements`), not an import's or export's name. */
function isValueUse(identifier: Node): boolean {
  const parent = identifier.getParent();
  if (Node.isImportSpecifier(parent) || Node.isExportSpecifier(parent) || Node.isImportClause(parent) || Node.isNamespaceImport(parent)) {
    return false;
  }
  const typed = identifier.getFirstAncestor((ancestor) => Node.isTypeNode(ancestor) || Node.isExpressionWithTypeArguments(ancestor));
  if (Node.isExpressionWithTypeArguments(typed)) {
    // A class's `extends` evaluates its base; `implements` and an interface's `extends` name a type.
    const clause = typed.getParent();
    return Node.isHeritageClause(clause) && clause.getToken() === SyntaxKind.ExtendsKeyword && Node.isClassLikeDeclarationBase(clause.getParent());
  }
  return typed === undefined;
}
