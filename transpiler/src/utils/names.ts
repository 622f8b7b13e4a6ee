/** The Python name of whatever a TypeScript identifier or member refers to. */
import { ClassDeclaration, ClassExpression, Node, Symbol as MorphSymbol, SyntaxKind } from "ts-morph";
import type { TransformContext } from "../context";
import { enumMemberKey, enumMemberName } from "./enum-members";
import { safeName, typeName, unmangledName, valueName } from "./naming";
import { opensPythonScope, pythonScopeOf } from "./python-scopes";

export function isTypeLikeDeclaration(declaration: Node): boolean {
  return (
    Node.isClassDeclaration(declaration) ||
    Node.isEnumDeclaration(declaration) ||
    Node.isInterfaceDeclaration(declaration) ||
    Node.isTypeAliasDeclaration(declaration)
  );
}

/** A JSDoc tag on a host declaration (`@pythonName print_`, `@pythonKeywords`), or undefined. */
export function hostTag(declaration: Node | undefined, tag: string): string | undefined {
  if (declaration === undefined || !Node.isJSDocable(declaration)) {
    return undefined;
  }
  for (const doc of declaration.getJsDocs()) {
    for (const found of doc.getTags()) {
      if (found.getTagName() === tag) {
        return (found.getCommentText() ?? "").trim();
      }
    }
  }
  return undefined;
}

/** Python name for a declaration's own name (variables, parameters, functions, classes). */
export function nameForDeclaration(declaration: Node, identifier: string, context: TransformContext): string {
  if (context.isHostDeclaration(declaration)) {
    return identifier; // Kodi's and our shims' names are Python names already
  }
  if (isTypeLikeDeclaration(declaration)) {
    return typeName(identifier);
  }
  return valueName(identifier) + blockScopeSuffix(declaration, identifier);
}

/**
 * A name of its own, unused in the module, for a binding whose code is moved into the scope around
 * it: an inlined `forEach` callback's parameter becomes the loop variable of a `for` statement in the
 * enclosing function, where its own name could be one of that function's variables.
 */
export function giveFreshName(declaration: Node, identifier: string, context: TransformContext): void {
  const base = valueName(identifier);
  suffixes.set(declaration.compilerNode, context.temporaryName(base).slice(base.length));
}

function isLocalBinding(node: Node): boolean {
  if (Node.isParameterDeclaration(node)) {
    // A parameter of a function type (`handle: (event: Event) => void`) or an overload binds nothing.
    const owner = node.getParent();
    return Node.isArrowFunction(owner) || Node.isFunctionExpression(owner) || (Node.isBodyable(owner) && owner.hasBody());
  }
  return Node.isVariableDeclaration(node) || Node.isBindingElement(node);
}

/** The bound name when it is a plain identifier (not a destructuring pattern), else "". */
function boundName(node: Node): string {
  if (Node.isVariableDeclaration(node) || Node.isBindingElement(node) || Node.isParameterDeclaration(node)) {
    const nameNode = node.getNameNode();
    return Node.isIdentifier(nameNode) ? nameNode.getText() : "";
  }
  return "";
}

/** declaration's compiler node → its suffix; computed once per Python scope and name. */
const suffixes: WeakMap<object, string> = new WeakMap();

/** The TypeScript scope a binding lives in: its block, `for` statement, `catch` clause or function. */
function typeScriptScopeOf(binding: Node, pythonScope: Node): Node {
  const declaration = Node.isBindingElement(binding)
    ? (binding.getFirstAncestor((ancestor) => Node.isVariableDeclaration(ancestor) || Node.isParameterDeclaration(ancestor)) ?? binding)
    : binding;
  if (Node.isParameterDeclaration(declaration)) {
    return pythonScope;
  }
  const parent = declaration.getParent();
  if (parent === undefined || Node.isCatchClause(parent)) {
    return parent ?? pythonScope;
  }
  if (!Node.isVariableDeclarationList(parent) || parent.getDeclarationKind() === "var") {
    return pythonScope;
  }
  const holder = parent.getParent();
  if (Node.isVariableStatement(holder)) {
    const block = holder.getParent();
    if (block === undefined) {
      return pythonScope;
    }
    return Node.isCaseClause(block) || Node.isDefaultClause(block) ? (block.getParent() ?? pythonScope) : block;
  }
  return holder; // `for (let …;;)`, `for (const … of …)`, `for (const … in …)`
}

/**
 * Whether `inner` is declared inside the scope of `outer` while `outer` holds a value: a binding
 * declared only after the inner block has ended (`if (…) { const id = …; } const id = …;`) starts
 * after the inner one is done with, so the two can share a variable.
 */
function hides(outer: { node: Node; block: Node }, inner: { node: Node; block: Node }): boolean {
  const enclosed = inner.block.getPos() >= outer.block.getPos() && inner.block.getEnd() <= outer.block.getEnd();
  return enclosed && outer.node.getStart() < inner.block.getEnd();
}

/**
 * One walk of a Python scope, by name: its local bindings (those whose Python scope it is) and the
 * identifiers that nested functions hold, each in source order. Walking the scope again for each
 * binding's name made naming quadratic in the scope's size. Keyed by the scope's ts-morph node,
 * which belongs to one Project; the answers are syntactic, so they cannot go stale.
 */
interface ScopeNames {
  bindings: Map<string, Node[]>;
  nestedIdentifiers: Map<string, Node[]>;
}

const scopeNames: WeakMap<Node, ScopeNames> = new WeakMap();

function append(map: Map<string, Node[]>, key: string, node: Node): void {
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [node]);
  } else {
    list.push(node);
  }
}

function namesIn(scope: Node): ScopeNames {
  let names = scopeNames.get(scope);
  if (names === undefined) {
    const found: ScopeNames = { bindings: new Map(), nestedIdentifiers: new Map() };
    // The walk knows whether it is inside a nested function, which is what pythonScopeOf(node) !== scope
    // asks (a function's own node still runs in the scope around it); the order is forEachDescendant's.
    const visit = (node: Node, nested: boolean): void => {
      if (!nested && isLocalBinding(node)) {
        append(found.bindings, boundName(node), node);
      }
      if (nested && Node.isIdentifier(node)) {
        append(found.nestedIdentifiers, node.getText(), node);
      }
      const childrenNested = nested || opensPythonScope(node);
      node.forEachChild((child) => {
        visit(child, childrenNested);
      });
    };
    scope.forEachChild((child) => {
      visit(child, false);
    });
    names = found;
    scopeNames.set(scope, names);
  }
  return names;
}

/** The bindings among `bindings` that a nested function reads or writes (a closure keeps the variable, not its value). */
function capturedBindings(scope: Node, identifier: string, bindings: Node[]): Set<object> {
  const captured: Set<object> = new Set();
  const wanted = new Set(bindings.map((binding) => binding.compilerNode));
  for (const node of namesIn(scope).nestedIdentifiers.get(identifier) ?? []) {
    const declaration = node.getSymbol()?.getDeclarations()[0];
    if (declaration !== undefined && wanted.has(declaration.compilerNode)) {
      captured.add(declaration.compilerNode);
    }
  }
  return captured;
}

/**
 * TypeScript's `const`/`let` are per block; Python has one scope per function. So a binding gets a
 * Python name of its own (`_2`, `_3`, …) whenever sharing one with another binding of the same name
 * in the function could change what runs: when one block holds the other (the inner binding hides
 * the outer one, which keeps its value: a loop variable, a `catch` variable, a block's `let`, a
 * parameter), when a closure captures either (it reads the variable when called, after the other
 * block may have changed it), or when their types differ (one Python variable annotated two ways is
 * rejected by pyright). Bindings in sibling blocks with one type and no closure share a name: each
 * block assigns it before reading it.
 */
function blockScopeSuffix(declaration: Node, identifier: string): string {
  if (!isLocalBinding(declaration)) {
    return "";
  }
  const known = suffixes.get(declaration.compilerNode);
  if (known !== undefined) {
    return known;
  }
  const scope = pythonScopeOf(declaration);
  const bindings = namesIn(scope).bindings.get(identifier) ?? [];
  const captured = bindings.length > 1 ? capturedBindings(scope, identifier, bindings) : new Set<object>();
  const conflict = (first: { node: Node; type: string; block: Node }, second: { node: Node; type: string; block: Node }): boolean =>
    first.type !== second.type ||
    hides(first, second) ||
    hides(second, first) ||
    captured.has(first.node.compilerNode) ||
    captured.has(second.node.compilerNode);
  // Each binding takes the first name none of whose bindings conflicts with it.
  const slots: { node: Node; type: string; block: Node }[][] = [];
  for (const binding of bindings) {
    // A lone binding conflicts with nothing: its type's text (the checker's typeToString, the costly
    // part) is only asked for when there is another binding to compare it with.
    const type = bindings.length > 1 ? binding.getType().getText(binding) : "";
    const entry = { node: binding, type, block: typeScriptScopeOf(binding, scope) };
    let position = slots.findIndex((slot) => slot.every((other) => !conflict(other, entry)));
    if (position === -1) {
      position = slots.length;
      slots.push([]);
    }
    slots[position].push(entry);
    suffixes.set(binding.compilerNode, position === 0 ? "" : `_${position + 1}`);
  }
  return suffixes.get(declaration.compilerNode) ?? "";
}

/**
 * The symbol an identifier reads or writes: for the name in a shorthand property (`{ e }`,
 * `({ e } = …)`) the variable `e`, not the property TypeScript's getSymbolAtLocation answers with.
 */
export function valueSymbolAt(node: Node, context: TransformContext): MorphSymbol | undefined {
  const parent = node.getParent();
  if (parent !== undefined && Node.isShorthandPropertyAssignment(parent) && parent.getNameNode() === node) {
    return context.checker.getShorthandAssignmentValueSymbol(parent);
  }
  return context.checker.getSymbolAtLocation(node);
}

/** Python name for an identifier in an expression. */
export function nameForIdentifier(node: Node, context: TransformContext): string {
  const text = node.getText();
  const local = valueSymbolAt(node, context);
  if (local !== undefined && local.isAlias()) {
    // An imported name: host imports keep their name, our own follow our naming rule.
    const target = local.getAliasedSymbol();
    const targetDeclaration = target?.getDeclarations()[0];
    if (targetDeclaration !== undefined && context.isHostDeclaration(targetDeclaration)) {
      // `@pythonName` renames a host API whose Python name TypeScript cannot spell.
      const renamed = hostTag(targetDeclaration, "pythonName");
      if (renamed !== undefined && renamed !== "" && text === target?.getName()) {
        return renamed;
      }
      return text === target?.getName() ? text : safeName(text);
    }
    if (targetDeclaration !== undefined && isTypeLikeDeclaration(targetDeclaration)) {
      return typeName(text);
    }
    return valueName(text);
  }
  const declaration = local?.getDeclarations()[0];
  if (declaration === undefined) {
    return valueName(text);
  }
  return nameForDeclaration(declaration, text, context);
}

/** Python name of a class or interface member: private members get Python's leading underscore. */
export function nameForMember(symbol: MorphSymbol | undefined, fallback: string, context: TransformContext): string {
  const declaration = symbol?.getDeclarations()[0];
  if (declaration === undefined) {
    return valueName(fallback);
  }
  if (context.isHostDeclaration(declaration)) {
    const renamed = hostTag(declaration, "pythonName");
    return renamed !== undefined && renamed !== "" ? renamed : (symbol?.getName() ?? fallback);
  }
  if (Node.isEnumMember(declaration)) {
    return enumMemberName(enumMemberKey(declaration)); // as the enum's class defines them
  }
  if (context.isStandardLibrary(declaration)) {
    return symbol?.getName() ?? fallback;
  }
  if (isIteratorMethod(declaration)) {
    return "__iter__"; // `*[Symbol.iterator]() { … }`: what Python's for, * and list() call
  }
  const name = symbol?.getName() ?? fallback;
  const isPrivate = (Node.isModifierable(declaration) && declaration.hasModifier(SyntaxKind.PrivateKeyword)) || name.startsWith("#");
  const base = valueName(name.replace(/^#/, ""));
  if (name.startsWith("#")) {
    // `#id` belongs to its own class: a subclass's `#id` is another field. Named as Python mangles
    // `__id` (`_Base__id`), which no camelCase member turns into.
    const owner = declaration.getFirstAncestor((ancestor) => Node.isClassDeclaration(ancestor) || Node.isClassExpression(ancestor));
    const ownerName = owner !== undefined && (Node.isClassDeclaration(owner) || Node.isClassExpression(owner)) ? owner.getName() : undefined;
    // Without the class name's leading underscores, as Python's own mangling drops them: `_Internal`'s
    // `#secret` is `_Internal__secret`, where `__Internal__secret` would be mangled again.
    return owner !== undefined && (Node.isClassDeclaration(owner) || Node.isClassExpression(owner)) && ownerName !== undefined
      ? `${privatePrefix(owner)}__${base}`
      : `_${base}`;
  }
  // `private _count` is `_` + `_count`: a name Python would mangle.
  return isPrivate ? unmangledName(`_${base}`) : base;
}

/**
 * A class that extends another of its own name (`class Item extends BaseItem`, BaseItem being another
 * module's `Item`) would share its `#private` names with it (`_Item__id`), one instance holding both:
 * the subclass's are numbered by how many same-named classes it extends (`_Item_2__id`).
 */
function mangledStem(className: string): string {
  return className.replace(/^_+/, "") || "Class";
}

/**
 * The prefix of a class's `#private` names: `_` and its name without leading underscores, then
 * `_2`, `_3`… where a base class already has that prefix (`class A extends _A`, `class A_2
 * extends A`: `_A`, `_A_2`, `_A_2_2`), so that no two classes of one instance share a name.
 */
const privatePrefixes = new WeakMap<ClassDeclaration | ClassExpression, string>();

function privatePrefix(declaration: ClassDeclaration | ClassExpression): string {
  const known = privatePrefixes.get(declaration);
  if (known !== undefined) {
    return known;
  }
  const taken = new Set<string>();
  const base = declaration.getBaseClass();
  for (let current = base; current !== undefined; current = current.getBaseClass()) {
    taken.add(privatePrefix(current));
  }
  const stem = `_${mangledStem(declaration.getName() ?? "")}`;
  let prefix = stem;
  for (let count = 2; taken.has(prefix); count += 1) {
    prefix = `${stem}_${count}`;
  }
  privatePrefixes.set(declaration, prefix);
  return prefix;
}

/**
 * A class's generator method `*[Symbol.iterator]() { … }`, which makes its instances iterable: it is
 * Python's `__iter__`, which returns the generator, as JavaScript's for…of, spreads and
 * `Array.from` call it for theirs.
 */
export function isIteratorMethod(declaration: Node): boolean {
  if (!Node.isMethodDeclaration(declaration) || declaration.isStatic() || declaration.getAsteriskToken() === undefined) {
    return false;
  }
  const nameNode = declaration.getNameNode();
  const parent = declaration.getParent();
  return Node.isComputedPropertyName(nameNode) && nameNode.getExpression().getText() === "Symbol.iterator" && Node.isClassDeclaration(parent);
}
