import { Node, Symbol as MorphSymbol, SymbolFlags, SyntaxKind } from "ts-morph";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import { attribute, call, name, text } from "../python/build";
import { noneMeaning } from "./none-meaning";

/**
 * Whether an optional member read on a class instance (or an object with methods) may find no
 * attribute there. JavaScript reads undefined for a member an object lacks; Python raises
 * AttributeError. A class provides every optional member it declares itself (a field is set to
 * None in `__init__`, an optional method left out is a class attribute None), so those stay plain
 * attribute reads. An optional member declared only by an interface or a type literal (which a
 * class may leave out, whether it names the interface or matches it structurally), or a
 * `declare`d or `abstract` optional field (which sets nothing), may be absent. JavaScript's own
 * optional members (an Error's `cause`) are provided by the runtime's classes.
 */
export function mayBeAbsent(symbol: MorphSymbol | undefined, context: TransformContext): boolean {
  if (symbol === undefined || (symbol.getFlags() & SymbolFlags.Optional) === 0) {
    return false;
  }
  const declarations = symbol.getDeclarations();
  return declarations.length === 0 || declarations.some((declaration) => !isProvidedByItsClass(declaration) && !context.isStandardLibrary(declaration));
}

function isProvidedByItsClass(declaration: Node): boolean {
  if (Node.isPropertyDeclaration(declaration)) {
    return !declaration.hasModifier(SyntaxKind.DeclareKeyword) && !declaration.isAbstract();
  }
  if (Node.isMethodDeclaration(declaration)) {
    // Without a body: the class attribute None (see transformClassDeclaration), unless abstract or static.
    return declaration.getBody() !== undefined || (!declaration.isAbstract() && !declaration.isStatic());
  }
  return Node.isGetAccessorDeclaration(declaration) || Node.isSetAccessorDeclaration(declaration) || Node.isParameterDeclaration(declaration);
}

/**
 * `receiver.attribute`, or `js_optional_member(receiver, "attribute")` where the member may be
 * absent (undefined, as in JavaScript). Not getattr: it would find a static of that name, or
 * Python's own attribute (an Error's `args`), where JavaScript finds nothing on the instance. A read whose type TypeScript has narrowed to exclude undefined
 * (after `sink.label = "x"` or inside `if (sink.label !== undefined)`) finds the attribute set (class
 * instances lose no attributes: `delete` is refused on them) and stays plain, which also keeps the
 * narrowed type for pyright.
 */
export function memberRead(
  receiver: py.Expression,
  pythonName: string,
  symbol: MorphSymbol | undefined,
  context: TransformContext,
  access?: Node,
): py.Expression {
  const absent = mayBeAbsent(symbol, context) && (access === undefined || noneMeaning(access.getType()).undefined);
  if (absent) {
    return call(context.useRuntime("js_optional_member"), [receiver, text(pythonName)], access);
  }
  // An object literal's member named by a number (`1() {…}`, read as `handlers[1]`) is an attribute no dot can name.
  return /^[A-Za-z_]\w*$/.test(pythonName) ? attribute(receiver, pythonName, access) : call(name("getattr"), [receiver, text(pythonName)], access);
}
