/**
 * Where the instance constructed goes where the construction check does not follow it (pushed,
 * stored, handed to a function, held by a function kept for later), and the values that may be it
 * from then on: read, destructured or converted in later construction code, they touch its fields.
 */
import { ClassDeclaration, Node, SyntaxKind, ts, Type, VariableDeclarationKind } from "ts-morph";
import { keptForLater, parameterGiven, usesOf } from "./code-kept-for-later";
import { Touch } from "./construction-touch";
import { definedFieldDeclarations, initializerRunsCode } from "./constructor-assignments";
import { nodesOfFileOfKind } from "./file-nodes";
import { classChain, Keeper, literalKey } from "./instance-keepers";
import { declarationsOf } from "./named-declarations";
import { thisOwner } from "./this-type";
import { wrappedOutermost, unwrapTypeOnly } from "./type-wrappers";
import { CONSOLE_STREAMS } from "./console-streams";
import { constructionParameters } from "./construction-parameters";
import { conversionsAt, isConversionGivenByName } from "./conversion-sites";
import { calledBodies, conversionsOf, destructuredFrom, iteratedArguments } from "./untold-calls";

/**
 * Where the instance constructed is kept by another object, across the walks of one construction:
 * the fields keeping it, and the classes it was handed to.
 */
export interface KeptInstance {
  keepers: Keeper[];
  receivers: Set<ClassDeclaration>;
  /**
   * Whether the instance has gone where the check does not follow it (pushed, set in a Map or a
   * static field, assigned to another object, handed to a function): from then on any value that
   * may be it may be it (`registry[0].later`, `Holder.current.later`; review S56B, S6).
   */
  escaped: boolean;
  /** The functions kept for later that hold the instance (`() => this.later`): code the check cannot follow may call them. */
  closures: Node[];
}

/**
 * Whether a use of the instance (or of a value holding it) lets it go where the check does not
 * follow: anything but a member access on it, a local holding it (followed), a comparison, or a
 * statement of its own.
 */
export function escapes(subject: Node): boolean {
  const outer = wrappedOutermost(subject);
  const parent = outer.getParent();
  if ((Node.isPropertyAccessExpression(parent) || Node.isElementAccessExpression(parent)) && parent.getExpression() === outer) {
    return false;
  }
  if (Node.isVariableDeclaration(parent) && parent.getInitializer() === outer && Node.isIdentifier(parent.getNameNode())) {
    return false;
  }
  if (Node.isBinaryExpression(parent) && COMPARISONS.has(parent.getOperatorToken().getKind())) {
    return false;
  }
  // `return this` in a constructor gives `new` the object made: it goes nowhere else.
  const returnedByConstructor =
    Node.isReturnStatement(parent) && Node.isConstructorDeclaration(parent.getFirstAncestor((ancestor) => Node.isFunctionLikeDeclaration(ancestor)));
  return !Node.isExpressionStatement(parent) && !returnedByConstructor;
}

/**
 * The values in a piece of code that may be the instance, read or called through (`registry[0]!` in
 * `registry[0]!.later`, `Holder.current`, `link.getHost()`): of a type the instance's class fits,
 * `any` or `unknown`; not `this` (followed as such) nor a constructor's parameter.
 */
export function instanceReceivers(code: Node, view: ClassDeclaration, outsideTheWalk: boolean): Node[] {
  const accesses = [...(Node.isPropertyAccessExpression(code) || Node.isElementAccessExpression(code) ? [code] : []), ...code.getDescendants()];
  return accesses.flatMap((access) =>
    (Node.isPropertyAccessExpression(access) || Node.isElementAccessExpression(access)) && isInstanceReceiver(access.getExpression(), view, outsideTheWalk)
      ? [access.getExpression()]
      : [],
  );
}

/** Whether the receiver of an access may be the instance (see `instanceReceivers`). */
function isInstanceReceiver(receiver: Node, view: ClassDeclaration, outsideTheWalk: boolean, strict = false): boolean {
  const { parameters: constructorParameters, fromParameters } = constructionParameters(view);
  const value = unwrapTypeOnly(receiver);
  if (Node.isThisExpression(value) || Node.isSuperExpression(value)) {
    // `this` of an arrow written in a constructor or a field initializer of the instance's classes.
    const owner = Node.isThisExpression(value) ? thisOwner(value) : undefined;
    const ownerClass = Node.isConstructorDeclaration(owner) ? owner.getParent() : owner;
    return outsideTheWalk && Node.isClassDeclaration(ownerClass) && classChain(view).includes(ownerClass);
  }
  // An object made where it is read (`new Panel().seen`, a literal) is not the instance gone elsewhere, nor is what a constructor was given.
  if (isMadeWhereItStands(value) || (Node.isIdentifier(value) && declarationsOf(value.getSymbol()).some((declared) => constructorParameters.has(declared)))) {
    return false;
  }
  // `this.parent` where the field only ever holds a constructor's parameter (review S56C, R1).
  if (Node.isPropertyAccessExpression(value) && Node.isThisExpression(unwrapTypeOnly(value.getExpression())) && fromParameters.has(value.getName())) {
    return false;
  }
  return mayBeInstance(receiver.getType(), view.getType(), 0, strict);
}

/** Where the program's code may meet the instance gone from the construction (see `programInstanceSites`). */
export interface InstanceSites {
  /** Receivers of an access to one of its members by name (`Holder.current!.later`, `registry[0]!["later"]`). */
  receivers: Node[];
  /** Values that may be it or hold it, converted or iterated (see `instanceConversions`). */
  conversions: Node[];
  /** Its members destructured from a value that may be it. */
  destructurings: Touch[];
  /** The uses of a parameter of the program's function or constructor given a value that may be it (`new Host(Holder.current!)`; review S57C, D). */
  handed: { read: Node; root: Node }[];
}

const sitesByProgram = new WeakMap<ts.Program, Map<ts.Node, InstanceSites>>();

/**
 * Where any code of the program may meet the instance once it has escaped, for a call the check
 * cannot tell, which may run any of the program's functions (review S57A, R6): found once per
 * program and class from each file's accesses by the instance's member names, conversions and
 * destructurings, without following calls (every function is taken).
 */
export function programInstanceSites(view: ClassDeclaration, memberNames: string[]): InstanceSites {
  const program = view.getProject().getProgram().compilerObject;
  let byClass = sitesByProgram.get(program);
  if (byClass === undefined) {
    byClass = new Map();
    sitesByProgram.set(program, byClass);
  }
  let sites = byClass.get(view.compilerNode);
  if (sites === undefined) {
    const names = new Set(memberNames);
    sites = { receivers: [], conversions: [], destructurings: [], handed: [] };
    for (const sourceFile of view
      .getProject()
      .getSourceFiles()
      .filter((each) => !each.isDeclarationFile())) {
      for (const access of [
        ...nodesOfFileOfKind(sourceFile, SyntaxKind.PropertyAccessExpression),
        ...nodesOfFileOfKind(sourceFile, SyntaxKind.ElementAccessExpression),
      ]) {
        const key = Node.isPropertyAccessExpression(access)
          ? access.getName()
          : Node.isElementAccessExpression(access)
            ? literalKey(access.getArgumentExpression())
            : undefined;
        const named = Node.isElementAccessExpression(access) ? key === undefined || names.has(key) : key !== undefined && names.has(key);
        if (
          (Node.isPropertyAccessExpression(access) || Node.isElementAccessExpression(access)) &&
          named &&
          isInstanceReceiver(access.getExpression(), view, false, true)
        ) {
          sites.receivers.push(access.getExpression());
        }
      }
      // A type parameter's value is taken for it only in a generic function given a value that may hold it (`format(registry)`).
      sites.conversions.push(...instanceConversions(sourceFile, view, false, true));
      for (const call of nodesOfFileOfKind(sourceFile, SyntaxKind.CallExpression)) {
        const callee = Node.isCallExpression(call) ? unwrapTypeOnly(call.getExpression()) : undefined;
        const name = Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee;
        const generic = declarationsOf(name?.getSymbol()).filter(
          (declared) =>
            (Node.isFunctionDeclaration(declared) || Node.isMethodDeclaration(declared)) &&
            declared.getTypeParameters().length > 0 &&
            declared.getBody() !== undefined,
        );
        if (
          Node.isCallExpression(call) &&
          generic.length > 0 &&
          call.getArguments().some((argument) => mayHoldInstance(argument.getType(), view.getType(), 0, argument, true))
        ) {
          for (const body of [...generic.map((declared) => declared), ...calledBodies(call)]) {
            sites.conversions.push(...instanceConversions(body, view, true, true));
          }
        }
      }
      sites.destructurings.push(...instanceDestructurings(sourceFile, view, memberNames, true));
      for (const argument of instanceArguments(sourceFile, view, false, true)) {
        const handed = parameterGiven(argument);
        if (handed !== undefined) {
          sites.handed.push(...usesOf(handed.name, handed.code).map((read) => ({ read, root: handed.code })));
        }
      }
    }
    byClass.set(view.compilerNode, sites);
  }
  return sites;
}

/**
 * Whether a value is an object made where it stands (`new Panel()`, a literal) or a `const` holding
 * one: another object than the instance gone elsewhere, which it may only hold.
 */
function isMadeWhereItStands(value: Node): boolean {
  return (
    Node.isNewExpression(value) ||
    Node.isObjectLiteralExpression(value) ||
    Node.isArrayLiteralExpression(value) ||
    (Node.isIdentifier(value) && declarationsOf(value.getSymbol()).some(isMadeElsewhere))
  );
}

/**
 * A `const` holding an object made where it is declared (a literal, `new Other()`, the rest of a
 * destructuring, `const { id, ...rest } = data`, a copy): another object than the instance (review
 * S56C, R1; S59E, p11d).
 */
function isMadeElsewhere(declared: Node): boolean {
  if (Node.isBindingElement(declared) && declared.getDotDotDotToken() !== undefined) {
    const holder = declared.getFirstAncestorByKind(SyntaxKind.VariableDeclaration);
    return holder?.getVariableStatement()?.getDeclarationKind() === VariableDeclarationKind.Const;
  }
  if (!Node.isVariableDeclaration(declared) || declared.getVariableStatement()?.getDeclarationKind() !== VariableDeclarationKind.Const) {
    return false;
  }
  const initializer = declared.getInitializer();
  const value = initializer === undefined ? undefined : unwrapTypeOnly(initializer);
  return Node.isObjectLiteralExpression(value) || Node.isArrayLiteralExpression(value) || Node.isNewExpression(value);
}

/**
 * Where a value that may be the instance, or hold it (an array, a Map, a record, an object's or a
 * class instance's member, to four levels), is converted without a member named: joined into text
 * (`String(v)`, a template, `+`), printed by JSON.stringify or console's printers, joined or sorted
 * by default (`list.join()`, `list.sort()`), a conversion given as a callback to a method of it or
 * to any call beside it (`registry.map(String)`, `Array.from(registry, String)`); and where a value
 * that may be the instance is iterated (`for…of`, a spread, `Array.from`, `yield*`, an array
 * pattern) when its class has an iterator, which may read any field (review S57A, R5, R10).
 */
export function instanceConversions(code: Node, view: ClassDeclaration, typeParameters = true, strict = false): Node[] {
  const instanceType = view.getType();
  // `this` itself is followed as such (`JSON.stringify(this)` reads the fields defined so far, in both).
  const holds = (node: Node): boolean => {
    const value = unwrapTypeOnly(node);
    if (Node.isThisExpression(value) || (!typeParameters && involvesTypeParameter(node.getType()))) {
      return false;
    }
    // Program-wide, an object made where it stands or a `const` holding one (`${new NumberText()}`,
    // `const c = new C()`, a literal) is not the instance, whatever class it is of: it may only hold
    // it (`new Box(registry[0])`, `{ item: registry[0] }`, `const store: Host[] = []` pushed to).
    if (strict && Node.isArrayLiteralExpression(value)) {
      return value.getElements().some((element) => holds(Node.isSpreadElement(element) ? element.getExpression() : element));
    }
    if (strict && Node.isObjectLiteralExpression(value)) {
      return value.getProperties().some((property) => {
        const held = Node.isPropertyAssignment(property)
          ? property.getInitializer()
          : Node.isShorthandPropertyAssignment(property)
            ? property.getNameNode()
            : Node.isSpreadAssignment(property)
              ? property.getExpression()
              : undefined;
        return held !== undefined && holds(held);
      });
    }
    return (
      mayHoldInstance(node.getType(), instanceType, 0, node, strict, new Set(), !(strict && isMadeWhereItStands(value))) ||
      (strict && Node.isNewExpression(value) && (value.getArguments() ?? []).some(holds))
    );
  };
  const iterable = instanceType.getProperties().some((property) => property.getName().startsWith("__@iterator"));
  const iterated = (node: Node): boolean =>
    iterable &&
    !Node.isThisExpression(unwrapTypeOnly(node)) &&
    (typeParameters || !involvesTypeParameter(node.getType())) &&
    mayBeInstance(node.getType(), instanceType, 0, strict);
  // Made text (`${v}`, `"" + v`, `String(v)`, a default `join` or `sort`), the instance runs its
  // class's `toString` or `valueOf`; without one of the program's it is "[object Object]" in both,
  // and no field is read (review S58A: `named.toString()` of an interface every object fits).
  // An Error's toString reads its `name` and `message`: a getter of the program's there counts too (review S59D, A).
  const convertsItself = conversionsOf(instanceType).some((name) =>
    declarationsOf(instanceType.getProperty(name)).some(
      (declared) => !declared.getSourceFile().isDeclarationFile() && (["toString", "valueOf"].includes(name) || Node.isGetAccessorDeclaration(declared)),
    ),
  );
  // Program-wide too, a value typed by nothing of it (`object`, `unknown`, `any`) made text may be
  // it, when its class makes itself text (`${store[0]}` of `store: object[]`; review S58C, 8).
  const madeText = (node: Node): boolean =>
    convertsItself &&
    (holds(node) ||
      (strict &&
        !Node.isThisExpression(unwrapTypeOnly(node)) &&
        (typeParameters || !involvesTypeParameter(node.getType())) &&
        mayHoldInstance(node.getType(), instanceType, 0, node, false, new Set(), !isMadeWhereItStands(unwrapTypeOnly(node)))));
  const printers = ["JSON.stringify", ...Object.keys(CONSOLE_STREAMS).map((method) => `console.${method}`)];
  const found: Node[] = [];
  for (const node of [code, ...code.getDescendants()]) {
    // Joined into text, or made a number or a key (`${item}`, `String(item)`, `+item`, `item < other`, `key in record`; review S59A, F1).
    found.push(...conversionsAt(node).flatMap(({ value }) => (madeText(value) ? [value] : [])));
    if (Node.isForOfStatement(node) && iterated(node.getExpression())) {
      found.push(node.getExpression());
    } else if ((Node.isSpreadElement(node) || Node.isYieldExpression(node)) && node.getExpression() !== undefined && iterated(node.getExpression()!)) {
      found.push(node.getExpression()!);
    } else if (Node.isArrayBindingPattern(node) && iterated(node)) {
      found.push(node);
    } else if (Node.isNewExpression(node) && iteratedArguments(node).some(iterated)) {
      // `new Set(registry[0])` walks it with its iterator.
      found.push(...iteratedArguments(node).filter(iterated));
    } else if (Node.isCallExpression(node)) {
      const callee = node.getExpression();
      const text = callee.getText();
      const givenPrinter = node.getArguments().some((argument) => printers.includes(argument.getText()));
      const givenTextMaker = node.getArguments().some((argument) => isConversionGivenByName(argument));
      if (printers.includes(text)) {
        found.push(...node.getArguments().filter(holds));
      } else if (iteratedArguments(node).some(iterated)) {
        found.push(...iteratedArguments(node).filter(iterated));
      } else if (
        Node.isPropertyAccessExpression(callee) &&
        ["join", "sort", "toSorted", "toString", "toLocaleString"].includes(callee.getName()) &&
        madeText(callee.getExpression())
      ) {
        found.push(callee.getExpression());
      } else if (givenPrinter || givenTextMaker) {
        // `registry.map(String)`, `registry.forEach(console.log)`, `Array.from(registry, String)`: the conversion given as a callback.
        const receiver = Node.isPropertyAccessExpression(callee) ? [callee.getExpression()] : [];
        found.push(...[...receiver, ...node.getArguments()].filter(givenPrinter ? holds : madeText));
      }
    }
  }
  return found;
}

/** The functions written in the field initializers the check does not walk (they run nothing where written) that hold the instance (`handlers = { go: () => this.later }`). */
export function initializerClosures(chain: ClassDeclaration[]): Node[] {
  const closures: Node[] = [];
  for (const owner of chain) {
    for (const field of definedFieldDeclarations(owner)) {
      const initializer = field.getInitializer();
      if (initializer === undefined || initializerRunsCode(field)) {
        continue;
      }
      for (const written of [initializer, ...initializer.getDescendants()]) {
        if (
          (Node.isArrowFunction(written) || Node.isFunctionExpression(written)) &&
          written.getDescendantsOfKind(SyntaxKind.ThisKeyword).some((keyword) => thisOwner(keyword) === owner)
        ) {
          closures.push(written);
        }
      }
    }
  }
  return closures;
}

/**
 * The arguments in a piece of code that may be the instance gone where the check does not follow
 * it (`new Item(Holder.current)`, `show(registry[0]!)`): not `this` (followed as such), a
 * constructor's parameter or a `const` made elsewhere (see `instanceReceivers`; review S57A, R8); in
 * code reached otherwise than by a named call, not a type parameter's value (a generic container's element).
 */
export function instanceArguments(code: Node, view: ClassDeclaration, typeParameters: boolean, strict = false): Node[] {
  const instanceType = view.getType();
  const { parameters } = constructionParameters(view);
  const found: Node[] = [];
  for (const call of [...(Node.isCallExpression(code) || Node.isNewExpression(code) ? [code] : []), ...code.getDescendants()]) {
    if (!Node.isCallExpression(call) && !Node.isNewExpression(call)) {
      continue;
    }
    for (const argument of call.getArguments()) {
      const value = unwrapTypeOnly(argument);
      if (
        Node.isThisExpression(value) ||
        Node.isSpreadElement(value) ||
        (Node.isIdentifier(value) && declarationsOf(value.getSymbol()).some((declared) => parameters.has(declared) || isMadeElsewhere(declared)))
      ) {
        continue;
      }
      if ((typeParameters || !involvesTypeParameter(argument.getType())) && mayBeInstance(argument.getType(), instanceType, 0, strict)) {
        found.push(argument);
      }
    }
  }
  return found;
}

/** Whether the type is or holds a type parameter's value (a generic container's element). */
function involvesTypeParameter(type: Type, depth = 0): boolean {
  const value = type.getNonNullableType();
  if (value.isTypeParameter() || depth > 3) {
    return value.isTypeParameter();
  }
  const parts = value.isUnion() ? value.getUnionTypes() : value.isIntersection() ? value.getIntersectionTypes() : [value];
  return parts.some((part) => {
    if (part.isTypeParameter()) {
      return true;
    }
    const element = part.getArrayElementType();
    return [...part.getTypeArguments(), ...(element === undefined ? [] : [element])].some((held) => involvesTypeParameter(held, depth + 1));
  });
}

/** The function kept for later that holds a `this` of the construction (`() => this.later` pushed or stored). */
export function keptClosure(keyword: Node, scope: Node): Node | undefined {
  let found: Node | undefined;
  for (let current = keyword.getParent(); current !== undefined && current !== scope; current = current.getParent()) {
    if ((Node.isArrowFunction(current) || Node.isFunctionExpression(current)) && keptForLater(current, scope)) {
      found = current;
    }
  }
  return found;
}

/** Reads of the instance's members by destructuring a value that may be it (`for (const { later } of registry)`, `({ later }) => …`): each a read of that field. */
export function instanceDestructurings(code: Node, view: ClassDeclaration, memberNames: string[], strict = false): Touch[] {
  const instanceType = view.getType();
  const touches: Touch[] = [];
  for (const pattern of [...(Node.isObjectBindingPattern(code) ? [code] : []), ...code.getDescendantsOfKind(SyntaxKind.ObjectBindingPattern)]) {
    const type = pattern.getType();
    if (!mayBeInstance(type, instanceType, 0, strict) || involvesTypeParameter(type)) {
      continue;
    }
    for (const element of pattern.getElements()) {
      const key = (element.getPropertyNameNode() ?? element.getNameNode()).getText();
      if (element.getDotDotDotToken() !== undefined) {
        memberNames.forEach((name) => touches.push({ node: element, name, written: false }));
      } else if (memberNames.includes(key)) {
        touches.push({ node: element, name: key, written: false });
      }
    }
  }
  // A destructuring assignment reads the same way (`({ later: out } = item)`, `for ({ later: out } of registry)`; review S59A, F2).
  for (const pattern of [...(Node.isObjectLiteralExpression(code) ? [code] : []), ...code.getDescendantsOfKind(SyntaxKind.ObjectLiteralExpression)]) {
    const type = destructuredFrom(pattern);
    if (type === undefined || !mayBeInstance(type, instanceType, 0, strict) || involvesTypeParameter(type)) {
      continue;
    }
    for (const property of pattern.getProperties()) {
      if (Node.isSpreadAssignment(property)) {
        memberNames.forEach((name) => touches.push({ node: property, name, written: false }));
      } else if ((Node.isPropertyAssignment(property) || Node.isShorthandPropertyAssignment(property)) && memberNames.includes(property.getName())) {
        touches.push({ node: property, name: property.getName(), written: false });
      }
    }
  }
  return touches;
}

/** Whether a value of the type may be the instance or hold it (an element, a Map's value, a record's, to three levels). */
function mayHoldInstance(type: Type, instanceType: Type, depth: number, where?: Node, strict = false, seen = new Set<Type>(), itself = true): boolean {
  // `itself`: whether the value may be the instance, besides holding it.
  if (itself && mayBeInstance(type, instanceType, 0, strict)) {
    return true;
  }
  // Each type once: however deep the nesting (`[[[[[registry[0]]]]]]`; review S57C, E), a recursive type ends.
  if (seen.has(type) || depth > 64) {
    return false;
  }
  seen.add(type);
  const value = type.getNonNullableType();
  const parts = value.isUnion() ? value.getUnionTypes() : [value];
  return parts.some((part) => {
    const element = part.getArrayElementType();
    const index = part.getStringIndexType() ?? part.getNumberIndexType();
    // The members of the program's own object types and classes (`{ item: registry[0] }`, `new Box(registry[0]!)`), printed with them (review S57A, R5).
    const declarations = part.getSymbol()?.getDeclarations() ?? [];
    const members =
      where !== undefined &&
      element === undefined &&
      part.getCallSignatures().length === 0 &&
      declarations.length > 0 &&
      (declarations.every((each) => !each.getSourceFile().isDeclarationFile()) || part.getAliasSymbol() !== undefined || part.isAnonymous())
        ? part.getProperties().map((property) => property.getTypeAtLocation(where))
        : [];
    // A member counts by a type the class fits: one typed `unknown` (an Error's `cause`) holds whatever was put there, as any value does.
    return (
      [...part.getTypeArguments(), ...(element === undefined ? [] : [element]), ...(index === undefined ? [] : [index])].some((held) =>
        mayHoldInstance(held, instanceType, depth + 1, where, strict, seen),
      ) || members.some((held) => mayHoldInstance(held, instanceType, depth + 1, where, true, seen))
    );
  });
}

/**
 * Whether a value of the type may be the instance: one of a type its class fits, or, where the
 * construction code itself is walked, `any`, `unknown`, an unconstrained type parameter or a record
 * it may have been cast to. `strict` for the program's code at large (reached by a call the check
 * cannot tell), where those would take every untyped value of the program for it: there only a
 * type the class fits counts.
 */
function mayBeInstance(type: Type, instanceType: Type, depth = 0, strict = false): boolean {
  // `NonNullable<T>` of a type parameter is `T & {}`: a bound on the walk through its parts.
  if (depth > 6) {
    return !strict;
  }
  const value = type.getNonNullableType();
  // `object` says nothing of its values either (`registered: object[]` holding it; review S58C, 8).
  if (value.isAny() || value.isUnknown() || value.getText() === "object") {
    return !strict;
  }
  if (value.isTypeParameter()) {
    const constraint = value.getConstraint();
    return constraint === undefined ? !strict : mayBeInstance(constraint, instanceType, depth + 1, strict);
  }
  const parts = value.isUnion() ? value.getUnionTypes() : value.isIntersection() ? value.getIntersectionTypes() : undefined;
  if (parts !== undefined) {
    return parts.some((part) => mayBeInstance(part, instanceType, depth + 1, strict));
  }
  // Strict: a type that says nothing of its values (`{}`, `object`, the library's `Object`) is as
  // `unknown`; the library's types that name members do count (`Readonly<Host>`, `Pick<Host,
  // "later">`, `Iterable<string>`; review S57E).
  if (strict && (value.getProperties().length === 0 || value.getSymbol()?.getName() === "Object")) {
    return false;
  }
  // A record (`Record<string, number>`) the instance was cast to (review S56C, S5).
  return (
    value.isObject() &&
    value.getCallSignatures().length === 0 &&
    (instanceType.isAssignableTo(value) ||
      (!strict && !value.isArray() && !value.isTuple() && (value.getStringIndexType() !== undefined || value.getNumberIndexType() !== undefined)))
  );
}

export const COMPARISONS = new Set([
  SyntaxKind.EqualsEqualsEqualsToken,
  SyntaxKind.ExclamationEqualsEqualsToken,
  SyntaxKind.EqualsEqualsToken,
  SyntaxKind.ExclamationEqualsToken,
  SyntaxKind.InstanceOfKeyword,
]);
