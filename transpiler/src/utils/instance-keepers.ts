/**
 * Fields of another class's instances that keep the instance constructed (`this.parent = parent` in
 * the class it is handed to), and where they are read: through them, code may read the instance's
 * fields before they are defined.
 */
import { ClassDeclaration, Node, SyntaxKind, Type } from "ts-morph";
import { usesOf } from "./code-kept-for-later";
import { isWrittenAccess } from "./written-accesses";
import { derivedClassesOf } from "./derived-classes";

/** Fields of a class's instances that keep the instance constructed (`this.parent = parent`), with the class's hierarchy. */
export interface Keeper {
  owner: ClassDeclaration;
  keeping: ReadonlySet<string>;
  /** The class, its bases and its subclasses: a value of any of them may hold the kept field. */
  hierarchy: ReadonlySet<ClassDeclaration>;
}

/** A class and its bases, from the class up. */
export function classChain(owner: ClassDeclaration): ClassDeclaration[] {
  const chain: ClassDeclaration[] = [];
  for (let current: ClassDeclaration | undefined = owner; current !== undefined; current = current.getBaseClass()) {
    chain.push(current);
  }
  return chain;
}

/** A class, its bases and its subclasses. */
export function hierarchyOf(owner: ClassDeclaration): Set<ClassDeclaration> {
  return new Set([...classChain(owner), ...derivedClassesOf(owner)]);
}

/**
 * The reads of a keeping field in the given code (classes or walked code), each with the root it
 * was found in: by name or literal key on any value of the keeper's hierarchy (`this.parent`,
 * `(this as Child)["parent"]`, `child.parent`, `this.link.host`), and destructured from one (`const
 * { parent } = this`, the name bound). The write that keeps it (`this.parent = parent`) gives no
 * instance on.
 */
export function keptFieldReads(keeper: Keeper, roots: Node[]): { read: Node; root: Node }[] {
  const related = (value: Node): boolean =>
    nonNullParts(value.getType()).some((part) =>
      (part.getSymbol()?.getDeclarations() ?? []).some((found) => Node.isClassDeclaration(found) && keeper.hierarchy.has(found)),
    );
  const reads: { read: Node; root: Node }[] = [];
  for (const root of roots) {
    for (const access of [
      ...(Node.isPropertyAccessExpression(root) || Node.isElementAccessExpression(root) ? [root] : []),
      ...root.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression),
      ...root.getDescendantsOfKind(SyntaxKind.ElementAccessExpression),
    ]) {
      if (!Node.isPropertyAccessExpression(access) && !Node.isElementAccessExpression(access)) {
        continue;
      }
      const key = Node.isPropertyAccessExpression(access) ? access.getName() : literalKey(access.getArgumentExpression());
      if (key !== undefined && keeper.keeping.has(key) && !isWrittenAccess(access) && related(access.getExpression())) {
        reads.push({ read: access, root });
      }
    }
    for (const pattern of root.getDescendantsOfKind(SyntaxKind.ObjectBindingPattern)) {
      const holder = pattern.getParent();
      const source = Node.isVariableDeclaration(holder) ? holder.getInitializer() : undefined;
      if (source === undefined || !related(source)) {
        continue;
      }
      for (const element of pattern.getElements()) {
        const name = element.getNameNode();
        if (keeper.keeping.has((element.getPropertyNameNode() ?? name).getText()) && Node.isIdentifier(name)) {
          reads.push(...usesOf(name, root).map((read) => ({ read, root })));
        }
      }
    }
  }
  return reads;
}

function nonNullParts(type: Type): Type[] {
  const value = type.getNonNullableType();
  return value.isUnion() ? value.getUnionTypes() : [value];
}

/** The text of a literal key (`this["parent"]`). */
export function literalKey(argument: Node | undefined): string | undefined {
  return Node.isStringLiteral(argument) || Node.isNoSubstitutionTemplateLiteral(argument) ? argument.getLiteralText() : undefined;
}
