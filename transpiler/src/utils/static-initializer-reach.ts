/**
 * The code a class's static initializer or static block may run, followed conservatively: every
 * function, method or accessor it names, called or not, with the same-named members of subclasses,
 * the constructors (with their parameters' defaults) and instance field initializers of the classes
 * it makes, and every function written inside reached code, with what the language and the library
 * run without naming it (text conversions, `toJSON`, iterators, getters a destructuring reads). Code
 * it cannot follow (a call of a parameter whose function is handed over, of a `let`, of a member
 * another value may stand for or the program replaces, `new` of a value, the class handed over) is
 * named, so a check can count it as doing anything. Used by the statics check
 * (statics-read-before-defined.ts) and the class-binding check (class-named-while-defined.ts).
 */
import { ClassDeclaration, Node, ParameterDeclaration, SyntaxKind, VariableDeclarationKind } from "ts-morph";
import { isInert } from "./constructor-assignments";
import { declarationsOf, isLibraryCallee, isLibraryDeclaration } from "./named-declarations";
import { namesakesInSubclasses } from "./overriding-members";
import { holdsProgramValue, mayBeAnotherValue, programClasses } from "./program-members";
import { isReplacedMember } from "./replaced-members";
import { unwrapTypeOnly, wrappedOutermost } from "./type-wrappers";

/** The code a class member runs while the class's statics are made: a static block's body, a static field's initializer unless it is inert (a literal, a name, a function). */
export function staticRunnerCode(member: Node): Node | undefined {
  if (Node.isClassStaticBlockDeclaration(member)) {
    return member.getBody();
  }
  const initializer = Node.isPropertyDeclaration(member) && member.isStatic() ? member.getInitializer() : undefined;
  return initializer === undefined || isInert(initializer) ? undefined : initializer;
}

/** What a runner's code reaches: the code it may run, and the first place it runs code the check cannot follow, if any. */
export interface Reached {
  code: Node[];
  unfollowed?: Node;
  /** The first call or `new` it cannot follow, if any: code it cannot see runs there (the class handed over runs none by itself). */
  unfollowedCode?: Node;
}

/**
 * The code a piece of code may run: itself, and the bodies of every function, method or accessor it
 * names (called or not: a reference may be called by what it is given to, a static holding one by
 * what reads it; an imported one through its import), with the same-named members of subclasses (a
 * static method's `this` may be one, an instance a subclass's), the constructors (with their
 * parameters' defaults) and field initializers of the classes it constructs, the getters a
 * destructuring reads, and the `toString`/`valueOf`, `toJSON` and iterator methods that joining,
 * printing or spreading an instance runs. Code it cannot follow (a call of a parameter, of a
 * reassigned `let`, of an interface's or an object literal's member, `new` of a value or of `this`,
 * the class itself handed over as a value) is `unfollowed`: it may read any static field.
 */
export function reachedCode(code: Node, declaration: ClassDeclaration): Reached {
  const reached: Node[] = [code];
  const seen = new Set<Node>([code]);
  let unfollowed: Node | undefined;
  let unfollowedCode: Node | undefined;
  const add = (node: Node | undefined): void => {
    if (node !== undefined && !seen.has(node)) {
      seen.add(node);
      reached.push(node);
    }
  };
  const cannotFollow = (node: Node): void => {
    unfollowed ??= node;
    if (!Node.isIdentifier(node)) {
      unfollowedCode ??= node;
    }
  };
  const followMember = (member: Node): void => {
    bodiesOf(member).forEach(add);
    // A static method's `this` may be a subclass, an instance a subclass's: its member of that name runs.
    const isStatic = Node.isStaticable(member) && member.isStatic();
    namesakesInSubclasses(member)
      .filter((override) => (Node.isStaticable(override) && override.isStatic()) === isStatic)
      .forEach((override) => bodiesOf(override).forEach(add));
  };
  // The program's members of a value's type that the language calls by itself (`${item}`, JSON.stringify(item), `[...item]`).
  const followImplicit = (value: Node, names: readonly string[]): void => {
    for (const member of value.getType().getNonNullableType().isUnion() ? value.getType().getNonNullableType().getUnionTypes() : [value.getType()]) {
      for (const name of names) {
        (member.getProperty(name)?.getDeclarations() ?? []).filter((found) => !isLibraryDeclaration(found)).forEach(followMember);
      }
    }
  };
  // A value holding an object of the program's, given to the library or joined into text: the
  // library may call any class's toString, valueOf, toJSON or iterator (an array's `join`,
  // `Array.from`, an element's `toJSON`, a value typed by an interface; review S54C, G2, G3, G8, G10).
  const followHeld = (value: Node): void => {
    if (!holdsProgramValue(value.getType(), false, 0)) {
      return;
    }
    for (const owner of programClasses(value.getProject())) {
      for (const property of owner
        .getType()
        .getProperties()
        .filter((each) => isCalledImplicitly(each.getName()))) {
        property
          .getDeclarations()
          .filter((found) => !isLibraryDeclaration(found))
          .forEach(followMember);
      }
    }
  };
  for (let index = 0; index < reached.length; index++) {
    const node = reached[index]!;
    for (const named of [node, ...node.getDescendants()]) {
      if (Node.isIdentifier(named)) {
        const symbol = named.getSymbol();
        const declarations = declarationsOf(symbol);
        for (const found of declarations) {
          followMember(found);
        }
        // The class handed over as a value (`build(Item)`, `const k = Item`): what it is given to may make or read it.
        if (declarations.includes(declaration) && isHandedOver(named)) {
          cannotFollow(named);
        }
      } else if (Node.isCallExpression(named)) {
        const callee = unwrapTypeOnly(named.getExpression());
        const given = passedFunctions(callee) ?? libraryCallbackValues(callee);
        if (given === undefined && !isFollowedCallee(callee)) {
          cannotFollow(named);
        }
        given?.forEach(add);
        // A parameter may hold one of the library's functions too (`JSON.stringify`), run on what it is given.
        if (isLibraryCallee(callee) || given !== undefined) {
          [...(Node.isPropertyAccessExpression(callee) ? [callee.getExpression()] : []), ...named.getArguments()].forEach(followHeld);
        }
        if (named.getExpression().getText() === "JSON.stringify") {
          // Its `toJSON`, and the getters an object literal has as its own properties.
          named.getArguments().forEach((argument) =>
            followImplicit(argument, [
              "toJSON",
              ...argument
                .getType()
                .getProperties()
                .map((property) => property.getName()),
            ]),
          );
        } else if (named.getExpression().getText() === "String") {
          named.getArguments().forEach((argument) => followImplicit(argument, TEXT_METHODS));
        }
      } else if (Node.isNewExpression(named)) {
        const expression = unwrapTypeOnly(named.getExpression());
        const symbol = expression.getSymbol();
        const made = declarationsOf(symbol)[0];
        if (!Node.isClassDeclaration(made) || Node.isThisExpression(expression)) {
          if (made === undefined || !isLibraryDeclaration(made)) {
            cannotFollow(named);
          }
          named.getArguments().forEach(followHeld); // `new Set(range)` runs its iterator
          continue;
        }
        for (let current: ClassDeclaration | undefined = made; current !== undefined; current = current.getBaseClass()) {
          const constructor = current.getConstructors().find((candidate) => candidate.getBody() !== undefined);
          constructor?.getParameters().forEach((parameter) => add(parameter.getInitializer()));
          add(constructor?.getBody());
          current
            .getInstanceProperties()
            .filter(Node.isPropertyDeclaration)
            .forEach((property) => add(property.getInitializer()));
        }
      } else if (Node.isTemplateSpan(named)) {
        followImplicit(named.getExpression(), TEXT_METHODS);
        followHeld(named.getExpression());
      } else if (Node.isBinaryExpression(named) && [SyntaxKind.PlusToken, SyntaxKind.PlusEqualsToken].includes(named.getOperatorToken().getKind())) {
        [named.getLeft(), named.getRight()].forEach((operand) => {
          followImplicit(operand, TEXT_METHODS);
          followHeld(operand);
        });
      } else if (Node.isSpreadElement(named) || Node.isForOfStatement(named) || Node.isArrayBindingPattern(named)) {
        const iterated = Node.isSpreadElement(named) ? named.getExpression() : Node.isForOfStatement(named) ? named.getExpression() : named.getParent();
        const source = Node.isVariableDeclaration(iterated) ? iterated.getInitializer() : iterated;
        if (source !== undefined) {
          followHeld(source);
          followImplicit(source, [
            "__@iterator",
            ...source
              .getType()
              .getProperties()
              .filter((property) => property.getName().startsWith("__@iterator"))
              .map((property) => property.getName()),
          ]);
        }
      } else if (Node.isObjectBindingPattern(named)) {
        // `const { label } = card` reads `label`: a getter runs.
        const holder = named.getParent();
        const source = Node.isVariableDeclaration(holder) || Node.isParameterDeclaration(holder) ? (holder.getInitializer() ?? holder) : undefined;
        if (source !== undefined) {
          followImplicit(
            source,
            named.getElements().map((element) => (element.getPropertyNameNode() ?? element.getNameNode()).getText()),
          );
        }
      }
    }
  }
  return { code: reached, unfollowed, unfollowedCode };
}

/** The members the language or the library calls without naming them: text conversions, `toJSON`, iterators. */
function isCalledImplicitly(name: string): boolean {
  return name === "toString" || name === "valueOf" || name === "toJSON" || name.startsWith("__@iterator");
}

/** What joining an instance into text runs (`${item}`, `"x" + item`, `String(item)`). */
const TEXT_METHODS = ["toString", "valueOf"];

/**
 * Whether a call's callee is code the walk follows: a function or method of the program or of the
 * library, a member or `const` holding a function, a function written in place, where no other
 * value may stand for its class and the program replaces no member of that name. A parameter, a
 * `let` (it may be given another function), an interface's member, the result of another call:
 * any code may run.
 */
function isFollowedCallee(callee: Node): boolean {
  if (Node.isArrowFunction(callee) || Node.isFunctionExpression(callee) || Node.isSuperExpression(callee)) {
    return true;
  }
  if (!Node.isIdentifier(callee) && !Node.isPropertyAccessExpression(callee)) {
    return false;
  }
  const symbol = (Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee).getSymbol();
  const declarations = declarationsOf(symbol);
  // Another value of the class's shape may stand for it (an object literal, another class: review S54C, G6, G12).
  const receiver = Node.isPropertyAccessExpression(callee) ? callee.getExpression() : undefined;
  return declarations.length > 0 && declarations.every((found) => isFollowedDeclaration(found) && !mayBeAnotherValue(found, receiver));
}

/** A declaration whose call runs only what the walk follows: the library's, a function, a method or member holding a function that nothing replaces, a `const` holding one. */
function isFollowedDeclaration(found: Node): boolean {
  return (
    isLibraryDeclaration(found) ||
    Node.isFunctionDeclaration(found) ||
    ((Node.isMethodDeclaration(found) || Node.isPropertyAssignment(found) || Node.isPropertyDeclaration(found)) &&
      bodiesOf(found).length > 0 &&
      !isReplacedMember(found)) ||
    (Node.isVariableDeclaration(found) && found.getVariableStatement()?.getDeclarationKind() === VariableDeclarationKind.Const && bodiesOf(found).length > 0)
  );
}

/**
 * A call of a parameter (`step(item)` in `mapAll(items, step)`): the functions every call of its
 * function passes there, written in place or named, when each call passes one so; else undefined.
 */
function passedFunctions(callee: Node): Node[] | undefined {
  const parameter = Node.isIdentifier(callee) ? callee.getSymbol()?.getDeclarations()[0] : undefined;
  if (!Node.isParameterDeclaration(parameter) || parameter.isRestParameter()) {
    return undefined;
  }
  const owner = parameter.getParent();
  if ((!Node.isFunctionDeclaration(owner) && !Node.isArrowFunction(owner) && !Node.isFunctionExpression(owner)) || isReassigned(parameter)) {
    return undefined;
  }
  const holder = owner.getParent();
  const holderName =
    Node.isVariableDeclaration(holder) && holder.getVariableStatement()?.getDeclarationKind() === VariableDeclarationKind.Const
      ? holder.getNameNode()
      : undefined;
  const name = Node.isFunctionDeclaration(owner) ? owner.getNameNode() : Node.isIdentifier(holderName) ? holderName : undefined;
  if (name === undefined) {
    return undefined;
  }
  const position = owner.getParameters().indexOf(parameter);
  const passed: Node[] = [];
  for (const reference of name.findReferencesAsNodes()) {
    const call = reference.getParent();
    if (reference === name || Node.isExportSpecifier(call) || Node.isImportSpecifier(call)) {
      continue;
    }
    if (!Node.isCallExpression(call) || call.getExpression() !== reference) {
      return undefined; // the function handed over: what calls it there may pass anything
    }
    const argument = call.getArguments()[position];
    const value = argument === undefined ? undefined : unwrapTypeOnly(argument);
    if (value === undefined) {
      continue;
    }
    if (Node.isArrowFunction(value) || Node.isFunctionExpression(value)) {
      passed.push(value);
      continue;
    }
    const symbol = Node.isIdentifier(value) ? value.getSymbol() : Node.isPropertyAccessExpression(value) ? value.getNameNode().getSymbol() : undefined;
    const declarations = declarationsOf(symbol);
    if (declarations.length === 0 || !declarations.every(isFollowedDeclaration)) {
      return undefined;
    }
    declarations.forEach((found) => passed.push(...bodiesOf(found)));
  }
  return passed;
}

/**
 * A call of an array's element, given by the library to a function written in place for it (`make()`
 * in `makers.map((make) => make())`): the functions the array may hold, where the walk can tell them
 * from how it is made (see `functionsHeldBy`); else undefined.
 */
function libraryCallbackValues(callee: Node): Node[] | undefined {
  const parameter = Node.isIdentifier(callee) ? callee.getSymbol()?.getDeclarations()[0] : undefined;
  if (!Node.isParameterDeclaration(parameter)) {
    return undefined;
  }
  const owner = parameter.getParent();
  if ((!Node.isArrowFunction(owner) && !Node.isFunctionExpression(owner)) || owner.getParameters()[0] !== parameter || isReassigned(parameter)) {
    return undefined;
  }
  const call = wrappedOutermost(owner).getParent();
  const method = Node.isCallExpression(call) ? unwrapTypeOnly(call.getExpression()) : undefined;
  if (
    !Node.isCallExpression(call) ||
    call.getArguments()[0] !== wrappedOutermost(owner) ||
    !Node.isPropertyAccessExpression(method) ||
    !ELEMENT_FIRST.has(method.getName()) ||
    !isLibraryCallee(method) ||
    !method.getExpression().getType().isArray()
  ) {
    return undefined;
  }
  return functionsHeldBy(method.getExpression());
}

/** Whether the function assigns its parameter another value (`step = other`), which its calls then run. */
function isReassigned(parameter: ParameterDeclaration): boolean {
  const symbol = parameter.getSymbol();
  return (
    parameter
      .getParentOrThrow()
      .getDescendantsOfKind(SyntaxKind.BinaryExpression)
      .some((assignment) => isAssignmentOperator(assignment.getOperatorToken().getKind()) && unwrapTypeOnly(assignment.getLeft()).getSymbol() === symbol) ||
    parameter
      .getParentOrThrow()
      .getDescendants()
      .some((node) => isDestructuringTarget(node) && [node, ...node.getDescendants()].some((inner) => Node.isIdentifier(inner) && inner.getSymbol() === symbol))
  );
}

/** `=`, `+=`, `??=` and the other assignments. */
function isAssignmentOperator(kind: SyntaxKind): boolean {
  return kind >= SyntaxKind.FirstAssignment && kind <= SyntaxKind.LastAssignment;
}

/** The left of a destructuring assignment (`[step, other] = pair`), or what a `for…of` assigns without declaring (`for (step of steps)`). */
function isDestructuringTarget(node: Node): boolean {
  const parent = node.getParent();
  return (
    (Node.isBinaryExpression(parent) && parent.getLeft() === node && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken) ||
    ((Node.isForOfStatement(parent) || Node.isForInStatement(parent)) && parent.getInitializer() === node)
  );
}

/** The array methods whose callback takes an element first. */
const ELEMENT_FIRST = new Set(["map", "forEach", "filter", "find", "findIndex", "findLast", "findLastIndex", "some", "every", "flatMap"]);

/** The array methods whose result holds only the receiver's elements. */
const KEEPING_ELEMENTS = new Set(["filter", "slice", "reverse", "sort", "toReversed", "toSorted"]);

/**
 * The functions an array may hold, where how it is made tells: an array literal of functions written
 * in place or named (`[() => 1, format]`), a `map` whose callback returns such, or `filter`, `slice`
 * and the like of such an array. Undefined for any other array (a variable may have been given any
 * function since), which the caller counts as code it cannot follow.
 */
function functionsHeldBy(array: Node): Node[] | undefined {
  const value = unwrapTypeOnly(array);
  if (Node.isArrayLiteralExpression(value)) {
    const held: Node[] = [];
    for (const element of value.getElements()) {
      const functions = functionValue(element);
      if (functions === undefined) {
        return undefined;
      }
      held.push(...functions);
    }
    return held;
  }
  if (!Node.isCallExpression(value)) {
    return undefined;
  }
  const method = unwrapTypeOnly(value.getExpression());
  if (!Node.isPropertyAccessExpression(method) || !isLibraryCallee(method) || !method.getExpression().getType().isArray()) {
    return undefined;
  }
  if (KEEPING_ELEMENTS.has(method.getName())) {
    return functionsHeldBy(method.getExpression());
  }
  const callback = value.getArguments()[0] === undefined ? undefined : unwrapTypeOnly(value.getArguments()[0]!);
  if (method.getName() !== "map" || (!Node.isArrowFunction(callback) && !Node.isFunctionExpression(callback))) {
    return undefined;
  }
  const body = callback.getBody();
  const returned = Node.isBlock(body)
    ? body
        .getDescendantsOfKind(SyntaxKind.ReturnStatement)
        .filter((statement) => statement.getFirstAncestor((ancestor) => Node.isFunctionLikeDeclaration(ancestor)) === callback)
    : undefined;
  const results = returned === undefined ? [body] : returned.map((statement) => statement.getExpression());
  const held: Node[] = [];
  for (const result of results) {
    const functions = result === undefined ? [] : functionValue(result);
    if (functions === undefined) {
      return undefined;
    }
    held.push(...functions);
  }
  return held;
}

/** The code of a function value written in place or named by a declaration the walk follows; undefined for any other value. */
function functionValue(value: Node): Node[] | undefined {
  const unwrapped = unwrapTypeOnly(value);
  if (Node.isArrowFunction(unwrapped) || Node.isFunctionExpression(unwrapped)) {
    return [unwrapped];
  }
  if (!Node.isIdentifier(unwrapped) && !Node.isPropertyAccessExpression(unwrapped)) {
    return undefined;
  }
  const symbol = (Node.isPropertyAccessExpression(unwrapped) ? unwrapped.getNameNode() : unwrapped).getSymbol();
  const declarations = declarationsOf(symbol);
  const receiver = Node.isPropertyAccessExpression(unwrapped) ? unwrapped.getExpression() : undefined;
  if (
    declarations.length === 0 ||
    !declarations.every((found) => isFollowedDeclaration(found) && !isLibraryDeclaration(found) && !mayBeAnotherValue(found, receiver))
  ) {
    return undefined;
  }
  return declarations.flatMap(bodiesOf);
}

/** The class named as a value given somewhere (an argument, an initializer, an element), not as the receiver of its own member or of `new`. */
function isHandedOver(name: Node): boolean {
  const outer = wrappedOutermost(name);
  const parent = outer.getParent();
  if (parent === undefined) {
    return false;
  }
  if ((Node.isPropertyAccessExpression(parent) || Node.isElementAccessExpression(parent)) && parent.getExpression() === outer) {
    return false;
  }
  if (Node.isNewExpression(parent) && parent.getExpression() === outer) {
    return false;
  }
  // A type position, `instanceof`, `typeof`, a heritage clause, a declaration's own name: no value given.
  if (
    Node.isTypeNode(parent) ||
    Node.isTypeQuery(parent) ||
    Node.isExpressionWithTypeArguments(parent) ||
    Node.isTypeOfExpression(parent) ||
    (Node.isBinaryExpression(parent) && parent.getOperatorToken().getKind() === SyntaxKind.InstanceOfKeyword && parent.getRight() === outer) ||
    (parent as { getNameNode?: () => Node | undefined }).getNameNode?.() === outer
  ) {
    return false;
  }
  return Node.isExpression(outer);
}

/** The code a declaration runs when called or read: a function's, a method's or an accessor's body (and parameter defaults), or the function a variable, field or property holds. */
function bodiesOf(declaration: Node): Node[] {
  if (
    Node.isFunctionDeclaration(declaration) ||
    Node.isMethodDeclaration(declaration) ||
    Node.isGetAccessorDeclaration(declaration) ||
    Node.isSetAccessorDeclaration(declaration)
  ) {
    const body = declaration.getBody();
    return [...declaration.getParameters().flatMap((parameter) => parameter.getInitializer() ?? []), ...(body === undefined ? [] : [body])];
  }
  if (Node.isVariableDeclaration(declaration) || Node.isPropertyDeclaration(declaration) || Node.isPropertyAssignment(declaration)) {
    const initializer = declaration.getInitializer();
    return initializer !== undefined && (Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer)) ? [initializer] : [];
  }
  return [];
}
