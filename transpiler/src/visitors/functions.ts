/** Functions, methods and arrow functions: parameters with defaults and rest, closures with `nonlocal`. */
import { nonNullMembers } from "../utils/type-parts";
import { callsItsCallbackWhileRunning } from "../builtins/callbacks";
import {
  ArrowFunction,
  FunctionDeclaration,
  FunctionExpression,
  MethodDeclaration,
  Node,
  ParameterDeclaration,
  SyntaxKind,
  ConstructorDeclaration,
  GetAccessorDeclaration,
  SetAccessorDeclaration,
  Signature,
  ts,
  Type,
} from "ts-morph";
import type { TransformContext } from "../context";
import { asynchronousCode, defaultOfNullOrUndefined, unsupportedConstruct, unsupportedSyntax } from "../diagnostics";
import type * as py from "../python/ast";
import { assign, call, compare, constant, ifStatement, name } from "../python/build";
import { annotationForType, annotationForTypeNode } from "../utils/annotations";
import { isAssignedAt, variableAt } from "../utils/assignments";
import { docstringOf } from "../utils/comments";
import { nameForDeclaration } from "../utils/names";
import { opensPythonScope } from "../utils/python-scopes";
import { transformBody } from "../utils/body";
import { explicitFallOff } from "../utils/fall-off";
import { checkGeneratorFunction, isGeneratorFunction } from "./generators";
import { transformDestructuring } from "../utils/destructuring";
import { withExtraArguments } from "../utils/extra-arguments";
import { assignedAfterClosure, mayChangeAfterClosure } from "./loop-capture-order";
import { isNullOrUndefinedLiteral, noneMeaning } from "../utils/none-meaning";
import { isPolymorphicThis } from "../utils/this-type";
import { isForEachCallback, isWriteOfMember } from "../utils/discarded-results";

export type FunctionLike =
  FunctionDeclaration | FunctionExpression | ArrowFunction | MethodDeclaration | ConstructorDeclaration | GetAccessorDeclaration | SetAccessorDeclaration;

/**
 * `Optional[T]`: the parameter may be given None (undefined) whatever its default. `Any` already
 * admits None, and stays `Any`: type checkers read `Optional[Any]` as "maybe None" and flag every
 * use of a parameter typed by a type parameter (`set item(x: T)`, `emit(value: T)`).
 */
function optional(annotation: py.Expression | undefined, context: TransformContext): py.Expression | undefined {
  if (
    annotation === undefined ||
    (annotation.kind === "Name" && annotation.id === "Any") ||
    (annotation.kind === "Subscript" && annotation.value.kind === "Name" && annotation.value.id === "Optional")
  ) {
    return annotation;
  }
  return { kind: "Subscript", value: context.useTyping("Optional"), index: annotation };
}

function isNoneDefault(expression: py.Expression): boolean {
  return expression.kind === "Constant" && expression.value === null;
}

function isSimpleDefault(expression: py.Expression): boolean {
  return expression.kind === "Constant" || (expression.kind === "Unary" && expression.operand.kind === "Constant");
}

interface TransformedParameters {
  parameters: py.Parameter[];
  /** Defaults that are not constants are applied in the body (Python evaluates defaults once). */
  prelude: py.Statement[];
}

export function transformParameters(declarations: ParameterDeclaration[], context: TransformContext): TransformedParameters {
  const parameters: py.Parameter[] = [];
  const prelude: py.Statement[] = [];
  for (const declaration of declarations) {
    const nameNode = declaration.getNameNode();
    if (!Node.isIdentifier(nameNode)) {
      parameters.push(destructuredParameter(declaration, prelude, context));
      continue;
    }
    if (nameNode.getText() === "this") {
      continue;
    }
    const pythonName = nameForDeclaration(declaration, nameNode.getText(), context);
    context.functionScopes[context.functionScopes.length - 1]?.declared.add(pythonName);
    const typeNode = declaration.getTypeNode();
    let annotation = typeNode === undefined ? inferredAnnotation(declaration, context) : annotationForTypeNode(typeNode, context);
    if (declaration.isRestParameter()) {
      // Unannotated: it is rebound to a list just below, which a tuple annotation would forbid.
      parameters.push({ name: pythonName, rest: true });
      // JavaScript's rest parameter is an array; Python's is a tuple.
      prelude.push(assign(name(pythonName), call(name("list"), [name(pythonName)])));
      continue;
    }
    const initializer = declaration.getInitializer();
    if (initializer !== undefined) {
      checkDefaultIsExact(declaration, context);
      // What the default lifts (an arrow with statements) must see `self` and the earlier
      // parameters, and run only when the default does: it goes inside the `if … is None`.
      const { result: value, preceding } = context.collectPrecedingStatements(() => context.transformExpression(initializer));
      if (preceding.length === 0 && isSimpleDefault(value)) {
        if (!isNoneDefault(value)) {
          annotation = optional(annotation, context);
        }
        parameters.push({ name: pythonName, annotation, defaultValue: value });
        if (!isNoneDefault(value)) {
          // An explicit undefined argument (`f(undefined)`, `f(maybe)`) gets the default too.
          prelude.push(ifStatement(compare("is", name(pythonName), constant(null)), [assign(name(pythonName), value)]));
        }
      } else {
        annotation = optional(annotation, context);
        parameters.push({ name: pythonName, annotation, defaultValue: constant(null) });
        prelude.push(ifStatement(compare("is", name(pythonName), constant(null)), [...preceding, assign(name(pythonName), value)]));
      }
    } else if (declaration.hasQuestionToken() || admitsUndefined(declaration) || isUnknownLeftOut(declaration, context)) {
      annotation = optional(annotation, context);
      parameters.push({ name: pythonName, annotation, defaultValue: constant(null) });
    } else if (standsForRest(declaration, context)) {
      // Typed as the rest's element (`string`), it may be left out (undefined): the compiled code
      // would take its None for a string in templates, `+` and String() (review 19).
      const method = declaration.getParent();
      const written = Node.isMethodDeclaration(method) ? `${method.getName()}(${nameNode.getText()}?) { … }` : `(${nameNode.getText()}?) => …`;
      const rest = Node.isMethodDeclaration(method) ? `${method.getName()}(...parts) { … }` : "(...parts) => …";
      context.report(
        unsupportedConstruct(
          declaration,
          `${Node.isMethodDeclaration(method) ? "an object literal method's" : "a callback's"} parameter \`${nameNode.getText()}\` that stands for a rest parameter, typed as its element although a call may leave it out (undefined)`,
          `write it optional, \`${written}\`, or take the rest itself, \`${rest}\``,
        ),
      );
      parameters.push({ name: pythonName, annotation });
    } else {
      parameters.push({ name: pythonName, annotation });
    }
  }
  return { parameters: withoutDefaultsBeforeRequired(parameters), prelude };
}

/**
 * A parameter a caller may leave out although it has no `?`: JavaScript passes undefined, where
 * Python raises TypeError for a missing argument. TypeScript lets a function whose parameter admits
 * undefined (`reason: string | undefined`, also a callback's parameter typed by an optional one,
 * `(user, reason) => …` given for `(user: string, reason?: string) => void`) stand for one whose
 * parameter is optional.
 */
function admitsUndefined(declaration: ParameterDeclaration): boolean {
  const type = declaration.getType();
  // `void` too (a trailing parameter of type void may be left out: `new Signal<void>().emit()`),
  // and a type parameter that may be instantiated with it (`emit(value: T)`).
  const mayBeLeftOut = (member: Type): boolean =>
    member.isUndefined() ||
    (member.getFlags() & ts.TypeFlags.Void) !== 0 ||
    (member.isTypeParameter() && !isPolymorphicThis(member) && noneMeaning(member).undefined);
  return type.isUnion() ? type.getUnionTypes().some(mayBeLeftOut) : mayBeLeftOut(type);
}

/**
 * A callback's parameter typed by the context as `unknown` or `any` (which admit undefined, with no
 * union that says so) where a call may leave it out: it stands for an optional parameter
 * (`(user, reason) => …` given for `(user: string, reason?: unknown) => void`) or for a rest
 * (`(first) => …` given for `(...args: unknown[]) => void`).
 */
function isUnknownLeftOut(declaration: ParameterDeclaration, context: TransformContext): boolean {
  const type = declaration.getType();
  if (declaration.getTypeNode() !== undefined || !(type.isUnknown() || type.isAny())) {
    return false;
  }
  const owner = declaration.getParent();
  const index = Node.isParametered(owner) ? owner.getParameters().indexOf(declaration) : -1;
  const optionalThere = contextualSignatures(owner, context).some((signature) =>
    (signature.getParameters()[index]?.getDeclarations() ?? []).some(
      (node) => (Node.isParameterDeclaration(node) && node.isOptional()) || (Node.isNamedTupleMember(node) && node.hasQuestionToken()),
    ),
  );
  return optionalThere || standsForRest(declaration, context);
}

/**
 * A callback's parameter that stands for the program's rest parameter (`(first, second) => …` given
 * for `(...parts: string[]) => string`), which a call may leave out. The standard library's
 * callbacks (a replacer's `(match, ...groups)`) are always given every argument.
 */
function standsForRest(declaration: ParameterDeclaration, context: TransformContext): boolean {
  const owner = declaration.getParent();
  const index = Node.isParametered(owner) ? owner.getParameters().indexOf(declaration) : -1;
  return contextualSignatures(owner, context).some((signature) => {
    const declared = signature.getDeclaration();
    if (context.isStandardLibrary(declared)) {
      return false;
    }
    const parameters = signature.getParameters();
    for (let position = 0; position < parameters.length; position++) {
      const rest = parameters[position]!.getDeclarations().find((node) => Node.isParameterDeclaration(node) && node.isRestParameter());
      if (rest !== undefined) {
        // The rest's type at this call (`[a: number, b: number]` where the declaration says `A`, a
        // type parameter that the callback itself fills in): a rest still typed by a type
        // parameter has as many elements as the callback has parameters.
        const restType = parameters[position]!.getTypeAtLocation(owner);
        return !restType.isTypeParameter() && index >= position + leadingTupleElements(restType);
      }
    }
    return false;
  });
}

/**
 * The signatures a function written in place is given for: an arrow's or a function expression's
 * contextual type, or the member type an object literal's method fills in (`{ format(a, b) { … } }`
 * for an interface's `format(...parts: string[])`). None for a declaration, which nothing types.
 */
function contextualSignatures(owner: Node, context: TransformContext): Signature[] {
  if (Node.isArrowFunction(owner) || Node.isFunctionExpression(owner)) {
    return context.checker.getContextualType(owner)?.getCallSignatures() ?? [];
  }
  const literal = owner.getParent();
  if (Node.isMethodDeclaration(owner) && literal !== undefined && Node.isObjectLiteralExpression(literal)) {
    const member = context.checker.getContextualType(literal)?.getProperty(owner.getName());
    return member?.getTypeAtLocation(owner).getCallSignatures() ?? [];
  }
  return [];
}

/**
 * A rest's tuple elements are parameters of their own (`...args: [user: string, reason?: string]`):
 * the required ones are always given, the optional ones admit undefined; from a variadic element on
 * (`[string, ...number[]]`), any may be left out. An array rest's are all variadic.
 */
function leadingTupleElements(type: Type): number {
  if (!type.isTuple()) {
    return 0;
  }
  // ts-morph says a type is a tuple from its target, a TupleType, which holds the elements' flags.
  const flags = ((type.compilerType as ts.TypeReference).target as ts.TupleType).elementFlags;
  const variadic = flags.findIndex((flag) => (flag & (ts.ElementFlags.Rest | ts.ElementFlags.Variadic)) !== 0);
  return variadic < 0 ? Number.POSITIVE_INFINITY : variadic;
}

/**
 * TypeScript allows a default before a required parameter (`reducer(state = initial, action)`);
 * Python refuses the module. A caller can reach such a default only by passing undefined, which
 * the prelude's `if … is None` already handles, so the Python default is dropped.
 */
function withoutDefaultsBeforeRequired(parameters: py.Parameter[]): py.Parameter[] {
  let lastRequired = -1;
  parameters.forEach((parameter, index) => {
    if (parameter.defaultValue === undefined && parameter.rest !== true) {
      lastRequired = index;
    }
  });
  return parameters.map((parameter, index) => {
    if (index >= lastRequired || parameter.defaultValue === undefined) {
      return parameter;
    }
    const required = { ...parameter };
    delete required.defaultValue;
    return required;
  });
}

/**
 * `function f({ a, b = 2 }: T, [x, y]: Pair)`: a plain parameter (`options_1`), its default
 * applied, then destructured at the top of the body as `const { a, b = 2 } = options_1` would be.
 * JavaScript destructures at the call, before the body: the same moment in Python.
 */
function destructuredParameter(declaration: ParameterDeclaration, prelude: py.Statement[], context: TransformContext): py.Parameter {
  const pattern = declaration.getNameNode();
  const pythonName = context.temporaryName(Node.isArrayBindingPattern(pattern) ? "items" : "options");
  context.functionScopes[context.functionScopes.length - 1]?.declared.add(pythonName);
  if (declaration.isRestParameter()) {
    // `...[a, b]: [number, number]`: the arguments collected as JavaScript's array, then destructured.
    prelude.push(assign(name(pythonName), call(name("list"), [name(pythonName)])));
    prelude.push(...transformDestructuring(pattern, name(pythonName), context, declaration));
    return { name: pythonName, rest: true };
  }
  const typeNode = declaration.getTypeNode();
  let annotation = typeNode === undefined ? undefined : annotationForTypeNode(typeNode, context);
  const initializer = declaration.getInitializer();
  let defaultValue: py.Expression | undefined;
  if (initializer !== undefined) {
    checkDefaultIsExact(declaration, context);
  }
  if (initializer !== undefined || declaration.hasQuestionToken()) {
    if (annotation !== undefined) {
      annotation = { kind: "Subscript", value: context.useTyping("Optional"), index: annotation };
    }
    defaultValue = constant(null);
    if (initializer !== undefined) {
      const { result: value, preceding } = context.collectPrecedingStatements(() => context.transformExpression(initializer));
      prelude.push(ifStatement(compare("is", name(pythonName), constant(null)), [...preceding, assign(name(pythonName), value)]));
    }
  }
  prelude.push(...transformDestructuring(pattern, name(pythonName), context, declaration));
  return { name: pythonName, annotation, defaultValue };
}

/**
 * A parameter's default applies when the argument is undefined (left out or given), never when it
 * is null: None can only stand for undefined where the parameter's type has no null.
 */
function checkDefaultIsExact(declaration: ParameterDeclaration, context: TransformContext): void {
  const type = declaration.getType();
  if (noneMeaning(type).null && !isNullOrUndefinedLiteral(declaration.getInitializer())) {
    // An unconstrained type parameter admits null (review S49B, G5: the advice named the type it complained about).
    const typeParameter = nonNullMembers(type).find((member) => member.isTypeParameter() && member.getConstraint() === undefined);
    context.report(defaultOfNullOrUndefined(declaration, `${type.getText(declaration)} | undefined`, typeParameter?.getText(declaration)));
  }
}

/** `greeting = "Hello"` has the type of its default: say so when it is a plain one. */
function inferredAnnotation(declaration: ParameterDeclaration, context: TransformContext): py.Expression | undefined {
  const type = declaration.getType();
  if (type.isString() || type.isNumber() || type.isBoolean()) {
    return annotationForType(type, context);
  }
  return undefined;
}

/** `map.forEach((value, key) => (copy[key] = value))`: forEach reads no value, so the write is the function's statement, and it returns None. */
function isWriteForEffects(node: FunctionLike, context: TransformContext): boolean {
  const body = node.getBody();
  return body !== undefined && !Node.isBlock(body) && isWriteOfMember(body) && isForEachCallback(node, context);
}

export function returnAnnotation(node: FunctionLike, context: TransformContext): py.Expression | undefined {
  if (Node.isConstructorDeclaration(node) || Node.isSetAccessorDeclaration(node) || isWriteForEffects(node, context)) {
    return name("None");
  }
  const typeNode = node.getReturnTypeNode();
  if (typeNode !== undefined) {
    return annotationForTypeNode(typeNode, context);
  }
  return annotationForType(node.getReturnType(), context);
}

/**
 * The Python names `owner` itself declares (its variables, destructured names and function
 * declarations, not those of the functions and classes inside it), wherever they stand: a closure
 * written before `let n = 0` (helpers first, then the state) assigns the enclosing function's `n`.
 */
function namesDeclaredIn(owner: Node, context: TransformContext): Set<string> {
  const names = new Set<string>();
  owner.forEachDescendant((node, traversal) => {
    if (Node.isVariableDeclaration(node) || Node.isBindingElement(node)) {
      const nameNode = node.getNameNode();
      if (Node.isIdentifier(nameNode)) {
        names.add(nameForDeclaration(node, nameNode.getText(), context));
      }
    } else if (Node.isFunctionDeclaration(node)) {
      const functionName = node.getName();
      if (functionName !== undefined && node.hasBody()) {
        names.add(nameForDeclaration(node, functionName, context));
      }
      traversal.skip();
    } else if (opensPythonScope(node) || Node.isClassDeclaration(node) || Node.isClassExpression(node)) {
      traversal.skip();
    }
  });
  return names;
}

/**
 * Runs `build` inside a new function scope and adds the `nonlocal` line its assignments need.
 * `owner` (the function or static block) lets a nested closure know the names it declares further on.
 */
export function withFunctionScope(context: TransformContext, build: () => py.Statement[], owner?: Node): py.Statement[] {
  const scope = {
    declared: new Set<string>(),
    nonlocals: new Set<string>(),
    declaredAnywhere: owner === undefined ? new Set<string>() : namesDeclaredIn(owner, context),
  };
  const isNested = context.functionScopes.length > 0;
  context.functionScopes.push(scope);
  let body: py.Statement[];
  try {
    body = build();
  } finally {
    context.functionScopes.pop();
  }
  const outerNames = new Set(context.functionScopes.flatMap((outer) => [...outer.declared, ...outer.declaredAnywhere]));
  const assigned = [...scope.nonlocals].filter((candidate) => !scope.declared.has(candidate));
  const nonlocals = assigned.filter((candidate) => isNested && outerNames.has(candidate));
  // Anything else assigned here and declared nowhere around it is a module-level variable.
  const globals = assigned.filter((candidate) => !nonlocals.includes(candidate));
  const header: py.Statement[] = [];
  if (globals.length > 0) {
    header.push({ kind: "Global", names: globals.sort() });
  }
  if (nonlocals.length > 0) {
    header.push({ kind: "Nonlocal", names: nonlocals.sort() });
  }
  // An enclosing function that itself does not declare the name must pass it through too.
  for (const name of nonlocals) {
    for (let index = context.functionScopes.length - 1; index >= 0; index--) {
      const outer = context.functionScopes[index];
      if (outer === undefined || outer.declared.has(name) || outer.declaredAnywhere.has(name)) {
        break;
      }
      outer.nonlocals.add(name);
    }
  }
  return [...header, ...body];
}

export function transformFunctionBody(
  node: FunctionLike,
  context: TransformContext,
  prefix: (parameters: TransformedParameters) => py.Statement[] = () => [],
): { parameters: py.Parameter[]; body: py.Statement[] } {
  let parameters: py.Parameter[] = [];
  if ((Node.isFunctionDeclaration(node) || Node.isFunctionExpression(node) || Node.isArrowFunction(node) || Node.isMethodDeclaration(node)) && node.isAsync()) {
    context.report(asynchronousCode(node, "an async function"));
  }
  const body = withFunctionScope(
    context,
    () => {
      const transformed = transformParameters(node.getParameters(), context);
      parameters = transformed.parameters;
      const statements = [...prefix(transformed), ...transformed.prelude];
      const bodyNode = node.getBody();
      if (bodyNode !== undefined && Node.isBlock(bodyNode)) {
        statements.push(...transformBody(bodyNode, context));
        if (isGeneratorFunction(node)) {
          statements.push(...checkGeneratorFunction(node, context));
        } else if (!Node.isConstructorDeclaration(node) && !Node.isSetAccessorDeclaration(node)) {
          statements.push(...explicitFallOff(bodyNode, node.getReturnType(), statements, context));
        }
      } else if (bodyNode !== undefined && isWriteForEffects(node, context)) {
        statements.push(...context.transformExpressionForEffects(bodyNode));
      } else if (bodyNode !== undefined) {
        // What the expression lifts (an inner arrow with statements, an object literal's methods) must see the parameters.
        const { result, preceding } = context.collectPrecedingStatements(() => context.transformExpression(bodyNode));
        statements.push(...preceding, { kind: "Return", value: result });
      }
      return statements;
    },
    node,
  );
  return { parameters: withExtraArguments(node, parameters, context), body };
}

export function transformFunctionDeclaration(declaration: FunctionDeclaration, context: TransformContext): py.Statement[] {
  if (declaration.hasModifier(SyntaxKind.DeclareKeyword) || declaration.getBody() === undefined) {
    return []; // an overload signature or an ambient declaration
  }
  const functionName = nameForDeclaration(declaration, declaration.getName() ?? "anonymous", context);
  refuseLoopCaptures(declaration, "a function declared", context);
  context.functionScopes[context.functionScopes.length - 1]?.declared.add(functionName);
  const { parameters, body } = transformFunctionBody(declaration, context);
  return [
    {
      kind: "FunctionDefinition",
      name: functionName,
      parameters,
      returns: returnAnnotation(declaration, context),
      decorators: [],
      docstring: docstringOf(declaration),
      body,
      origin: declaration,
    },
  ];
}

/**
 * A function or class declared inside a loop body that reads the iteration's variables: a `def` or
 * `class` statement has no defaults to bind them with (as arrows get), so each would see the last
 * iteration's value. Refused; an arrow function or a function expression binds them.
 */
export function refuseLoopCaptures(declaration: Node, what: string, context: TransformContext): void {
  if (loopCaptures(declaration, context).size > 0) {
    context.report(
      unsupportedSyntax(declaration, `${what} inside a loop that reads the iteration's variables (use an arrow function, which keeps each iteration's values)`),
    );
  }
}

/**
 * The default binds the value the variable has when the closure is made; JavaScript's closure sees
 * its iteration's variable, also after a later change in the same iteration. So a per-iteration
 * variable the closure captures must not change once the closure is made, outside the for loop's own
 * incrementor (which changes the next iteration's copy): refused where an assignment can run after
 * the closure is made (mayChangeAfterClosure), or is inside a closure (where Python would also
 * reject `nonlocal` of a parameter). A change before the closure is made is kept by the default.
 */
function refuseChangedCapture(identifier: Node, loop: Node, closure: Node, context: TransformContext): void {
  const symbol = context.resolveSymbol(identifier);
  const incrementor = Node.isForStatement(loop) ? loop.getIncrementor() : undefined;
  const condition = Node.isForStatement(loop) ? loop.getCondition() : undefined;
  // A closure made in the incrementor captures the next iteration's copy, which the rest of the
  // incrementor, the condition and the body then change (`for (let i = 0; i < 3; fs.push(() => i), i++)`).
  const madeInIncrementor = incrementor !== undefined && closure.getAncestors().includes(incrementor);
  for (const use of loop.getDescendantsOfKind(SyntaxKind.Identifier)) {
    if (use.getText() !== identifier.getText() || !isAssignedAt(use) || variableAt(use, context) !== symbol) {
      continue;
    }
    // The incrementor changes the next iteration's copy, which closures made before it do not see.
    if (!madeInIncrementor && incrementor !== undefined && (use === incrementor || use.getAncestors().includes(incrementor))) {
      continue;
    }
    const inCondition = condition !== undefined && (use === condition || use.getAncestors().includes(condition));
    if (!(madeInIncrementor && inCondition) && !mayChangeAfterClosure(use, closure, loop)) {
      continue;
    }
    const variable = use.getText();
    const [construct, instead] = use.getAncestors().includes(closure)
      ? // Review 24B F3: the variable may be the closure's state (a counter), which a copy would lose.
        [
          `assigning \`${variable}\`, a variable each loop iteration has its own of, inside a closure made in the loop`,
          "make the closure in a function called from the loop, which gives each call its own variable (`registry[name] = makeCounter();` with `function makeCounter() { let count = 0; return () => ++count; }`), or, where each call's change is its own alone, copy it into a variable of the closure's own first",
        ]
      : madeInIncrementor
        ? [
            `changing \`${variable}\` after a closure made in the loop's incrementor captured it (that closure sees the next iteration's copy as the loop goes on changing it)`,
            "make the closure in the loop's body",
          ]
        : [
            `changing \`${variable}\` in the loop's body after a closure captured it (the closure keeps the value it had)`,
            "copy it into a new `const` and change that",
          ];
    context.report(unsupportedConstruct(use, construct, instead));
    return;
  }
}

interface LoopCapture {
  identifier: Node;
  loop: Node;
  declaration: Node;
}

/**
 * Variables a closure captures that JavaScript binds afresh on each loop iteration (`for (const x
 * of …)`, `let` in a loop body): each Python name once, with the first use and its loop. Finding only;
 * perIterationCaptures and refuseLoopCaptures decide what to do with them.
 */
function loopCaptures(node: Node, context: TransformContext): Map<string, LoopCapture> {
  const captured = new Map<string, LoopCapture>();
  for (const identifier of node.getDescendantsOfKind(SyntaxKind.Identifier)) {
    const declaration = context.resolveSymbol(identifier)?.getDeclarations()[0];
    if (declaration === undefined || !(Node.isVariableDeclaration(declaration) || Node.isBindingElement(declaration))) {
      continue;
    }
    if (declaration.getAncestors().includes(node) || declaration === node) {
      continue; // declared inside the closure itself
    }
    const loop = declaration.getAncestors().find((ancestor) => Node.isIterationStatement(ancestor));
    if (loop === undefined || !node.getAncestors().includes(loop)) {
      continue;
    }
    const list = declaration.getAncestors().find((ancestor) => Node.isVariableDeclarationList(ancestor));
    if (list !== undefined && Node.isVariableDeclarationList(list) && list.getDeclarationKind() === "var") {
      continue;
    }
    const pythonName = nameForDeclaration(declaration, identifier.getText(), context);
    if (!captured.has(pythonName)) {
      captured.set(pythonName, { identifier, loop, declaration });
    }
  }
  return captured;
}

/**
 * A closure's per-iteration captures as keyword-only defaults (`lambda *, x=x: …`): Python closures
 * see the variable, not its value at that iteration. A capture that changes after the closure is made
 * is refused (refuseChangedCapture), as the default would keep the old value; so is one not assigned
 * yet when the closure is made (assignedAfterClosure), as the default would read it too early.
 */
export function perIterationCaptures(node: Node, context: TransformContext): py.Parameter[] {
  if (isRunWithinItsCall(node, context)) {
    // Called only while the call that receives it runs, inside the iteration (`items.forEach((y) => {
    // count += y; })`): it sees the iteration's own variables, and its changes are theirs.
    return [];
  }
  const captured = loopCaptures(node, context);
  const [only] = captured.values();
  if (captured.size === 1 && only !== undefined && isOwnConstant(only.declaration, node)) {
    // A recursive arrow that captures nothing else of the iteration: every iteration's copy behaves
    // alike, so reading its own name when called (Python's closure, no default) is exact. (A name a
    // closure reads is never shared with another binding: blockScopeSuffix.)
    return [];
  }
  for (const { identifier, loop, declaration } of captured.values()) {
    if (assignedAfterClosure(declaration, node)) {
      context.report(
        unsupportedSyntax(
          identifier,
          `a closure made in a loop that reads \`${identifier.getText()}\` before the iteration has assigned it (declared after the closure, or the closure is in its own initializer: Python binds the iteration's values when the closure is made; declare \`${identifier.getText()}\` before the closure, or move the function out of the loop and pass the iteration's values as arguments)`,
        ),
      );
      continue;
    }
    refuseChangedCapture(identifier, loop, node, context);
  }
  if (captured.size === 0) {
    return [];
  }
  return [{ name: "*" }, ...[...captured.keys()].sort().map((captureName) => ({ name: captureName, defaultValue: name(captureName) }))];
}

/** The standard collections, whose callback methods are the ones `callsItsCallbackWhileRunning` names. */
const CALLING_COLLECTIONS = new Set(["Array", "ReadonlyArray", "Map", "ReadonlyMap", "Set", "ReadonlySet"]);

/** A function written as the callback of a standard array, Map or Set method that calls it (`forEach`, `map`, `sort`…). */
function isRunWithinItsCall(node: Node, context: TransformContext): boolean {
  const parent = node.getParent();
  if (!Node.isCallExpression(parent) || parent.getArguments()[0] !== node) {
    return false;
  }
  if (Node.isFunctionExpression(node) && node.isGenerator()) {
    return false; // its body runs when the generator it makes is resumed, after the iteration
  }
  const callee = parent.getExpression();
  const declarations =
    Node.isPropertyAccessExpression(callee) && callsItsCallbackWhileRunning(callee.getName())
      ? (callee.getNameNode().getSymbol()?.getDeclarations() ?? [])
      : [];
  return (
    declarations.length > 0 &&
    declarations.every((declaration) => {
      const owner = declaration.getParent();
      return context.isStandardLibrary(declaration) && Node.isInterfaceDeclaration(owner) && CALLING_COLLECTIONS.has(owner.getName());
    })
  );
}

/** `const name = (…) => …`, the closure being that function or inside it: the function's own name. */
function isOwnConstant(declaration: Node, node: Node): boolean {
  const list = declaration.getParent();
  const initializer = Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : undefined;
  return (
    initializer !== undefined &&
    (Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer)) &&
    (initializer === node || node.getAncestors().includes(initializer)) &&
    list !== undefined &&
    Node.isVariableDeclarationList(list) &&
    list.getDeclarationKind() === "const"
  );
}

export function withCaptures(parameters: py.Parameter[], captures: py.Parameter[]): py.Parameter[] {
  if (captures.length === 0) {
    return parameters;
  }
  const hasStar = parameters.some((parameter) => parameter.rest || parameter.name === "*");
  return [...parameters, ...(hasStar ? captures.slice(1) : captures)];
}

/** `const name = (…) => { … }`: a local `def name(…)`, as a person would write it. */
export function transformNamedArrowFunction(node: ArrowFunction | FunctionExpression, functionName: string, context: TransformContext): py.Statement[] {
  const { parameters, body } = transformFunctionBody(node, context);
  const selfName = selfReferenceName(node, context);
  const definition: py.FunctionDefinition = {
    kind: "FunctionDefinition",
    name: selfName ?? functionName,
    parameters: withCaptures(parameters, perIterationCaptures(node, context)),
    returns: returnAnnotation(node, context),
    decorators: [],
    body,
    origin: node,
  };
  if (selfName === undefined) {
    return [definition];
  }
  const factory = selfNamedFactory(definition, node, context);
  return [factory, assign(name(functionName), call(name(factory.name), []), node)];
}

/**
 * `function walk(n) { … walk(n - 1) … }` as a value: its own name, in scope only in its body and
 * always this very function, when the body uses it (undefined when it does not, or is no function
 * expression). A name the body also declares for something else is refused.
 */
function selfReferenceName(node: ArrowFunction | FunctionExpression, context: TransformContext): string | undefined {
  if (!Node.isFunctionExpression(node)) {
    return undefined;
  }
  const nameNode = node.getNameNode();
  const body = node.getBody();
  if (nameNode === undefined || body === undefined) {
    return undefined;
  }
  const ownName = nameNode.getText();
  const uses = body
    .getDescendantsOfKind(SyntaxKind.Identifier)
    .filter((identifier) => identifier.getText() === ownName && (identifier.getSymbol()?.getDeclarations() ?? []).some((declaration) => declaration === node));
  if (uses.length === 0) {
    return undefined;
  }
  const redeclared = node
    .getDescendants()
    .find(
      (descendant) =>
        (Node.isVariableDeclaration(descendant) ||
          Node.isParameterDeclaration(descendant) ||
          Node.isBindingElement(descendant) ||
          Node.isFunctionDeclaration(descendant) ||
          Node.isFunctionExpression(descendant) ||
          Node.isClassDeclaration(descendant)) &&
        descendant.getNameNode()?.getText() === ownName,
    );
  if (redeclared !== undefined) {
    context.report(
      unsupportedSyntax(redeclared, `a declaration named \`${ownName}\` inside the function expression \`${ownName}\` that calls itself (rename one of them)`),
    );
  }
  return nameForDeclaration(node, ownName, context);
}

/**
 * The function under its own name inside a factory that returns it: the body's calls reach this
 * very function, whatever the enclosing scope calls a variable of that name or later assigns.
 */
function selfNamedFactory(definition: py.FunctionDefinition, node: Node, context: TransformContext): py.FunctionDefinition {
  return {
    kind: "FunctionDefinition",
    name: context.temporaryName("function"),
    parameters: [],
    decorators: [],
    body: [definition, { kind: "Return", value: name(definition.name) }],
    origin: node,
  };
}

/** `x => x + 1` is a lambda; an arrow with statements is lifted into a local `def` before its statement. */
export function transformArrowFunction(arrow: ArrowFunction | FunctionExpression, context: TransformContext): py.Expression {
  const bodyNode = arrow.getBody();
  const { parameters, body } = transformFunctionBody(arrow, context);
  const captures = perIterationCaptures(arrow, context);
  const only = body[0];
  if (
    !Node.isBlock(bodyNode) &&
    body.length === 1 &&
    only !== undefined &&
    only.kind === "Return" &&
    only.value !== undefined &&
    parameters.every((parameter) => parameter.defaultValue === undefined)
  ) {
    return {
      kind: "Lambda",
      parameters: withCaptures(
        parameters.map((parameter) => ({ name: parameter.name, rest: parameter.rest })),
        captures,
      ),
      body: only.value,
      origin: arrow,
    };
  }
  const selfName = selfReferenceName(arrow, context);
  const functionName = context.temporaryName("function");
  const definition: py.FunctionDefinition = {
    kind: "FunctionDefinition",
    name: selfName ?? functionName,
    parameters: withCaptures(parameters, captures),
    returns: returnAnnotation(arrow, context),
    decorators: [],
    body,
    origin: arrow,
  };
  if (selfName !== undefined) {
    const factory = selfNamedFactory(definition, arrow, context);
    context.addPrecedingStatements([factory]);
    return call(name(factory.name), [], arrow);
  }
  context.addPrecedingStatements([definition]);
  return name(functionName, arrow);
}
