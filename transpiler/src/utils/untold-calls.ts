/**
 * The code a piece of construction code runs: the program's functions it calls or gives by name and
 * what it runs without a call (accessors, conversions, iterators), and whether it calls a function
 * the check cannot tell, which may run any function of the program.
 */
import { ClassDeclaration, Node, SyntaxKind, ts, Type, VariableDeclarationKind } from "ts-morph";
import { nodesOfFileOfKind } from "./file-nodes";
import { isWrittenAccess } from "./written-accesses";
import { runsNow, isStoringCall } from "./code-kept-for-later";
import { classChain, hierarchyOf, literalKey } from "./instance-keepers";
import { initializerRunsCode } from "./constructor-assignments";
import { bodiesOf, otherMembersRun, parameterPatterns } from "./static-initializer-reach";
import { declarationsOf, hasLibraryDeclaration, isLibraryCallee, isLibraryDeclaration } from "./named-declarations";
import { isReplacedMember } from "./replaced-members";
import { unwrapTypeOnly } from "./type-wrappers";
import { elementTypeAt } from "./type-parts";
import { programMembersByName } from "./program-members";
import { conversionsAt, isConversionGivenByName, NUMBER_CONVERSIONS } from "./conversion-sites";

/**
 * The code the program's members run where a piece of code reads, writes, converts or iterates a
 * value without calling them by name (see `calledBodies`): its accessors read by name, by key, by
 * a pattern or by an object spread (`{ ...config }`), and an array-like's that `Array.from`
 * reads; the `toString`/`valueOf` of what it makes text of, with the elements of arrays joined
 * (`String([shape])`, `list.join()`, a default `sort()`), and of what it makes a number or a key
 * of where the value may be an object (`Number(meter)`, `+meter`, `meter < limit`, `{ [key]: 1 }`,
 * the library's conversion of an argument typed `any`: review S59); the `toJSON` and getters of
 * what JSON.stringify prints, nested; the getters `Object.values`, `Object.entries`,
 * `Object.assign` and `structuredClone` read; and the iterator of what it walks. Each as the
 * value's type declares it and as any other object of the program the value may be has it (an
 * interface's getter in its classes, an object literal's getter, a subclass's override: review
 * S58A, F3; S58C, 1–5). And whether one of those conversions is a member the program replaces by
 * assignment, which runs a function the check cannot tell (review S59D, B).
 */
function implicitlyRun(code: Node): { run: Node[]; runsUntold: boolean } {
  const run: Node[] = [];
  let runsUntold = false;
  // The members of those names of each part of the type, as declared and as another object of the program may have them.
  const runMembers = (type: Type, names: (part: Type) => readonly string[], where: Node, receiver: Node | undefined, accessorsOnly: boolean): void => {
    const value = type.getNonNullableType();
    for (const part of value.isUnion() ? value.getUnionTypes() : [value]) {
      for (const name of names(part)) {
        const declarations = declarationsOf(part.getProperty(name));
        if (
          !accessorsOnly &&
          declarations.some(
            (declared) =>
              isReplacedMember(declared) &&
              (Node.isMethodDeclaration(declared) || Node.isMethodSignature(declared) || declared.getType().getCallSignatures().length > 0),
          )
        ) {
          // `shared.toString = …` somewhere: the conversion may run whatever function was written
          // there, which the check cannot tell (review S59D, B).
          runsUntold = true;
        }
        for (const member of [...declarations, ...otherMembersRun(declarations, receiver, name, part, where)]) {
          if (!accessorsOnly || Node.isGetAccessorDeclaration(member) || Node.isSetAccessorDeclaration(member)) {
            run.push(...bodiesOf(member));
          }
        }
      }
    }
  };
  const allNames = (part: Type): string[] => part.getProperties().map((property) => property.getName());
  const madeText = (value: Node): void =>
    heldTypes(thisApparent(value), "text", value).forEach((type) => {
      runMembers(type, conversionsOf, value, value, false);
      // A value that may be an Error of a subclass (`e` of a catch, a parameter `error: Error`):
      // the library's toString reads the subclass's `name` or `message` getter (review S59D, A).
      const parts = type.getNonNullableType().isUnion() ? type.getNonNullableType().getUnionTypes() : [type.getNonNullableType()];
      if (parts.some((part) => isErrorLike(part) || part.isAny() || part.isUnknown() || part.isTypeParameter() || ["object", "{}"].includes(part.getText()))) {
        run.push(...errorTextGetters(value).flatMap(bodiesOf));
      }
    });
  const printedAsJson = (value: Node): void =>
    heldTypes(thisApparent(value), "json", value).forEach((type) => {
      runMembers(type, () => ["toJSON"], value, value, false);
      runMembers(type, allNames, value, value, true);
    });
  const walked = (value: Node, type: Type): void =>
    runMembers(type, (part) => allNames(part).filter((name) => name.startsWith("__@iterator")), value, value, false);
  for (const node of [code, ...code.getDescendants()]) {
    for (const { value, to } of conversionsAt(node)) {
      if (to === "text" || mayBeObject(value)) {
        madeText(value);
      }
    }
    if (Node.isPropertyAccessExpression(node)) {
      const receiver = node.getExpression();
      runMembers(thisApparent(receiver), () => [node.getName()], node, receiver, true);
    } else if (Node.isElementAccessExpression(node)) {
      // `shape["label"]` reads that key; a computed key, any of the value's.
      const receiver = node.getExpression();
      const key = literalKey(node.getArgumentExpression());
      runMembers(thisApparent(receiver), (part) => (key === undefined ? allNames(part) : [key]), node, receiver, true);
    } else if (Node.isObjectBindingPattern(node)) {
      // `const { label } = shape` reads `label`; `...rest` every key.
      const keys = node
        .getElements()
        .map((element) => (element.getDotDotDotToken() === undefined ? (element.getPropertyNameNode() ?? element.getNameNode()).getText() : undefined));
      runMembers(node.getType(), (part) => (keys.includes(undefined) ? allNames(part) : (keys as string[])), node, undefined, true);
    } else if (Node.isObjectLiteralExpression(node) && destructuredFrom(node) !== undefined) {
      // `({ label } = shape)`, `for ({ label: out } of shapes)`: a destructuring assignment reads those keys (review S58D, F2).
      const keys = node
        .getProperties()
        .map((property) => (Node.isPropertyAssignment(property) || Node.isShorthandPropertyAssignment(property) ? property.getName() : undefined));
      runMembers(destructuredFrom(node)!, (part) => (keys.includes(undefined) ? allNames(part) : (keys as string[])), node, undefined, true);
    } else if (Node.isSpreadAssignment(node)) {
      // `{ ...config }` reads every own key of the value: an object literal's getters run (review S59, t01).
      const value = node.getExpression();
      runMembers(thisApparent(value), allNames, node, value, true);
    } else if (Node.isCallExpression(node) || Node.isNewExpression(node)) {
      const callee = node.getExpression();
      const text = callee.getText();
      const values = node.getArguments() ?? [];
      if (text === "JSON.stringify") {
        values.slice(0, 1).forEach(printedAsJson);
      } else if (OBJECT_READERS.has(text)) {
        values.forEach((value) => runMembers(thisApparent(value), allNames, value, value, true));
      } else if (
        Node.isPropertyAccessExpression(callee) &&
        TEXT_OF_ELEMENTS.has(callee.getName()) &&
        (!["sort", "toSorted"].includes(callee.getName()) || values.length === 0 || admitsUndefined(values[0]!))
      ) {
        // `list.join()`, `list.toString()`, a `sort()` or `toSorted()` without comparator, of an array or a tuple: each element made text.
        madeText(callee.getExpression());
      }
      if (isLibraryCall(node) && !NUMBER_CONVERSIONS.has(text) && text !== "String") {
        // `"hello".slice(start)` of `start: any` makes a number of it, `text.includes(part)` a string: its valueOf or toString runs.
        values.filter((value) => mayBeObject(value) && takesPrimitive(value)).forEach(madeText);
      }
      if (values.some((value) => isConversionGivenByName(value))) {
        // `[shape].map(String)`, `Array.from([shape], String)`, `[meter].map(Number)`: what the library gives `String` or `Number` is made text or a number (review S58D, F3; S59A, F1).
        [...(Node.isPropertyAccessExpression(callee) ? [callee.getExpression()] : []), ...values.filter((value) => !isConversionGivenByName(value))].forEach(
          madeText,
        );
      }
      iteratedArguments(node).forEach((value) => walked(value, thisApparent(value)));
      if (text === "Array.from") {
        // An array-like (`{ get length() {…} }`) has its `length` and its indices read (review S59A, 49).
        values.slice(0, 1).forEach((value) => runMembers(thisApparent(value), allNames, value, value, true));
      }
    } else if (Node.isForOfStatement(node) || Node.isSpreadElement(node) || (Node.isYieldExpression(node) && node.getAsteriskToken() !== undefined)) {
      const value = node.getExpression();
      if (value !== undefined) {
        walked(value, thisApparent(value));
      }
    } else if (Node.isArrayBindingPattern(node)) {
      walked(node, node.getType());
    } else if (Node.isBinaryExpression(node) && node.getOperatorToken().getKind() === SyntaxKind.EqualsToken && Node.isArrayLiteralExpression(node.getLeft())) {
      walked(node.getRight(), node.getRight().getType());
    }
  }
  return { run: run.filter((each) => !isLibraryDeclaration(each)), runsUntold };
}

/**
 * The type an object or array literal written as a destructuring assignment's target takes its
 * keys or elements from: the right of `=`, the elements of what `for…of` walks, and, nested, the
 * member or element of the enclosing target's (`[{ later }] = registry`, `({ inner: { later } } =
 * box)`; review S59, t22).
 */
export function destructuredFrom(literal: Node, depth = 0): Type | undefined {
  const parent = literal.getParent();
  if (Node.isBinaryExpression(parent) && parent.getLeft() === literal && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken) {
    return parent.getRight().getType();
  }
  if (Node.isForOfStatement(parent) && parent.getInitializer() === literal) {
    return elementTypeAt(parent.getExpression().getType(), 0);
  }
  if (depth > 8) {
    return undefined;
  }
  if (Node.isPropertyAssignment(parent) && parent.getInitializer() === literal) {
    const outer = destructuredFrom(parent.getParentOrThrow(), depth + 1);
    return outer?.getNonNullableType().getProperty(parent.getName())?.getTypeAtLocation(literal);
  }
  if (Node.isArrayLiteralExpression(parent)) {
    const outer = destructuredFrom(parent, depth + 1);
    return outer === undefined
      ? undefined
      : elementTypeAt(
          outer,
          parent.getElements().findIndex((element) => element === literal),
        );
  }
  return undefined;
}

/** A value's type; `this`'s (a type parameter without constraint) as its class's, whose values are the class's and its subclasses'. */
function thisApparent(value: Node): Type {
  return Node.isThisExpression(unwrapTypeOnly(value)) ? value.getType().getApparentType() : value.getType();
}

/**
 * The type and the types of what a value of it holds that are made text with it (an array's
 * elements, joined) or printed with it by JSON.stringify (an array's or a tuple's elements, an
 * object's members), to a few levels.
 */
function heldTypes(type: Type, as: "text" | "json", where: Node): Type[] {
  const found: Type[] = [];
  const pending: { type: Type; depth: number }[] = [{ type, depth: 0 }];
  while (pending.length > 0) {
    const { type: current, depth } = pending.pop()!;
    const value = current.getNonNullableType();
    if (found.includes(value) || depth > 4) {
      continue;
    }
    found.push(value);
    for (const part of value.isUnion() ? value.getUnionTypes() : [value]) {
      const held = [...(part.getArrayElementType() === undefined ? [] : [part.getArrayElementType()!]), ...(part.isTuple() ? part.getTupleElements() : [])];
      if (as === "json" && part.isObject() && !part.isArray() && !part.isTuple() && part.getCallSignatures().length === 0) {
        held.push(...part.getProperties().map((property) => property.getTypeAtLocation(where)));
        // A record's values (`Record<string, Shape>`, `{ [key: string]: Shape }`; review S58D, F6).
        held.push(...[part.getStringIndexType(), part.getNumberIndexType()].flatMap((index) => (index === undefined ? [] : [index])));
      }
      held.forEach((each) => pending.push({ type: each, depth: depth + 1 }));
    }
  }
  return found;
}

/** Whether a value may be an object, whose conversion to a number or a key runs its valueOf or toString: not a number, a string, a boolean, null or undefined. */
function mayBeObject(value: Node): boolean {
  const type = thisApparent(value).getNonNullableType();
  return (type.isUnion() ? type.getUnionTypes() : [type]).some(
    (part) =>
      !(
        part.isNumber() ||
        part.isNumberLiteral() ||
        part.isString() ||
        part.isStringLiteral() ||
        part.isTemplateLiteral() ||
        part.isBoolean() ||
        part.isBooleanLiteral() ||
        part.isEnumLiteral() ||
        part.isEnum()
      ) && !(part.getFlags() & (ts.TypeFlags.BigIntLike | ts.TypeFlags.Void | ts.TypeFlags.Never | ts.TypeFlags.ESSymbolLike)),
  );
}

/** Whether a value may be undefined (`sort(undefined)`, a comparator typed `Compare | undefined`: the default order then, each element made text; review S59B, A). */
function admitsUndefined(value: Node): boolean {
  const type = value.getType();
  return (type.isUnion() ? type.getUnionTypes() : [type]).some((part) => part.isUndefined() || part.isAny() || part.isUnknown());
}

/** Whether a call's callee is the library's (`"hello".slice`, `Math.max`). */
function isLibraryCall(call: Node): boolean {
  return (Node.isCallExpression(call) || Node.isNewExpression(call)) && isLibraryCallee(unwrapTypeOnly(call.getExpression()));
}

/** Whether an argument is given for a parameter of a primitive type only (a number, a string, a boolean), which the library converts it to. */
function takesPrimitive(argument: Node): boolean {
  const expected = Node.isExpression(argument) ? argument.getContextualType()?.getNonNullableType() : undefined;
  return (
    expected !== undefined &&
    (expected.isUnion() ? expected.getUnionTypes() : [expected]).every(
      (part) => part.isNumber() || part.isString() || part.isBoolean() || part.isBooleanLiteral(),
    )
  );
}

/** What the language calls to make a value text or JSON. */
const CONVERSIONS = ["toString", "valueOf"];

/**
 * What making a value of the type text runs besides: an Error's `toString` (the library's) reads
 * its `name` and `message`, a subclass's getter among them (review S59D, A).
 */
export function conversionsOf(part: Type): readonly string[] {
  return isErrorLike(part) ? [...CONVERSIONS, "name", "message"] : CONVERSIONS;
}

/** The getters named `name` or `message` of the program's classes whose instances are Errors, which the library's toString of an Error reads. */
function errorTextGetters(where: Node): Node[] {
  return ["name", "message"].flatMap((name) =>
    (programMembersByName(where).get(name) ?? []).filter((member) => {
      const owner = member.getParent();
      return Node.isGetAccessorDeclaration(member) && (Node.isClassDeclaration(owner) || Node.isClassExpression(owner)) && isErrorLike(owner.getType());
    }),
  );
}

/** Whether a value of the type may be an Error: it has an Error's `name`, `message` and `stack`. */
export function isErrorLike(type: Type): boolean {
  return ["name", "message", "stack"].every((name) => type.getProperty(name) !== undefined);
}

/** The library's methods of an array that make each element text. */
const TEXT_OF_ELEMENTS = new Set(["join", "toString", "toLocaleString", "sort", "toSorted"]);

/** The library's functions that read every own key of the objects they are given (their getters run). */
const OBJECT_READERS = new Set(["Object.values", "Object.entries", "Object.assign", "structuredClone"]);

/**
 * What calling or making a declaration runs: a function's or a method's parameter defaults and body,
 * the function a `const`, a field or an object literal's property holds, and for a class made with
 * `new` the constructors of its chain with their parameter defaults and the field initializers that
 * run code (review S58A, F4; S58C, 6).
 */
function codeRunBy(declared: Node): Node[] {
  if (Node.isClassDeclaration(declared)) {
    return classChain(declared).flatMap((owner) => {
      const constructor = owner.getConstructors().find((candidate) => candidate.getBody() !== undefined);
      const fields = owner
        .getInstanceProperties()
        .filter(Node.isPropertyDeclaration)
        .filter((field) => initializerRunsCode(field))
        .flatMap((field) => field.getInitializer() ?? []);
      const defaults = constructor?.getParameters().flatMap((parameter) => parameter.getInitializer() ?? []) ?? [];
      return [
        ...defaults,
        ...parameterPatterns(constructor?.getParameters() ?? []),
        ...(constructor?.getBody() === undefined ? [] : [constructor.getBody()!]),
        ...fields,
      ];
    });
  }
  return bodiesOf(declared);
}

/**
 * The bodies of the program's functions and methods a piece of code calls by name or gives by name,
 * the accessors, conversions and iterators of the program's types it runs without a call, and those
 * they run in turn (not what the library may run with a value typed by no class: `reachedCode`
 * follows that too, into every class's toString, where any generic container's elements might be
 * the instance).
 */
export function calledBodies(code: Node): Node[] {
  return calledCode(code).bodies;
}

/**
 * `calledBodies`, and whether any of that code makes a value text or JSON by a member the program
 * replaces by assignment (`shared.toString = () => …`): what runs there is a function the check
 * cannot tell (review S59D, B).
 */
export function calledCode(code: Node): { bodies: Node[]; runsUntold: boolean } {
  const bodies: Node[] = [];
  let runsUntold = false;
  const pending = [code];
  const seen = new Set<Node>([code]);
  while (pending.length > 0 && bodies.length < 200) {
    const current = pending.pop()!;
    const calls = [
      ...(Node.isCallExpression(current) || Node.isNewExpression(current) ? [current] : []),
      ...current.getDescendantsOfKind(SyntaxKind.CallExpression),
      ...current.getDescendantsOfKind(SyntaxKind.NewExpression),
    ];
    for (const call of calls) {
      const callee = unwrapTypeOnly(call.getExpression());
      // A function given by name to a call runs as it would called (`[registry].map(format)`; review S57A, R5).
      const given = call
        .getArguments()
        .map(unwrapTypeOnly)
        .filter((argument) => Node.isIdentifier(argument) || Node.isPropertyAccessExpression(argument));
      const names = [callee, ...given].map((each) => (Node.isPropertyAccessExpression(each) ? each.getNameNode() : each));
      const declarations = names.flatMap((name) => declarationsOf(name.getSymbol()));
      // A method of another object the receiver may be, or a subclass's (review S58A, F3).
      const others = Node.isPropertyAccessExpression(callee)
        ? otherMembersRun(declarationsOf(callee.getNameNode().getSymbol()), callee.getExpression(), callee.getName(), callee.getExpression().getType(), callee)
        : [];
      for (const body of [...declarations, ...others].flatMap(codeRunBy)) {
        if (!seen.has(body) && !body.getSourceFile().isDeclarationFile()) {
          seen.add(body);
          bodies.push(body);
          pending.push(body);
        }
      }
    }
    // What the code runs without a call: the program's accessors it reads or writes, the
    // `toString`/`valueOf`/`toJSON` of what it makes text of, the iterator of what it walks (review S57C, A).
    const implicit = implicitlyRun(current);
    runsUntold ||= implicit.runsUntold;
    for (const run of implicit.run) {
      if (!seen.has(run)) {
        seen.add(run);
        bodies.push(run);
        pending.push(run);
      }
    }
  }
  return { bodies, runsUntold };
}

/**
 * Whether code calls a function the check cannot tell (a parameter, a `let`, an element, a call's
 * result, an object literal's or an interface's member), or gives one to the library, which may
 * call it (`[1].map(read)` of a parameter `read`; review S57A, R6), outside the functions it keeps
 * for later: it may be one the construction stored, or one reading the instance from where it went.
 */
export function callsUnfollowed(code: Node, view: ClassDeclaration): boolean {
  return (
    resumesUntold(code) ||
    makesUntold(code) ||
    [...(Node.isCallExpression(code) ? [code] : []), ...code.getDescendantsOfKind(SyntaxKind.CallExpression)].some((call) => {
      if (!runsNow(call, code)) {
        return false;
      }
      const callee = unwrapTypeOnly(call.getExpression());
      // `this.deposit(…)` of the instance's classes: its own member, which the walk follows. Of
      // another object, a method `calledBodies` follows; a function a field of it holds (`this.cb()`
      // in a bus that stored a callback) is not told (review S57C, A).
      if (Node.isPropertyAccessExpression(callee) && Node.isThisExpression(unwrapTypeOnly(callee.getExpression()))) {
        const owner = callee.getFirstAncestor((ancestor) => Node.isClassDeclaration(ancestor) || Node.isClassExpression(ancestor));
        if (Node.isClassDeclaration(owner) && hierarchyOf(view).has(owner)) {
          return false;
        }
        const declarations = declarationsOf(callee.getNameNode().getSymbol());
        return !(declarations.length > 0 && declarations.every((declared) => Node.isMethodDeclaration(declared) && !isReplacedMember(declared)));
      }
      if (!isToldFunction(callee)) {
        return true;
      }
      const library = (Node.isIdentifier(callee) || Node.isPropertyAccessExpression(callee)) && hasLibraryDeclaration(callee);
      // A storing call (`push`, `set`, `add`, `unshift`) keeps the function and calls nothing.
      return (
        library &&
        !(Node.isPropertyAccessExpression(callee) && isStoringCall(callee)) &&
        call
          .getArguments()
          .some((argument) => argument.getType().getNonNullableType().getCallSignatures().length > 0 && !isToldFunction(unwrapTypeOnly(argument)))
      );
    })
  );
}

/**
 * Whether code makes an object of a class the check cannot tell (`new K()` of a parameter `K: new
 * () => Probe`, an element of an array of classes, a Map's value): its constructor may be any
 * class's of the program (review S58A, F1).
 */
function makesUntold(code: Node): boolean {
  return [...(Node.isNewExpression(code) ? [code] : []), ...code.getDescendantsOfKind(SyntaxKind.NewExpression)].some(
    (made) => runsNow(made, code) && !isToldClass(unwrapTypeOnly(made.getExpression())),
  );
}

/** Whether a class value is one the check can tell: a class declaration's name (never reassigned), the library's, or a `const` holding one of those. */
function isToldClass(value: Node, depth = 0): boolean {
  return namesTold(value, depth, (declared) => (isLibraryDeclaration(declared) || Node.isClassDeclaration(declared) ? true : undefined), isToldClass);
}

/**
 * Whether a function value is one the check can tell: written there, `super`, the library's, the
 * program's function or method nothing replaces (review S57C, C), or a `const` holding one of
 * those (not `const r = read` of a parameter, nor `const f = fns[0]!`: review S57C, B).
 */
export function isToldFunction(value: Node, depth = 0): boolean {
  if (Node.isSuperExpression(value) || Node.isArrowFunction(value) || Node.isFunctionExpression(value)) {
    return true;
  }
  return namesTold(
    value,
    depth,
    (declared) =>
      isLibraryDeclaration(declared) || (Node.isFunctionDeclaration(declared) || Node.isMethodDeclaration(declared) ? !isReplacedMember(declared) : undefined),
    isToldFunction,
  );
}

/**
 * Whether a name (or a member's name) stands for what the check can tell: each of its declarations
 * is told by `told` (undefined: not by itself), or is a `const` whose initializer `again` tells, to
 * eight levels.
 */
function namesTold(value: Node, depth: number, told: (declared: Node) => boolean | undefined, again: (value: Node, depth: number) => boolean): boolean {
  if ((!Node.isIdentifier(value) && !Node.isPropertyAccessExpression(value)) || depth > 8) {
    return false;
  }
  const declarations = declarationsOf((Node.isPropertyAccessExpression(value) ? value.getNameNode() : value).getSymbol());
  return (
    declarations.length > 0 &&
    declarations.every((declared) => {
      const verdict = told(declared);
      if (verdict !== undefined) {
        return verdict;
      }
      const initializer = Node.isVariableDeclaration(declared) ? declared.getInitializer() : undefined;
      return (
        Node.isVariableDeclaration(declared) &&
        declared.getVariableStatement()?.getDeclarationKind() === VariableDeclarationKind.Const &&
        initializer !== undefined &&
        again(unwrapTypeOnly(initializer), depth + 1)
      );
    })
  );
}

/**
 * Whether code walks or resumes a value that may be one of the program's generators, or an object
 * whose iterator its type does not name (`for (const s of src)`, `[...src]`, `const [first] = src`,
 * `yield* src`, `src.next()`, `Array.from(src)` of `src: Iterable<string>` given `reader()`): the
 * generator's code runs there, which the check cannot tell (review S58A, F2). An array, a string, a
 * Map, a Set and their own iterators run none of the program's code; a class of the program is
 * walked through its iterator (`calledBodies`).
 */
function resumesUntold(code: Node): boolean {
  if (!hasResumableCode(code)) {
    return false;
  }
  const walked: Node[] = [];
  for (const node of [code, ...code.getDescendants()]) {
    if (Node.isForOfStatement(node) || Node.isSpreadElement(node) || (Node.isYieldExpression(node) && node.getAsteriskToken() !== undefined)) {
      walked.push(...(node.getExpression() === undefined ? [] : [node.getExpression()!]));
    } else if (Node.isArrayBindingPattern(node)) {
      walked.push(node);
    } else if (Node.isBinaryExpression(node) && node.getOperatorToken().getKind() === SyntaxKind.EqualsToken && Node.isArrayLiteralExpression(node.getLeft())) {
      walked.push(node.getRight());
    } else if (Node.isCallExpression(node) || Node.isNewExpression(node)) {
      const callee = unwrapTypeOnly(node.getExpression());
      if (hasLibraryDeclaration(callee) && Node.isPropertyAccessExpression(callee) && ["next", "return", "throw"].includes(callee.getName())) {
        walked.push(callee.getExpression());
      } else {
        walked.push(...iteratedArguments(node));
      }
    }
  }
  // `this` is typed by a type parameter without constraint; its values are the class's and its subclasses'.
  return walked.some(
    (value) => runsNow(value, code) && mayResume(Node.isThisExpression(unwrapTypeOnly(value)) ? value.getType().getApparentType() : value.getType()),
  );
}

/** The arguments a call of the library iterates (`Array.from(source)`, `new Set(source)`, `Object.fromEntries(pairs)`). */
export function iteratedArguments(call: Node): Node[] {
  if (!Node.isCallExpression(call) && !Node.isNewExpression(call)) {
    return [];
  }
  const callee = unwrapTypeOnly(call.getExpression());
  const text = callee.getText();
  const iterates = ITERATING_CALLS.has(text) || (Node.isNewExpression(call) && ITERATING_CONSTRUCTORS.has(text));
  return iterates && hasLibraryDeclaration(callee) ? (call.getArguments() ?? []).slice(0, 1) : [];
}

/** The library's functions that iterate what they are given. */
const ITERATING_CALLS = new Set([
  "Array.from",
  "Object.fromEntries",
  "Object.groupBy",
  "Map.groupBy",
  "Promise.all",
  "Promise.allSettled",
  "Promise.any",
  "Promise.race",
  "Iterator.from",
]);

/** The library's classes whose constructors iterate what they are given. */
const ITERATING_CONSTRUCTORS = new Set(["Map", "Set", "WeakMap", "WeakSet"]);

/** Whether a value of the type may be a generator of the program's or an object with an iterator the type does not name. */
function mayResume(type: Type, depth = 0): boolean {
  const value = type.getNonNullableType();
  if (value.isAny()) {
    return true;
  }
  const parts = value.isUnion() ? value.getUnionTypes() : value.isIntersection() ? value.getIntersectionTypes() : undefined;
  if (parts !== undefined) {
    return depth < 4 && parts.some((part) => mayResume(part, depth + 1));
  }
  if (value.isTypeParameter()) {
    const constraint = value.getConstraint();
    return constraint === undefined || (depth < 4 && mayResume(constraint, depth + 1));
  }
  if (!value.isObject() || value.isArray() || value.isTuple() || value.getCallSignatures().length > 0) {
    return false;
  }
  const declarations = value.getSymbol()?.getDeclarations() ?? [];
  // A class of the program typed as itself is walked through its iterator, when that is a generator
  // method; one that returns an object by hand runs that object's `next`, which is not followed.
  if (declarations.some((declared) => Node.isClassDeclaration(declared) && !isLibraryDeclaration(declared))) {
    return value
      .getProperties()
      .filter((property) => property.getName().startsWith("__@iterator"))
      .some((property) => declarationsOf(property).some((declared) => !(Node.isMethodDeclaration(declared) && declared.isGenerator())));
  }
  const name = value.getSymbol()?.getName();
  const library = declarations.length > 0 && declarations.every((declared) => isLibraryDeclaration(declared));
  return !(library && name !== undefined && BUILT_IN_ITERABLES.has(name));
}

/** The library's iterables whose iteration runs none of the program's code. */
const BUILT_IN_ITERABLES = new Set([
  "Array",
  "ReadonlyArray",
  "String",
  "Map",
  "ReadonlyMap",
  "Set",
  "ReadonlySet",
  "WeakMap",
  "WeakSet",
  "ArrayIterator",
  "MapIterator",
  "SetIterator",
  "StringIterator",
  "RegExpStringIterator",
  "RegExpMatchArray",
  "RegExpExecArray",
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float32Array",
  "Float64Array",
]);

const resumableByProgram = new WeakMap<ts.Program, boolean>();

/** Whether the program has a generator or an iterator of its own: else no iteration runs its code. */
function hasResumableCode(code: Node): boolean {
  const program = code.getProject().getProgram().compilerObject;
  let found = resumableByProgram.get(program);
  if (found === undefined) {
    found = code
      .getProject()
      .getSourceFiles()
      .filter((file) => !file.isDeclarationFile())
      .some((file) =>
        [
          ...nodesOfFileOfKind(file, SyntaxKind.FunctionDeclaration),
          ...nodesOfFileOfKind(file, SyntaxKind.FunctionExpression),
          ...nodesOfFileOfKind(file, SyntaxKind.MethodDeclaration),
          ...nodesOfFileOfKind(file, SyntaxKind.PropertyDeclaration),
          ...nodesOfFileOfKind(file, SyntaxKind.PropertyAssignment),
          ...nodesOfFileOfKind(file, SyntaxKind.ShorthandPropertyAssignment),
          ...nodesOfFileOfKind(file, SyntaxKind.PropertyAccessExpression),
          ...nodesOfFileOfKind(file, SyntaxKind.ComputedPropertyName),
        ].some(
          (node) =>
            ((Node.isFunctionDeclaration(node) || Node.isFunctionExpression(node) || Node.isMethodDeclaration(node)) && node.isGenerator()) ||
            // A `next` given by any means (`{ next }`, `it.next = …`; review S58C, 7).
            ((Node.isMethodDeclaration(node) ||
              Node.isPropertyDeclaration(node) ||
              Node.isPropertyAssignment(node) ||
              Node.isShorthandPropertyAssignment(node) ||
              (Node.isPropertyAccessExpression(node) && isWrittenAccess(node))) &&
              node.getName() === "next") ||
            (Node.isComputedPropertyName(node) && ["Symbol.iterator", '"next"', "'next'"].includes(node.getExpression().getText())),
        ),
      );
    resumableByProgram.set(program, found);
  }
  return found;
}
