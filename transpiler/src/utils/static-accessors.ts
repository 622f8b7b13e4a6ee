/**
 * Static getters and setters live on a class's metaclass (see staticAccessorsClass in
 * visitors/classes.ts), not in the class's own `__dict__`: what a subclass's own static member, and
 * `super.x` in a static member, must take into account.
 */
import { ClassDeclaration, Node, PropertyAccessExpression, SymbolFlags, SyntaxKind } from "ts-morph";
import type { Symbol as MorphSymbol } from "ts-morph";
import type { TransformContext } from "../context";
import { unsupportedSyntax } from "../diagnostics";
import type * as py from "../python/ast";

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

/**
 * What `super.label` of a base class's static accessor reads or writes through (in a static method,
 * getter or setter; an instance's `super` never reaches a static member): the base class by its name,
 * `Base.label`, whose metaclass runs the accessor. Python's `super(Sub, Sub).label` looks in the
 * classes' own attributes, not in the metaclass, and raised AttributeError. JavaScript calls the
 * accessor with the subclass as `this`, which a static accessor cannot read (refused there), so
 * calling it on the base gives the same. Undefined (after a refusal) when the base is not a name
 * that means the class where `super` is used.
 */
export function superStaticAccessorOwner(access: PropertyAccessExpression, context: TransformContext): py.Expression | undefined {
  const classNode = access.getFirstAncestor((ancestor) => Node.isClassDeclaration(ancestor) || Node.isClassExpression(ancestor));
  const base =
    classNode !== undefined && (Node.isClassDeclaration(classNode) || Node.isClassExpression(classNode)) ? classNode.getExtends()?.getExpression() : undefined;
  const baseSymbol = base !== undefined && Node.isIdentifier(base) ? context.checker.getSymbolAtLocation(base) : undefined;
  const seen = context.checker.getSymbolsInScope(access, SymbolFlags.Value | SymbolFlags.Alias).find((symbol) => symbol.getName() === base?.getText());
  if (base === undefined || baseSymbol === undefined || seen?.compilerSymbol !== baseSymbol.compilerSymbol) {
    const baseName = base !== undefined && Node.isIdentifier(base) ? base.getText() : "Base";
    context.report(
      unsupportedSyntax(
        access,
        `\`super.${access.getName()}\` of a base class's static accessor in a class that extends an expression, or a name that a local variable hides here (name the base class: \`${baseName}.${access.getName()}\`, renaming the variable that hides it)`,
      ),
    );
    return undefined;
  }
  return context.transformExpression(base);
}
