/**
 * A data-only interface, type literal or Record compiles to a dict (`point["x"]`). TypeScript lets
 * a class instance stand where such a type is expected (it has the fields), but a Python object is
 * no dict: `point["x"]` would raise. An object literal with methods (a runtime JsObject) is read as a
 * dict too, except for its own members named like the dict methods the compiled code calls (`get`,
 * `keys`, `values`, `items`), which would answer instead. So wherever a value meets a type, a
 * dict type meeting such a value, also inside arrays, Maps and the dict's own properties, is CS1037.
 * "Wherever" is every edge TypeScript checks for assignability: the written positions (a variable's
 * or property's initializer, an assignment, an argument, a return, an array element) and every
 * expression's contextual type, which reaches the branches of `?:`/`??`/`||`/`&&`, defaults,
 * `yield`, callbacks' returns and the arguments of built-in methods (`push`, `Map.set`). A generic
 * body reads values of a type parameter constrained by a data type as dicts: an instance given for
 * such a parameter is CS1046.
 */
import { CallExpression, FunctionDeclaration, MethodDeclaration, NewExpression, Node, SourceFile, SyntaxKind, Type, TypeParameterDeclaration } from "ts-morph";
import { nodesOfFile } from "./file-nodes";
import type { TransformContext } from "../context";
import {
  dictAsGenericObject,
  dictAsObject,
  memberAgainstItsBase,
  overloadAgainstImplementation,
  instanceAsGenericData,
  keysOfInstance,
  noErrorAsError,
  objectAsData,
  valueAsData,
} from "../diagnostics";
import { isDeclaredByProgram as isTypeDeclaredByProgram, isErrorType, reasonItIsNoObject } from "./dicts-as-objects";
import { isObjectLiteralType, shapeOfType } from "./types";
import { callTypeParameters, inferredTypeArguments } from "./call-type-arguments";
import { mayHideInstance } from "./hidden-instances";
import { programClassItMayBe } from "./program-classes";
import {
  asAMember,
  asAnElement,
  atPlace,
  checkedCallFlows,
  elementType,
  heldType,
  memberFlows,
  namesAsItsBase,
  nonNullMembers,
  PairsInProgress,
  parameterFlows,
  picksAMember,
  type Retyping,
  sharedMembers,
  tupleElementPairs,
  typeArgumentPairs,
  typeForAdvice,
  typeParameterFlows,
  typeParameterPlaces,
  VALUE_NAMES,
} from "./type-parts";
import { insideParentheses } from "./parentheses";
import { initializesPattern, typeOfUntypedWhole } from "./untyped-wholes";
import { libraryTypeName } from "./library-types";
import { propertyKey } from "./object-literal-keys";

/** Members of a JsObject that would hide the dict methods compiled code calls on a dict. */
const DICT_METHOD_NAMES = new Set(["get", "keys", "values", "items"]);

/** Why a value cannot be a dict: an object with attributes (CS1037, CS1046), or a string, number, array, Map, Set or function (CS1050). */
interface NoDict {
  reason: string;
  isValue: boolean;
  /** The data type it meets inside the type it is given for, when that is no data type itself (a method's parameter in `Sink<Plain>`). */
  meets?: string;
  /** The given value's declaration that meets it, and the type the expected type gives that place (type-parts.ts, Retyping). */
  retype?: Retyping;
}

/** The classes and functions whose members are being compared (a method's `this` result leads back to the same pair). */
const membersInProgress = new PairsInProgress();

/** Why a value of `source` cannot be a dict of `target`, or undefined when it can. */
function reasonItIsNoDict(source: Type, target: Type, at: Node, context: TransformContext, depth: number, maxDepth = 4): NoDict | undefined {
  if (depth > maxDepth || source === target) {
    return undefined;
  }
  const targetShape = shapeOfType(target, context);
  const sourceShape = shapeOfType(source, context);
  // `Point | ConcatArray<Point>` (what `concat` takes), `Point | string`: the members the value can be.
  if (targetShape.kind === "unknown" && target.isUnion() && (sourceShape.kind === "object" || sourceShape.kind === "error")) {
    const candidates = target.getUnionTypes().filter((member) => !member.isNull() && !member.isUndefined() && source.isAssignableTo(member));
    const dicts = candidates.filter((member) => shapeOfType(member, context).kind === "dict");
    if (dicts.length > 0) {
      return dicts.length === candidates.length ? reasonItIsNoDict(source, dicts[0]!, at, context, depth, maxDepth) : undefined;
    }
    // Object types only (`Sink | string`, `SinkA | SinkB`): the value may be used as any of those it
    // fits, so each meets it as the type alone would (review S48B, F5, F11).
    for (const candidate of candidates.filter((member) => shapeOfType(member, context).kind === "object")) {
      const inner = reasonItIsNoDict(source, candidate, at, context, depth, maxDepth);
      if (inner !== undefined) {
        return inner;
      }
    }
    return undefined;
  }
  if (targetShape.kind === "dict" && (sourceShape.kind === "object" || sourceShape.kind === "error")) {
    const members = source.isUnion() ? source.getUnionTypes().filter((member) => !member.isNull() && !member.isUndefined()) : [source];
    if (members.every((member) => isObjectLiteralType(member))) {
      const hiding = members.flatMap((member) => member.getProperties().map((property) => property.getName())).find((name) => DICT_METHOD_NAMES.has(name));
      return hiding === undefined ? undefined : { reason: `an object literal with methods and a member named \`${hiding}\``, isValue: false };
    }
    return { reason: `a value of type ${source.getText()} (an object with attributes)`, isValue: false };
  }
  if (targetShape.kind === "dict") {
    const members = source.isUnion() ? source.getUnionTypes() : [source];
    const value = members.map((member) => VALUE_NAMES[shapeOfType(member, context).kind]).find((found) => found !== undefined);
    if (value !== undefined) {
      return { reason: `${value} (a value of type ${source.getText()})`, isValue: true };
    }
  }
  if (targetShape.kind === "dict" && sourceShape.kind === "dict") {
    for (const member of sharedMembers(source, target)) {
      const inner = reasonItIsNoDict(member.source, member.target, at, context, depth + 1, maxDepth);
      if (inner !== undefined) {
        return { ...inner, reason: asAMember(inner.reason, member.name) };
      }
    }
    return undefined;
  }
  // The program's generic class or interface: its type arguments meet the target's (review S46C, F9).
  for (const [sourceArgument, targetArgument] of typeArgumentPairs(source, target) ?? []) {
    const inner = reasonItIsNoDict(sourceArgument, targetArgument, at, context, depth + 1, maxDepth);
    if (inner !== undefined) {
      return { ...inner, reason: `${inner.reason} as a type argument of ${target.getText()}` };
    }
  }
  // A function given for a function type: what its callers pass meets its parameters, and its result
  // meets what they read (its result only where it is not written there: its returns meet the type
  // themselves). Another class, or a subclass, given for the program's class or interface: what it
  // holds and gives out, and its methods' parameters (`class S { put(x: { v: number }) }` given for
  // `Sink<Plain>` was given Plain instances and read them as dicts).
  const given = nonNullMembers(source);
  // Of a union (`((p: Plain) => number) | number`), the one member the value fits (review S48A, F2).
  const targets = nonNullMembers(target);
  const expected = targets.length > 1 && given.length === 1 ? targets.filter((member) => given[0]!.isAssignableTo(member)) : targets;
  if (targets.length > 1 && expected.length > 1 && expected.every((member) => shapeOfType(member, context).kind === "object")) {
    // Several object types it fits (`SinkA | SinkB`): it may be used as any of them (review S48B, F11).
    for (const member of expected) {
      const inner = reasonItIsNoDict(source, member, at, context, depth, maxDepth);
      if (inner !== undefined) {
        return inner;
      }
    }
  }
  if (given.length === 1 && expected.length === 1 && given[0] !== expected[0]) {
    const calls = checkedCallFlows(given[0]!, expected[0]!, at, depth);
    const flows =
      calls !== undefined
        ? calls
        : sourceShape.kind === "object" &&
            targetShape.kind === "object" &&
            isTypeDeclaredByProgram(expected[0]!, context) &&
            typeArgumentPairs(source, target) === undefined &&
            !namesAsItsBase(given[0]!, expected[0]!)
          ? memberFlows(given[0]!, expected[0]!, at)
          : [];
    const found = membersInProgress.unlessExplored(given[0]!, expected[0]!, maxDepth - depth, () => {
      for (const flow of flows) {
        const inner = reasonItIsNoDict(flow.from, flow.to, at, context, depth + 1, maxDepth);
        if (inner !== undefined) {
          return { ...inner, reason: atPlace(inner.reason, flow.place), meets: inner.meets ?? flow.to.getText(at), retype: flow.retype ?? inner.retype };
        }
      }
      return undefined;
    });
    if (found !== undefined) {
      return found;
    }
  }
  // Tuples: each element meets the element in its place (review S46A, F8).
  const pairs = tupleElementPairs(source, target);
  if (pairs !== undefined) {
    for (const [sourceElement, targetElement] of pairs) {
      const inner = reasonItIsNoDict(sourceElement, targetElement, at, context, depth + 1, maxDepth);
      if (inner !== undefined) {
        return { ...inner, reason: asAnElement(inner.reason) };
      }
    }
    return undefined;
  }
  const sourceElement = heldType(source);
  const targetElement = heldType(target);
  if (sourceElement !== undefined && targetElement !== undefined) {
    const inner = reasonItIsNoDict(sourceElement, targetElement, at, context, depth + 1, maxDepth);
    return inner === undefined ? undefined : { ...inner, reason: asAnElement(inner.reason) };
  }
  return undefined;
}

/** The expressions that meet a type: initializers, assigned values, arguments, returns, array elements. */
function meetsAType(node: Node): boolean {
  const parent = node.getParent();
  if (parent === undefined || !Node.isExpression(node)) {
    return false;
  }
  if (
    (Node.isVariableDeclaration(parent) || Node.isPropertyDeclaration(parent) || Node.isPropertyAssignment(parent) || Node.isParameterDeclaration(parent)) &&
    parent.getInitializer() === node
  ) {
    return true;
  }
  if (Node.isBinaryExpression(parent)) {
    return (
      parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken &&
      parent.getRight() === node &&
      !Node.isObjectLiteralExpression(parent.getLeft()) &&
      !Node.isArrayLiteralExpression(parent.getLeft())
    );
  }
  if (Node.isCallExpression(parent) || Node.isNewExpression(parent)) {
    return (parent.getArguments() as Node[]).includes(node);
  }
  return (
    Node.isReturnStatement(parent) ||
    (Node.isArrowFunction(parent) && parent.getBody() === node) ||
    Node.isArrayLiteralExpression(parent) ||
    Node.isShorthandPropertyAssignment(node)
  );
}

/** The type an expression meets where it stands. */
function expectedType(node: Node, context: TransformContext): Type | undefined {
  const parent = node.getParent();
  if (parent !== undefined && Node.isBinaryExpression(parent)) {
    return parent.getLeft().getType();
  }
  if (parent !== undefined && (Node.isVariableDeclaration(parent) || Node.isPropertyDeclaration(parent) || Node.isParameterDeclaration(parent))) {
    return parent.getTypeNode() === undefined ? undefined : parent.getType();
  }
  return Node.isExpression(node) ? context.checker.getContextualType(node) : undefined;
}

/** An argument of JavaScript's own functions (`Object.keys`, `JSON.stringify`): their lowering reads objects and dicts alike (or refuses, as CS1017 does). */
function isBuiltinArgument(node: Node, context: TransformContext): boolean {
  const parent = node.getParent();
  if (parent === undefined || !(Node.isCallExpression(parent) || Node.isNewExpression(parent))) {
    return false;
  }
  const declaration = context.checker.getResolvedSignature(parent)?.getDeclaration();
  return declaration !== undefined && context.isStandardLibrary(declaration);
}

/**
 * The type an expression's value flows into, as TypeScript's own assignability check sees it: the
 * contextual type reaches the branches of `?:`, `??`, `||` and `&&`, `yield`ed values, destructuring
 * defaults, callbacks' returns and the arguments of built-in methods (`push`, `Map.set`, `fill`).
 * Wrappers pass it on to their parts, which are looked at themselves.
 */
function contextualTarget(node: Node, context: TransformContext): Type | undefined {
  const parent = node.getParent();
  if (!Node.isExpression(node) || parent === undefined || Node.isParenthesizedExpression(node) || Node.isConditionalExpression(node)) {
    return undefined;
  }
  if (Node.isBinaryExpression(node)) {
    const operator = node.getOperatorToken().getKind();
    if (
      operator === SyntaxKind.AmpersandAmpersandToken ||
      operator === SyntaxKind.BarBarToken ||
      operator === SyntaxKind.QuestionQuestionToken ||
      operator === SyntaxKind.CommaToken
    ) {
      return undefined;
    }
  }
  // `pixel satisfies Point` keeps the value's own type: only where the whole expression flows is looked at.
  if (Node.isSatisfiesExpression(parent) && parent.getExpression() === node) {
    return undefined;
  }
  // A declaration's or member's own name is no value flowing anywhere.
  if (!Node.isShorthandPropertyAssignment(parent) && (parent as { getNameNode?: () => Node | undefined }).getNameNode?.() === node) {
    return undefined;
  }
  // A destructuring pattern's implied type (`{ next: any }`) is no dict: the pattern reads the value's members as they are.
  if (initializesPattern(node, parent)) {
    return undefined;
  }
  if (
    Node.isBinaryExpression(parent) &&
    parent.getRight() === node &&
    (Node.isObjectLiteralExpression(parent.getLeft()) || Node.isArrayLiteralExpression(parent.getLeft()))
  ) {
    return undefined;
  }
  // `(value as Sym).name` with value a `number | string | Sym` picks one kind of a union: a promise
  // the compiled code takes at its word (see the docs' "Type assertions are promises"). An assertion
  // between kinds no value can be both (`pixel as Point`) is still refused.
  if ((Node.isAsExpression(parent) || Node.isTypeAssertion(parent)) && parent.getExpression() === node && picksAMember(node.getType(), parent.getType())) {
    return undefined;
  }
  // Where `a ?? b` or `a || b` flows nowhere typed (`const shown = user ?? "anonymous"`), TypeScript
  // types b by a's type: a hint for inference, not a place b's value goes to. b goes where the whole
  // goes, typed by the whole's own type: `User | "anonymous"` holds the text as it is, where `Point`
  // (what `maybePoint() ?? pixel` is, the class reduced into the data type) is read as a dict.
  const untypedWhole = typeOfUntypedWhole(node, context);
  if (untypedWhole !== undefined) {
    return untypedWhole;
  }
  const target = context.checker.getContextualType(node);
  if (target === undefined) {
    return undefined;
  }
  // JavaScript's own functions take `{}` or `object` (`Object.keys`) and read objects and dicts
  // alike; only a data type the program declared, reached through their type parameters (an
  // array's `push`, a Map's `set`), is a dict they store.
  return isBuiltinArgument(node, context) && !holdsTypeDeclaredByProgram(target, context) ? undefined : target;
}

/** A type the program declared (not `{}` or `object` of the standard library), or an array, Map or union holding one. */
function holdsTypeDeclaredByProgram(type: Type, context: TransformContext, seen: Set<Type> = new Set()): boolean {
  if (seen.has(type)) {
    return false; // a type that holds itself (`type Nest = Nest[]`): its other members decide
  }
  seen.add(type);
  if (type.isUnion()) {
    return type.getUnionTypes().some((member) => holdsTypeDeclaredByProgram(member, context, seen));
  }
  const element = elementType(type);
  if (element !== undefined) {
    return holdsTypeDeclaredByProgram(element, context, seen);
  }
  return isTypeDeclaredByProgram(type, context);
}

/** `Object.assign(data, instance)` copies the instance's keys into a dict: the runtime cannot list an object's attributes as keys. */
function reportAssignOfInstance(node: Node, context: TransformContext, report: (node: Node, reason: NoDict, target: Type) => void): void {
  if (!Node.isCallExpression(node)) {
    return;
  }
  const callee = node.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== "assign" || callee.getExpression().getText() !== "Object") {
    return;
  }
  const [target, ...sources] = node.getArguments();
  if (target === undefined || shapeOfType(target.getType(), context).kind !== "dict") {
    return;
  }
  for (const source of sources) {
    const reason = reasonItIsNoDict(source.getType(), target.getType(), source, context, 0, 0);
    // A string, number, array, Map, Set or function as a source is read by js_object_assign as
    // JavaScript reads it (its indexes, or no keys); only an object's attributes are no keys it can list.
    if (reason !== undefined && !reason.isValue) {
      report(source, reason, target.getType());
    }
  }
}

/** Whether every value of the type is an object literal with methods or accessors (a JsObject, read by attribute). */
function isLiteralWithAttributes(type: Type, context: TransformContext): boolean {
  const members = type.isUnion() ? type.getUnionTypes().filter((member) => !member.isNull() && !member.isUndefined()) : [type];
  return members.length > 0 && members.every((member) => isObjectLiteralType(member) && shapeOfType(member, context).kind === "object");
}

/**
 * Whether a generic function spreads a value of the type parameter into an object literal (a dict,
 * where the parameter's constraint has only data) and gives back a type made with the parameter:
 * the caller reads the copy as its argument's type.
 */
function copiesAsData(declaration: Node, typeParameter: Type): boolean {
  const involves = (type: Type, depth = 0): boolean =>
    depth < 6 &&
    (type.compilerType === typeParameter.compilerType ||
      [...(type.isUnion() ? type.getUnionTypes() : []), ...(type.isIntersection() ? type.getIntersectionTypes() : []), ...type.getTypeArguments()].some(
        (part) => involves(part, depth + 1),
      ));
  const returned = Node.isFunctionLikeDeclaration(declaration) ? declaration.getReturnType() : undefined;
  return (
    returned !== undefined &&
    involves(returned) &&
    declaration.getDescendantsOfKind(SyntaxKind.SpreadAssignment).some((spread) => involves(spread.getExpression().getType()))
  );
}

/**
 * A generic function's body reads a value of a type parameter constrained by a data-only type as a
 * dict (`x.name` is `x["name"]`); the call instantiates the parameter with the argument's own type,
 * so the instantiated signature no longer shows the dict: look at the declared parameter types.
 */
function reportInstanceForGenericData(
  node: Node,
  context: TransformContext,
  reported: Set<Node>,
  afterwards: ((holdingReports: ReadonlySet<Node>) => void)[],
): void {
  if (!Node.isCallExpression(node) && !Node.isNewExpression(node)) {
    return;
  }
  const declaration = context.checker.getResolvedSignature(node)?.getDeclaration();
  if (declaration === undefined || context.isStandardLibrary(declaration) || !Node.isParametered(declaration)) {
    return;
  }
  const parameters = declaration.getParameters();
  // The call's own type parameters (a method's `map<U>` in a member's type is none of them: review S46C, F13).
  const ownTypeParameters = new Set(callTypeParameters(declaration).map((typeParameter) => typeParameter.getType().compilerType));
  // Type arguments written out (`nested<Dflt>([[{ v: 5 }]])`) type the values where they stand: an
  // object literal there is built as an object, and any other value meets the written type where
  // it stands (the contextual checks below). Only inferred type arguments take the values' own types.
  const inferred = node.getTypeArguments().length === 0;
  (node.getArguments() as Node[]).forEach((argument, index) => {
    const parameter = parameters[Math.min(index, parameters.length - 1)];
    if (parameter === undefined || reported.has(argument) || !inferred) {
      return;
    }
    let declared = parameter.getType();
    if (parameter.isRestParameter()) {
      declared = elementType(declared) ?? declared;
    }
    // Each place the declared type holds a type parameter, with what the argument holds there:
    // `xs: T[]` given a `Dflt[]` meets T with its elements (review S45U, K8), a tuple's elements
    // each (S45V, L8), and `T[][]`, `[T, T]`, `T[] | T` and `{ item: T }` at their depth (S45V, L5).
    for (const { typeParameter, given } of typeParameterPlaces(declared, argument.getType(), ownTypeParameters, 0, argument, {
      into: true,
      place: "",
      deep: false,
    }).filter((found) => found.into)) {
      const constraint = typeParameter.getConstraint();
      const reason = reasonItIsNoDict(given, typeParameter, argument, context, 0);
      if (reason !== undefined && constraint !== undefined) {
        reported.add(argument);
        context.report(
          reason.isValue
            ? valueAsData(argument, reason.reason, constraint.getText(argument))
            : instanceAsGenericData(argument, reason.reason, typeParameter.getText(argument), constraint.getText(argument)),
        );
        return;
      }
      if (constraint !== undefined && isLiteralWithAttributes(given, context) && copiesAsData(declaration, typeParameter)) {
        // `clone<T extends { a: number }>(x: T): T { return { ...x }; }` given an object literal with
        // methods or accessors: the copy is a dict, which the caller reads as the literal's type, by
        // attribute (review S59C, E).
        reported.add(argument);
        context.report(
          instanceAsGenericData(
            argument,
            `an object literal with methods or accessors (a value of type ${given.getText(argument)}), which the function copies by a spread into a value of ${typeParameter.getText(argument)} that it gives back,`,
            typeParameter.getText(argument),
            constraint.getText(argument),
          ),
        );
        return;
      }
      reportNoObjectForTypeParameter(argument, given, constraint, context, reported);
      if (reported.has(argument)) {
        return;
      }
    }
  });
  if (inferred) {
    // After the whole file's other checks: a refusal they make inside the call (an argument given
    // where the literal's type is expected) is the one to keep (review S46C, F7).
    afterwards.push((holdingReports) => {
      if (!holdingReports.has(node)) {
        reportInferredTypeArguments(node, declaration, context, reported);
      }
    });
  }
  reportTypeArguments(node.getTypeArguments(), Node.isTypeParametered(declaration) ? declaration.getTypeParameters() : [], context, reported);
}

/**
 * `nested<Dflt>`: the call written with its type argument, where the constraint names none of the
 * call's own type parameters (`Ranked<T>` for `T extends Ranked<T>` cannot be written at the call:
 * review S46C, F14), or undefined.
 */
function typeArgumentAdvice(node: CallExpression | NewExpression, constraint: string, typeParameters: TypeParameterDeclaration[]): string | undefined {
  const mentionsOwn = typeParameters.some((typeParameter) => new RegExp(`\\b${typeParameter.getName()}\\b`).test(constraint));
  const callee = node.getExpression().getText();
  return mentionsOwn || typeParameters.length !== 1 ? undefined : `${Node.isNewExpression(node) ? "new " : ""}${callee}<${constraint}>`;
}

/**
 * What TypeScript inferred for each type parameter of a call, against the parameter's constraint:
 * the values given for T are what T was inferred as, wherever the declared types hold T (a
 * Record's values, an intersection, a callback's result, a rest tuple, an Iterable, at any depth:
 * review S46A, F1–F3, F6, F9). `nested([[{ v: 5 }]])` infers T as `{ v: number }`, a dict, where
 * the body reads Dflt's attributes; a T inferred as a class instance where the constraint is data
 * is read as a dict.
 */
function reportInferredTypeArguments(node: CallExpression | NewExpression, declaration: Node, context: TransformContext, reported: Set<Node>): void {
  const typeParameters = callTypeParameters(declaration);
  if (typeParameters.length === 0 || reported.has(node)) {
    return;
  }
  const typeArguments = inferredTypeArguments(node, context);
  if (typeArguments === undefined) {
    return;
  }
  typeParameters.forEach((typeParameter, index) => {
    const constraint = typeParameter.getConstraint()?.getType();
    const inferred = typeArguments[index];
    if (constraint === undefined || inferred === undefined || reported.has(node)) {
      return;
    }
    const data = reasonItIsNoDict(inferred, constraint, node, context, 0);
    const object =
      data === undefined && constraint.getProperties().some((property) => property.getName() !== "toString")
        ? reasonItIsNoObject(inferred, constraint, node, context, 0)
        : undefined;
    if (data !== undefined || object !== undefined) {
      reported.add(node);
      const what = data?.reason ?? object?.reason ?? "";
      context.report(
        data === undefined
          ? dictAsGenericObject(
              node,
              what,
              typeParameter.getName(),
              constraint.getText(node),
              typeArgumentAdvice(node, constraint.getText(node), typeParameters),
            )
          : data.isValue
            ? valueAsData(node, what, constraint.getText(node))
            : instanceAsGenericData(node, what, typeParameter.getName(), constraint.getText(node)),
      );
    }
  });
}

/** `Box<Pixel>` where `Box<T extends { x: number }>`: the declaration reads its T values as dicts. */
function reportTypeArguments(typeArguments: Node[], typeParameters: TypeParameterDeclaration[], context: TransformContext, reported: Set<Node>): void {
  typeArguments.forEach((typeArgument, index) => {
    const typeParameter = typeParameters[index];
    const constraint = typeParameter?.getConstraint()?.getType();
    if (typeParameter === undefined || constraint === undefined || reported.has(typeArgument)) {
      return;
    }
    const reason = reasonItIsNoDict(typeArgument.getType(), constraint, typeArgument, context, 0);
    if (reason !== undefined) {
      reported.add(typeArgument);
      context.report(
        reason.isValue
          ? valueAsData(typeArgument, reason.reason, constraint.getText(typeArgument))
          : instanceAsGenericData(typeArgument, reason.reason, typeParameter.getName(), constraint.getText(typeArgument)),
      );
      return;
    }
    reportNoObjectForTypeParameter(typeArgument, typeArgument.getType(), constraint, context, reported);
  });
}

/**
 * CS1051 for a type parameter: `up<T extends { toUpperCase(): string }>` given a string. The generic
 * body calls the constraint's methods as a Python object's (`x.to_upper_case()`), which a string,
 * a number, a list or a dict has not. `toString()` alone is no such method: it compiles to String(x).
 */
function reportNoObjectForTypeParameter(node: Node, given: Type, constraint: Type | undefined, context: TransformContext, reported: Set<Node>): void {
  if (constraint === undefined || reported.has(node)) {
    return;
  }
  const methods = constraint.getProperties().filter((property) => property.getName() !== "toString");
  if (methods.length === 0) {
    return;
  }
  const reason = reasonItIsNoObject(given, constraint, node, context, 0);
  if (reason !== undefined) {
    reported.add(node);
    context.report(dictAsObject(node, reason.reason, constraint.getText(node), reason.retype));
  }
}

/** `Object.keys(pixel)`: the runtime lists a dict's keys or an object literal's, not a class instance's attributes. */
function reportKeysOfInstance(node: Node, context: TransformContext, reported: Set<Node>): void {
  if (!Node.isCallExpression(node)) {
    return;
  }
  const callee = node.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.getExpression().getText() !== "Object" || !["keys", "values", "entries"].includes(callee.getName())) {
    return;
  }
  const [argument] = node.getArguments();
  if (argument === undefined || reported.has(argument)) {
    return;
  }
  const type = argument.getType();
  const members = type.isUnion() ? type.getUnionTypes().filter((member) => !member.isNull() && !member.isUndefined()) : [type];
  const isInstance = (member: Type): boolean =>
    shapeOfType(member, context).kind !== "dict" &&
    (member.isClass() ||
      (member.getSymbol()?.getDeclarations() ?? []).some((declaration) => Node.isClassDeclaration(declaration)) ||
      // The library's Error (and TypeError…) and RegExp are Python objects too: an `Error`'s message
      // and stack are no own enumerable keys in JavaScript, where the runtime would iterate the object.
      shapeOfType(member, context).kind === "error" ||
      libraryTypeName(member, context) === "RegExp");
  if (members.length > 0 && members.some(isInstance)) {
    reported.add(argument);
    context.report(keysOfInstance(argument, callee.getName(), type.getText(argument), undefined));
    return;
  }
  // An interface with methods or accessors (a Python object, an object literal's or a class's), and
  // `object` or an unconstrained type parameter, may hold a class instance the runtime cannot list:
  // where one of the program's classes has the members the type requires.
  for (const member of members) {
    // An object literal's own type, or what Object.assign makes of literals (`A & B`), is the literal's.
    const isLiteral = member.isIntersection() ? member.getIntersectionTypes().every(isObjectLiteralType) : isObjectLiteralType(member);
    const shape = shapeOfType(member, context).kind;
    const mayHoldObjects =
      ((shape === "unknown" || shape === "dict") && mayHideInstance(member)) || (shape === "object" && !isLiteral && !member.isAny() && !member.isUnknown());
    const className = mayHoldObjects ? programClassItMayBe(member, argument) : undefined;
    if (className !== undefined) {
      reported.add(argument);
      context.report(keysOfInstance(argument, callee.getName(), type.getText(argument), className));
      return;
    }
  }
}

/**
 * `?:`, `&&`, `||` and `??` pass the type they meet on to their operands, which are looked at
 * themselves: an object literal there is built as an object (`(flag && { v: 2 }) || "y"` where
 * `Plain | string` is expected), a dict variable there is refused where it stands.
 */
function passesTypeOn(node: Node): boolean {
  if (Node.isConditionalExpression(node)) {
    return true;
  }
  if (!Node.isBinaryExpression(node)) {
    return false;
  }
  const operator = node.getOperatorToken().getKind();
  return operator === SyntaxKind.AmpersandAmpersandToken || operator === SyntaxKind.BarBarToken || operator === SyntaxKind.QuestionQuestionToken;
}

/** CS1051: a plain object, a primitive or an array where a type with methods (a Python object) is expected. */
function reportNoObject(node: Node, isLiteral: boolean, contextual: Type | undefined, context: TransformContext, reported: Set<Node>): void {
  if (reported.has(node) || !Node.isExpression(node)) {
    return;
  }
  // A property's name (`make` in `{ make: () => ({ … }) }`) is no value: the value written after it
  // meets the type itself, where an arrow's returned literal is built for it (review S48B, F7: the
  // name, typed as the arrow, was held to the arrow's own inferred result).
  const owner = node.getParent();
  if (owner !== undefined && Node.isPropertyAssignment(owner) && owner.getNameNode() === node) {
    return;
  }
  // A spread's source (`const s: Plain = { ...base }`) is copied into the object the literal builds,
  // member by member: it is no value given where the type is expected, but each of its members
  // meets the member of that type (`inner: Plain` given a dict: review S46C, F10).
  const spread = node.getParent();
  if (Node.isSpreadAssignment(spread)) {
    const literal = spread.getParent();
    const target = Node.isObjectLiteralExpression(literal) ? context.checker.getContextualType(literal) : undefined;
    const members = target === undefined ? [] : nonNullMembers(target).filter((member) => literal.getType().isAssignableTo(member));
    // A member a later one of the literal replaces (`{ ...base, inner: new Plain() }`) is not kept (review S46D, F4).
    const properties = Node.isObjectLiteralExpression(literal) ? literal.getProperties() : [];
    const replaced = new Set(
      properties.slice(properties.indexOf(spread) + 1).flatMap((later) =>
        Node.isShorthandPropertyAssignment(later)
          ? [later.getName()]
          : Node.isPropertyAssignment(later) || Node.isMethodDeclaration(later) || Node.isGetAccessorDeclaration(later)
            ? [propertyKey(later.getNameNode()) ?? later.getName()] // `"inner": …` is the key inner (review S46E, F5)
            : [],
      ),
    );
    for (const member of members.length === 1 ? members : []) {
      for (const shared of sharedMembers(node.getType(), member).filter((kept) => kept.name === undefined || !replaced.has(kept.name))) {
        const reason = reasonItIsNoObject(shared.source, shared.target, node, context, 0);
        if (reason !== undefined) {
          reported.add(node);
          context.report(dictAsObject(node, asAMember(reason.reason, shared.name), member.getText(node), reason.retype));
          return;
        }
      }
    }
    return;
  }
  // An object literal written where an object type is expected is built as an object; where an Error
  // is expected, it is still no exception.
  let inner = insideParentheses(node);
  while (Node.isSatisfiesExpression(inner)) {
    inner = insideParentheses(inner.getExpression()); // `{ … } satisfies Rule`: the literal is written there too
  }
  const literal = Node.isObjectLiteralExpression(inner);
  // A `?:` passes the type it meets on to its branches, which are looked at themselves: an object
  // literal there is built as an object (`const g: Greeter = ok ? { m } : { m: other }`).
  const written = meetsAType(node) && !isBuiltinArgument(node, context) && !passesTypeOn(insideParentheses(node)) ? expectedType(node, context) : undefined;
  // A function given to a built-in (`shapes.map(describe)`): the values it will be called with meet its parameters.
  // The contextual type first: most expressions have none, and their own type (a fresh check of the
  // expression each time it is asked for) is then not needed.
  const calledWith = contextual === undefined ? context.checker.getContextualType(node) : undefined;
  const callback = calledWith !== undefined && node.getType().getCallSignatures().length > 0 ? calledWith : undefined;
  for (const target of [written, contextual, callback]) {
    const expectsError = target !== undefined && isErrorType(target, context);
    if (literal && !expectsError) {
      continue;
    }
    const reason = target === undefined ? undefined : reasonItIsNoObject(node.getType(), target, node, context, 0, isLiteral ? 0 : 3);
    if (target !== undefined && reason !== undefined) {
      reported.add(node);
      const retype = reason.retype ?? (target === callback ? undefined : literalVariableRetype(inner, target));
      context.report(
        expectsError ? noErrorAsError(node, reason.reason, target.getText(node)) : dictAsObject(node, reason.reason, target.getText(node), retype),
      );
      return;
    }
  }
}

/**
 * A variable declared without a type and holding an object literal (`const raw = { name:
 * "x", area: () => 2 }`), given where an object type is expected: declared with that type, its
 * literal is built as an object (the general advice, to write the literal where the type is
 * expected, reads as if the variable were the mistake).
 */
function literalVariableRetype(node: Node, target: Type): Retyping | undefined {
  if (!Node.isIdentifier(node)) {
    return undefined;
  }
  const declaration = node.getSymbol()?.getValueDeclaration();
  if (declaration === undefined || !Node.isVariableDeclaration(declaration) || declaration.getTypeNode() !== undefined) {
    return undefined;
  }
  const initializer = declaration.getInitializer();
  const value = initializer === undefined ? undefined : insideParentheses(initializer);
  const type = typeForAdvice(target, node);
  if (value === undefined || type === undefined || !Node.isObjectLiteralExpression(value)) {
    return undefined;
  }
  // A member the type does not name would be refused there by TypeScript's excess property check.
  const members = nonNullMembers(target);
  if (
    !value
      .getType()
      .getProperties()
      .every((property) => members.some((member) => member.getProperty(property.getName()) !== undefined))
  ) {
    return undefined;
  }
  const name = declaration.getName();
  return {
    declaration: `\`${name}\``,
    type,
    advice: `declare \`${name}\` with the type (\`${declaration.getVariableStatement()?.getDeclarationKind() ?? "const"} ${name}: ${type} = { … }\`), where its literal is built as an object`,
  };
}

/**
 * A class that extends or implements one of the program's types gives its members for that type's
 * wherever the base's own methods reach them through `this`, not only where an instance is given
 * for the base: `override make(): { v: number }` read by the base's `this.make().v`, `override
 * take(x: { v: number })` called by the base with an instance (review S47A, F10). The class meets
 * each type it names, as a value would (both directions), reported at the name.
 */
function reportOverridesOfBase(node: Node, context: TransformContext, reported: Set<Node>): void {
  const clause = node.getParent();
  if (!Node.isExpressionWithTypeArguments(node) || clause === undefined || !Node.isHeritageClause(clause) || reported.has(node)) {
    return;
  }
  const owner = clause.getParent();
  if (!Node.isClassDeclaration(owner) && !Node.isClassExpression(owner)) {
    return;
  }
  const own = owner.getType();
  const base = node.getType();
  // A class implementing a data type is refused where it says so (CS1014).
  if (!isTypeDeclaredByProgram(base, context) || shapeOfType(base, context).kind !== "object") {
    return;
  }
  const className = owner.getName() ?? "the class";
  // Its members themselves: a value of the class given for the base is not looked at again (namesAsItsBase).
  for (const flow of membersInProgress.unlessInProgress(own, base, () => memberFlows(own, base, node)) ?? []) {
    const mismatch = eitherMismatch(flow.from, flow.to, node, context, 1, 3);
    if (mismatch !== undefined) {
      reported.add(node);
      context.report(memberAgainstItsBase(node, mismatch.code, `${mismatch.reason} ${flow.place}`, className, base.getText(node)));
      return;
    }
  }
}

/**
 * A function's, method's or constructor's overloads against its implementation (review S48A, F5):
 * a caller passes what an overload declares and the body reads it as the implementation declares
 * (`rd(x: Plain)` over `rd(x: { v: number } | string)` read the instance by keys); the body returns
 * what the implementation declares and the caller reads it as the overload declares (`mk(x:
 * string): Plain` over a body returning `Plain | { v: number }`). Each member of the
 * implementation's result meets the overloads' results it fits. Reported at the overload.
 */
/** Either direction of the mismatch at once: an instance where a dict is read (CS1037), else a dict where an instance is (CS1051). */
function eitherMismatch(
  from: Type,
  to: Type,
  node: Node,
  context: TransformContext,
  depth: number,
  maxDepth?: number,
): { code: "CS1037" | "CS1051"; reason: string } | undefined {
  const data = reasonItIsNoDict(from, to, node, context, depth, maxDepth);
  if (data !== undefined) {
    return { code: "CS1037", reason: data.reason };
  }
  const object = reasonItIsNoObject(from, to, node, context, depth, maxDepth);
  return object === undefined ? undefined : { code: "CS1051", reason: object.reason };
}

function reportOverloadsAgainstImplementation(node: Node, context: TransformContext, reported: Set<Node>): void {
  if (!(Node.isFunctionDeclaration(node) || Node.isMethodDeclaration(node) || Node.isConstructorDeclaration(node)) || node.isImplementation()) {
    return;
  }
  const implementation = node.getImplementation();
  if (implementation === undefined || reported.has(node)) {
    return;
  }
  const overload = node.getSignature();
  const implemented = implementation.getSignature();
  const name = Node.isConstructorDeclaration(node) ? "the constructor" : `\`${node.getName() ?? "the function"}\``;
  const report = (code: "CS1037" | "CS1051", what: string, side: string): void => {
    reported.add(node);
    context.report(overloadAgainstImplementation(node, code, what, name, side));
  };
  // What a call matching the overload passes, place by place (a rest parameter takes each argument
  // from its place on: review S48B, F2), meets what the implementation reads there; a type parameter
  // of the implementation's is read as its constraint says (F4).
  const passed = parameterFlows(implemented.getParameters(), overload.getParameters(), node);
  for (const flow of passed) {
    const to = flow.to.isTypeParameter() ? (flow.to.getConstraint() ?? flow.to) : flow.to;
    const mismatch = eitherMismatch(flow.from, to, node, context, 0);
    if (mismatch !== undefined) {
      report(mismatch.code, mismatch.reason, `its ${flow.parameter ?? "parameter"}`);
      return;
    }
  }
  // A generic implementation (`keep<T>(x: T): T` behind `keep(x: Data): Plain`) gives back what a
  // call passes it, where the overload promises another kind of value.
  for (const flow of typeParameterFlows(implemented, overload, passed, node)) {
    const mismatch = eitherMismatch(flow.from, flow.to, node, context, 0);
    if (mismatch !== undefined) {
      const isResult = flow.place.startsWith("as its result");
      report(
        mismatch.code,
        isResult ? `${mismatch.reason}${flow.place.slice("as its result".length)}` : `${mismatch.reason} ${flow.place}`,
        isResult ? "its result" : `its type parameter \`${flow.typeParameter ?? ""}\``,
      );
      return;
    }
  }
  if (Node.isConstructorDeclaration(node)) {
    return;
  }
  const results = overloadResults(node);
  const promised = overload.getReturnType();
  for (const member of nonNullMembers(implemented.getReturnType())) {
    // Met where this overload's result is one the member fits; reported where no result it fits
    // can hold it as it is (review S48B, F3: a Plain fitting both \`Data | undefined\` and \`Data\`).
    const fitting = results.filter((result) => member.isAssignableTo(result));
    if (!fitting.some((result) => result.compilerType === promised.compilerType)) {
      continue;
    }
    // Each fitting result met once; the promised one is among them, and its mismatch is the one reported.
    const mismatches = fitting.map((result) => ({ result, mismatch: eitherMismatch(member, result, node, context, 0) }));
    const promisedMismatch = mismatches.find((found) => found.result.compilerType === promised.compilerType)?.mismatch;
    if (promisedMismatch !== undefined && mismatches.every((found) => found.mismatch !== undefined)) {
      report(promisedMismatch.code, promisedMismatch.reason, "its result");
      return;
    }
  }
}

/** The results the overloads of a function or method declare, each type once. */
function overloadResults(node: FunctionDeclaration | MethodDeclaration): Type[] {
  const results = node.getOverloads().map((overload) => overload.getSignature().getReturnType());
  return results.filter((result, index) => results.findIndex((other) => other.compilerType === result.compilerType) === index);
}

export function reportObjectsAsData(sourceFile: SourceFile, context: TransformContext): void {
  const reported = new Set<Node>();
  const afterwards: ((holdingReports: ReadonlySet<Node>) => void)[] = [];
  const report = (node: Node, reason: NoDict, target: Type): void => {
    if (!reported.has(node)) {
      reported.add(node);
      const typeText = target.getText(node);
      context.report(
        reason.isValue
          ? valueAsData(node, reason.reason, typeText, reason.meets, reason.retype)
          : objectAsData(node, reason.reason, typeText, reason.meets, reason.retype),
      );
    }
  };
  nodesOfFile(sourceFile).forEach((node) => {
    if (Node.isTypeReference(node) || Node.isExpressionWithTypeArguments(node)) {
      const name = Node.isTypeReference(node) ? node.getTypeName() : node.getExpression();
      const symbol = name.getSymbol();
      const declaration = (symbol?.isAlias() === true ? symbol.getAliasedSymbol() : symbol)?.getDeclarations()[0];
      if (declaration !== undefined && !context.isStandardLibrary(declaration) && Node.isTypeParametered(declaration)) {
        reportTypeArguments(node.getTypeArguments(), declaration.getTypeParameters(), context, reported);
      }
    }
    reportOverridesOfBase(node, context, reported);
    reportOverloadsAgainstImplementation(node, context, reported);
    reportInstanceForGenericData(node, context, reported, afterwards);
    reportKeysOfInstance(node, context, reported);
    reportAssignOfInstance(node, context, report);
    // A literal's own members and elements meet their types themselves: looked at there, once.
    const isLiteral = Node.isObjectLiteralExpression(node) || Node.isArrayLiteralExpression(node);
    if (meetsAType(node) && !isBuiltinArgument(node, context)) {
      const target = expectedType(node, context);
      const reason = target === undefined ? undefined : reasonItIsNoDict(node.getType(), target, node, context, 0, isLiteral ? 0 : 4);
      if (target !== undefined && reason !== undefined) {
        report(node, reason, target);
        return;
      }
    }
    const target = contextualTarget(node, context);
    const reason = target === undefined ? undefined : reasonItIsNoDict(node.getType(), target, node, context, 0, isLiteral ? 0 : 4);
    if (target !== undefined && reason !== undefined) {
      report(node, reason, target);
      return;
    }
    reportNoObject(node, isLiteral, target, context, reported);
  });
  // The nodes the other checks reported and every node around them, found once (a test of every
  // report against every call was quadratic in a long file).
  const holdingReports = new Set<Node>();
  for (const done of reported) {
    for (let around: Node | undefined = done; around !== undefined && !holdingReports.has(around); around = around.getParent()) {
      holdingReports.add(around);
    }
  }
  afterwards.forEach((check) => check(holdingReports));
}
