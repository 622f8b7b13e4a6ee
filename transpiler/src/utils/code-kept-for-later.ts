/**
 * Whether code written in construction code runs now or is kept for later: a function value stored
 * (an event handler, a listener list) or given to the program's code that only stores it runs after
 * the construction, if ever; anything else may run at once.
 */
import { Node, Identifier, SyntaxKind, PropertyAccessExpression, VariableDeclarationKind } from "ts-morph";
import { definedFieldDeclarations, initializerRunsCode } from "./constructor-assignments";
import { declarationsOf, isLibraryCallee } from "./named-declarations";
import { namesakesInSubclasses } from "./overriding-members";
import { programSetterNames, mayBeAnotherValue, holdsProgramValue } from "./program-members";
import { isReplacedMember } from "./replaced-members";
import { wrappedOutermost, unwrapTypeOnly } from "./type-wrappers";

/** The local a value is kept in, through parentheses and type assertions (`const self = this`, `const go = this.handler`). */
export function localHolding(value: Node): Identifier | undefined {
  const outer = wrappedOutermost(value);
  const declaration = outer.getParent();
  const name = Node.isVariableDeclaration(declaration) && declaration.getInitializer() === outer ? declaration.getNameNode() : undefined;
  return Node.isIdentifier(name) ? name : undefined;
}

/** The local's uses in the code, its declaration left out. */
export function usesOf(local: Identifier, root: Node): Identifier[] {
  const symbol = local.getSymbol();
  // A parameter property's name gives the property's symbol; a use in the body, the parameter's.
  const declaration = local.getParent();
  return symbol === undefined
    ? []
    : root.getDescendantsOfKind(SyntaxKind.Identifier).filter((identifier) => {
        // `this.parent` names a parameter property's field, no use of the parameter itself.
        const parent = identifier.getParent();
        const memberName = Node.isPropertyAccessExpression(parent) && parent.getNameNode() === identifier;
        const used = identifier.getSymbol();
        return identifier !== local && !memberName && (used === symbol || used?.getDeclarations().includes(declaration) === true);
      });
}

/**
 * Whether a function value (an arrow, a method read, `this.m.bind(this)`) is only kept for later
 * where it stands: stored (see `isStored`), given to the program's code whose parameter only stores
 * it, or held in a local whose every use does either. Anything else (called, returned, handed to
 * other code, put in a literal) may call it now.
 */
export function keptForLater(value: Node, root: Node): boolean {
  if (storedWhereItStands(value)) {
    return true;
  }
  const local = localHolding(value);
  return local !== undefined && usesOf(local, root).every((use) => storedWhereItStands(use));
}

/** Stored (see `isStored`), or given to the program's code that only stores it (`source.on("data", (d) => …)`). */
function storedWhereItStands(value: Node): boolean {
  if (isStored(value)) {
    return true;
  }
  const outer = wrappedOutermost(value);
  const taking = parameterTaking(outer);
  const parameter = taking?.name.getParent();
  // A parameter property keeps it in a field the callee's code may call at once (`this.first = this.cb()`).
  return (
    taking !== undefined &&
    !(Node.isParameterDeclaration(parameter) && parameter.isParameterProperty()) &&
    runsNothingElse(taking.code) &&
    usesOf(taking.name, taking.code).every((use) => isStored(use))
  );
}

/**
 * Whether the callee that stores a function runs no code besides (no call but a storing one, no
 * `new`, no accessor, no text made of an object): otherwise that code may reach the store and
 * call the function at once (`subscribe(fn) { this.subs.push(fn); this.replay(); }`). A
 * constructor also runs its class's field initializers and its base's constructor.
 */
export function runsNothingElse(code: Node): boolean {
  if (Node.isConstructorDeclaration(code)) {
    const owner = code.getParent();
    if (!Node.isClassDeclaration(owner) || owner.getBaseClass() !== undefined || definedFieldDeclarations(owner).some((field) => initializerRunsCode(field))) {
      return false;
    }
  }
  return code.getDescendants().every((node) => {
    if (Node.isCallExpression(node)) {
      const callee = node.getExpression();
      return (Node.isPropertyAccessExpression(callee) && isStoringCall(callee)) || isLibraryCallRunningNothing(node);
    }
    if (Node.isNewExpression(node) || Node.isTaggedTemplateExpression(node)) {
      return false;
    }
    if (Node.isPropertyAccessExpression(node)) {
      return !(node.getNameNode().getSymbol()?.getDeclarations() ?? []).some(
        (found) => Node.isGetAccessorDeclaration(found) || Node.isSetAccessorDeclaration(found),
      );
    }
    if (Node.isTemplateSpan(node) || (Node.isBinaryExpression(node) && node.getOperatorToken().getKind() === SyntaxKind.PlusToken)) {
      const parts = Node.isTemplateSpan(node) ? [node.getExpression()] : [node.getLeft(), node.getRight()];
      return parts.every((part) => !part.getType().getNonNullableType().isObject());
    }
    return true;
  });
}

/**
 * Whether a value is stored where it stands, for code that runs later: a field's initializer, a
 * property or an element it is assigned to, an array, Map or Set it is pushed, set or added to, or
 * a member or element of a literal stored so (an event handler, a listener list).
 */
export function isStored(value: Node): boolean {
  const outer = wrappedOutermost(value);
  const parent = outer.getParent();
  if (Node.isPropertyDeclaration(parent)) {
    return parent.getInitializer() === outer;
  }
  if (Node.isBinaryExpression(parent)) {
    const target = unwrapTypeOnly(parent.getLeft());
    // A setter there runs code with the value (`set onChange(f) { this.seen = f(); }`).
    // Through an interface or another class TypeScript lets stand for the type, any class's setter of that name may run.
    const setter =
      Node.isPropertyAccessExpression(target) &&
      ((target.getNameNode().getSymbol()?.getDeclarations() ?? []).some(Node.isSetAccessorDeclaration) || programSetterNames(target).has(target.getName()));
    return (
      parent.getRight() === outer &&
      parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken &&
      (Node.isPropertyAccessExpression(target) || Node.isElementAccessExpression(target)) &&
      !setter
    );
  }
  if (Node.isCallExpression(parent)) {
    const callee = parent.getExpression();
    return parent.getArguments().includes(outer) && Node.isPropertyAccessExpression(callee) && isStoringCall(callee);
  }
  if (Node.isPropertyAssignment(parent) && parent.getInitializer() === outer) {
    return isStored(parent.getParentOrThrow());
  }
  return Node.isArrayLiteralExpression(parent) && isStored(parent);
}

/** `list.push(…)`, `list.unshift(…)`, `map.set(…)`, `set.add(…)` of an array, a Map or a Set: they keep their arguments and call nothing. */
export function isStoringCall(callee: PropertyAccessExpression): boolean {
  // `parent?.children.push(this)`: the optional chain's receiver may be undefined, then nothing is called (review S56C, R2).
  const receiver = callee.getExpression().getType().getNonNullableType();
  const collection = receiver.isArray() ? "Array" : receiver.getSymbol()?.getName();
  return STORING_METHODS.get(callee.getName())?.includes(collection ?? "") === true;
}

const STORING_METHODS = new Map([
  ["push", ["Array"]],
  ["unshift", ["Array"]],
  ["set", ["Map", "WeakMap"]],
  ["add", ["Set", "WeakSet"]],
]);

/**
 * The parameter the instance is given to when it is an argument of the program's function, of a
 * method no subclass overrides, or of a class's constructor (`new Child(this, kid)`,
 * `bus.subscribe(this)`): its uses there touch what `this` would. A rest parameter or a pattern: none.
 */
export function parameterGiven(subject: Node): { name: Identifier; code: Node } | undefined {
  const outer = wrappedOutermost(subject);
  return parameterTaking(outer);
}

/** The parameter of the program's code that an argument goes to (see `parameterGiven`). */
function parameterTaking(argument: Node): { name: Identifier; code: Node } | undefined {
  const call = argument.getParent();
  if (!Node.isCallExpression(call) && !Node.isNewExpression(call)) {
    return undefined;
  }
  const args = call.getArguments();
  const index = args.indexOf(argument);
  if (index < 0 || args.slice(0, index).some((each) => Node.isSpreadElement(each))) {
    return undefined;
  }
  const symbol = call.getExpression().getSymbol();
  const declaration = declarationsOf(symbol)[0];
  // A member the program replaces by assignment (`bus.subscribe = …`) may run another function.
  const isSuperCall = Node.isSuperExpression(call.getExpression());
  if (!isSuperCall && (declaration === undefined || isReplacedMember(declaration))) {
    return undefined;
  }
  // A `let` may hold another function by then.
  const initializer =
    Node.isVariableDeclaration(declaration) && declaration.getVariableStatement()?.getDeclarationKind() === VariableDeclarationKind.Const
      ? declaration.getInitializer()
      : undefined;
  // A subclass's method of that name, or another class's that TypeScript lets stand for the class, may run instead.
  const callee = call.getExpression();
  const receiver = Node.isPropertyAccessExpression(callee) ? callee.getExpression() : undefined;
  const overridden = Node.isMethodDeclaration(declaration) && (namesakesInSubclasses(declaration).length > 0 || mayBeAnotherValue(declaration, receiver));
  // `super(owner)`: the base class's constructor (review S54C, W1b).
  const constructed = isSuperCall
    ? call.getFirstAncestorByKind(SyntaxKind.ClassDeclaration)?.getBaseClass()
    : Node.isNewExpression(call) && Node.isClassDeclaration(declaration)
      ? declaration
      : undefined;
  const target =
    constructed !== undefined
      ? constructed.getConstructors().find((constructor) => constructor.getBody() !== undefined)
      : Node.isNewExpression(call)
        ? undefined
        : Node.isFunctionDeclaration(declaration) || (Node.isMethodDeclaration(declaration) && !overridden)
          ? declaration
          : Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer)
            ? initializer
            : undefined;
  // A `this` parameter (`fire(this: Bus, handler)`) takes no argument.
  const parameter = target?.getParameters().filter((each) => each.getName() !== "this")[index];
  const name = parameter?.getNameNode();
  return target === undefined || target.getBody() === undefined || parameter === undefined || parameter.isRestParameter() || !Node.isIdentifier(name)
    ? undefined
    : { name, code: target };
}

/**
 * A call of the library's (`this.handlers.get(name)`) given no function and no object of the
 * program's, on a receiver holding no object of the program's: it runs none of the program's code
 * (a callback, a `toString`, an iterator). A receiver holding functions is read, not called: only
 * a method given a function calls them.
 */
function isLibraryCallRunningNothing(call: Node): boolean {
  if (!Node.isCallExpression(call)) {
    return false;
  }
  const callee = call.getExpression();
  return (
    isLibraryCallee(callee) &&
    (!Node.isPropertyAccessExpression(callee) || !holdsProgramValue(callee.getExpression().getType(), false, 0)) &&
    call.getArguments().every((argument) => !holdsProgramValue(argument.getType(), true, 0))
  );
}

/**
 * Whether the code at `node` runs when `root` runs: each arrow or function expression between them
 * may be called now unless it is kept for later (stored as an event handler, or in a local whose
 * every use stores it).
 */
export function runsNow(node: Node, root: Node): boolean {
  for (let current = node.getParent(); current !== undefined && current !== root; current = current.getParent()) {
    if ((Node.isArrowFunction(current) || Node.isFunctionExpression(current)) && keptForLater(current, root)) {
      return false;
    }
  }
  return true;
}
