/**
 * Static getters and setters live on a class's metaclass (see staticAccessorsClass in
 * visitors/classes.ts), not in the class's own `__dict__`: what a subclass's own static member, and
 * `super.x` in a static member, must take into account.
 */
import { ClassDeclaration, Node, SyntaxKind } from "ts-morph";
import type { Symbol as MorphSymbol } from "ts-morph";

/** Whether a symbol is a static getter or setter of a class (what JavaScript finds on the class object). */
export function isStaticAccessor(symbol: MorphSymbol | undefined): boolean {
  return (symbol?.getDeclarations() ?? []).some(
    (declaration) => (Node.isGetAccessorDeclaration(declaration) || Node.isSetAccessorDeclaration(declaration)) && declaration.isStatic(),
  );
}

/**
 * The static accessors of the base classes that the class's own static fields and methods hide, by
 * the base's symbol: JavaScript defines them as own properties of the subclass, which its reads and
 * writes find first, where Python's attribute lookup prefers the metaclass's property (a data
 * descriptor) to the class's own attribute. A `declare`d field defines nothing, so hides nothing.
 */
export function hiddenBaseStaticAccessors(declaration: ClassDeclaration): MorphSymbol[] {
  const heritage = declaration.getExtends();
  if (heritage === undefined) {
    return [];
  }
  const staticSide = heritage.getExpression().getType();
  const hidden: MorphSymbol[] = [];
  for (const member of declaration.getStaticMembers()) {
    const defines =
      (Node.isPropertyDeclaration(member) && !member.hasModifier(SyntaxKind.DeclareKeyword)) ||
      (Node.isMethodDeclaration(member) && member.getBody() !== undefined);
    const base = defines ? staticSide.getProperty(member.getName()) : undefined;
    if (base !== undefined && isStaticAccessor(base) && !hidden.includes(base)) {
      hidden.push(base);
    }
  }
  return hidden;
}
