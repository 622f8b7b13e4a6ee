/**
 * Where the instance constructed goes where the construction check does not follow it (pushed,
 * stored, handed to a function, held by a function kept for later), and the values that may be it
 * from then on: read, destructured or converted in later construction code, they touch its fields.
 */
import { ClassDeclaration, Node, SyntaxKind, ts, Type, VariableDeclarationKind } from "ts-morph";
import { runsNow, keptForLater } from "./code-kept-for-later";
import { Touch } from "./construction-touch";
import { parameterPropertiesOf, definedFieldDeclarations, initializerRunsCode } from "./constructor-assignments";
import { nodesOfFileOfKind } from "./file-nodes";
import { Keeper, literalKey } from "./instance-keepers";
import { declarationsOf } from "./named-declarations";
import { thisOwner } from "./this-type";
import { wrappedOutermost, unwrapTypeOnly } from "./type-wrappers";

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
  return !Node.isExpressionStatement(parent);
}

/**
 * The values in a piece of code that may be the instance, read or called through (`registry[0]!` in
 * `registry[0]!.later`, `Holder.current`, `link.getHost()`): of a type the instance's class fits,
 * `any` or `unknown`; not `this` (followed as such) nor a constructor's parameter.
 */
export function instanceReceivers(code: Node, view: ClassDeclaration, outsideTheWalk: boolean): Node[] {
  const { parameters: constructorParameters, fromParameters } = constructionParameters(view);
  const instanceType = view.getType();
  const chain: Node[] = [];
  for (let current: ClassDeclaration | undefined = view; current !== undefined; current = current.getBaseClass()) {
    chain.push(current);
  }
  // `this` of an arrow written in a constructor or a field initializer of the instance's classes.
  const isConstructionThis = (keyword: Node): boolean => {
    const owner = thisOwner(keyword);
    return (
      owner !== undefined &&
      (Node.isConstructorDeclaration(owner) || Node.isClassDeclaration(owner)) &&
      chain.includes(Node.isConstructorDeclaration(owner) ? owner.getParentOrThrow() : owner)
    );
  };
  const receivers: Node[] = [];
  const accesses = [...(Node.isPropertyAccessExpression(code) || Node.isElementAccessExpression(code) ? [code] : []), ...code.getDescendants()];
  for (const access of accesses) {
    if (!Node.isPropertyAccessExpression(access) && !Node.isElementAccessExpression(access)) {
      continue;
    }
    const receiver = access.getExpression();
    const value = unwrapTypeOnly(receiver);
    if (Node.isThisExpression(value) || Node.isSuperExpression(value)) {
      if (outsideTheWalk && Node.isThisExpression(value) && isConstructionThis(value)) {
        receivers.push(receiver);
      }
      continue;
    }
    if (Node.isIdentifier(value) && declarationsOf(value.getSymbol()).some((declared) => constructorParameters.has(declared) || isMadeElsewhere(declared))) {
      continue;
    }
    // `this.parent` where the field only ever holds a constructor's parameter (review S56C, R1).
    if (Node.isPropertyAccessExpression(value) && Node.isThisExpression(unwrapTypeOnly(value.getExpression())) && fromParameters.has(value.getName())) {
      continue;
    }
    if (mayBeInstance(receiver.getType(), instanceType)) {
      receivers.push(receiver);
    }
  }
  return receivers;
}

/** A `const` holding an object made where it is declared (a literal, `new Other()`): another object than the instance (review S56C, R1). */
function isMadeElsewhere(declared: Node): boolean {
  if (!Node.isVariableDeclaration(declared) || declared.getVariableStatement()?.getDeclarationKind() !== VariableDeclarationKind.Const) {
    return false;
  }
  const initializer = declared.getInitializer();
  const value = initializer === undefined ? undefined : unwrapTypeOnly(initializer);
  return Node.isObjectLiteralExpression(value) || Node.isArrayLiteralExpression(value) || Node.isNewExpression(value);
}

/** What the constructors of a class and its bases were given, by program and class: worked out once, as each walk of a construction asks. */
const parametersByProgram = new WeakMap<ts.Program, Map<ts.Node, ConstructionParameters>>();

interface ConstructionParameters {
  /** The constructors' parameters: they hold what the caller gave, made before the instance, never it. */
  parameters: ReadonlySet<Node>;
  /** The fields that only ever hold one of them (see `fieldsFromConstructorParameters`). */
  fromParameters: ReadonlySet<string>;
}

function constructionParameters(view: ClassDeclaration): ConstructionParameters {
  const program = view.getProject().getProgram().compilerObject;
  let byClass = parametersByProgram.get(program);
  if (byClass === undefined) {
    byClass = new Map();
    parametersByProgram.set(program, byClass);
  }
  let found = byClass.get(view.compilerNode);
  if (found === undefined) {
    const parameters = new Set<Node>();
    for (let current: ClassDeclaration | undefined = view; current !== undefined; current = current.getBaseClass()) {
      current.getConstructors().forEach((constructor) => constructor.getParameters().forEach((parameter) => parameters.add(parameter)));
    }
    found = { parameters, fromParameters: fieldsFromConstructorParameters(view, parameters) };
    byClass.set(view.compilerNode, found);
  }
  return found;
}

/** The fields of the class and its bases that hold only a constructor's parameter: parameter properties, and fields every write gives one (`this.prev = prev`). */
function fieldsFromConstructorParameters(view: ClassDeclaration, constructorParameters: ReadonlySet<Node>): Set<string> {
  const fields = new Set<string>();
  const others = new Set<string>();
  for (let current: ClassDeclaration | undefined = view; current !== undefined; current = current.getBaseClass()) {
    parameterPropertiesOf(current).forEach((parameter) => fields.add(parameter.getName()));
    for (const assignment of current.getDescendantsOfKind(SyntaxKind.BinaryExpression)) {
      const target = unwrapTypeOnly(assignment.getLeft());
      if (
        !isAssignmentOperator(assignment.getOperatorToken().getKind()) ||
        !Node.isPropertyAccessExpression(target) ||
        !Node.isThisExpression(unwrapTypeOnly(target.getExpression()))
      ) {
        continue;
      }
      const right = unwrapTypeOnly(assignment.getRight());
      const fromParameter =
        assignment.getOperatorToken().getKind() === SyntaxKind.EqualsToken &&
        Node.isIdentifier(right) &&
        declarationsOf(right.getSymbol()).some((declared) => constructorParameters.has(declared));
      (fromParameter ? fields : others).add(target.getName());
    }
    current.getInstanceProperties().forEach((property) => {
      if (Node.isPropertyDeclaration(property) && property.hasInitializer()) {
        others.add(property.getName());
      }
    });
  }
  others.forEach((name) => fields.delete(name));
  // A write of that name through anything but `this` anywhere (`me.parent = me`, `registry[0].parent = this`) may put another value there (review S56D, D).
  for (const sourceFile of view
    .getProject()
    .getSourceFiles()
    .filter((each) => !each.isDeclarationFile())) {
    for (const assignment of nodesOfFileOfKind(sourceFile, SyntaxKind.BinaryExpression)) {
      const target = unwrapTypeOnly(assignment.getLeft());
      if (
        isAssignmentOperator(assignment.getOperatorToken().getKind()) &&
        (Node.isPropertyAccessExpression(target) || Node.isElementAccessExpression(target)) &&
        !Node.isThisExpression(unwrapTypeOnly(target.getExpression())) &&
        namesChainClass(target.getExpression().getType(), view, sourceFile)
      ) {
        const key = Node.isPropertyAccessExpression(target) ? target.getName() : literalKey(target.getArgumentExpression());
        if (key === undefined) {
          fields.clear();
        } else {
          fields.delete(key);
        }
      }
    }
  }
  return fields;
}

/** Whether a value of the type is typed by a class of the instance's chain (`me: Host`, `registry[0]!`), or is `any`/`unknown` in the class's own file. */
function namesChainClass(type: Type, view: ClassDeclaration, where: Node): boolean {
  const value = type.getNonNullableType();
  if (value.isAny() || value.isUnknown()) {
    return where.getSourceFile() === view.getSourceFile();
  }
  const chain = new Set<Node>();
  for (let current: ClassDeclaration | undefined = view; current !== undefined; current = current.getBaseClass()) {
    chain.add(current);
  }
  return (value.isUnion() ? value.getUnionTypes() : [value]).some((part) =>
    (part.getSymbol()?.getDeclarations() ?? []).some((declared) => chain.has(declared)),
  );
}

function isAssignmentOperator(kind: SyntaxKind): boolean {
  return kind >= SyntaxKind.FirstAssignment && kind <= SyntaxKind.LastAssignment;
}

/**
 * Where a value that may be the instance, or hold it (an array, a Map, a record of such values),
 * is converted without a member named: joined into text (`String(v)`, a template, `+`), printed by
 * JSON.stringify or console.log, joined or sorted by default (`list.join()`, `list.sort()`).
 */
export function instanceConversions(code: Node, view: ClassDeclaration, typeParameters = true): Node[] {
  const instanceType = view.getType();
  // `this` itself is followed as such (`JSON.stringify(this)` reads the fields defined so far, in both).
  const holds = (node: Node): boolean =>
    !Node.isThisExpression(unwrapTypeOnly(node)) &&
    (typeParameters || !involvesTypeParameter(node.getType())) &&
    mayHoldInstance(node.getType(), instanceType, 0);
  const found: Node[] = [];
  for (const node of [code, ...code.getDescendants()]) {
    if (Node.isTemplateSpan(node) && holds(node.getExpression())) {
      found.push(node.getExpression());
    } else if (Node.isBinaryExpression(node) && [SyntaxKind.PlusToken, SyntaxKind.PlusEqualsToken].includes(node.getOperatorToken().getKind())) {
      found.push(...[node.getLeft(), node.getRight()].filter(holds));
    } else if (Node.isCallExpression(node)) {
      const callee = node.getExpression();
      const text = callee.getText();
      if (["String", "JSON.stringify", "console.log", "console.error", "console.info", "console.warn"].includes(text)) {
        found.push(...node.getArguments().filter(holds));
      } else if (
        Node.isPropertyAccessExpression(callee) &&
        ["join", "sort", "toString", "toLocaleString"].includes(callee.getName()) &&
        holds(callee.getExpression())
      ) {
        found.push(callee.getExpression());
      } else if (
        // `registry.map(String)`, `registry.forEach(console.log)`: the conversion given as a callback.
        Node.isPropertyAccessExpression(callee) &&
        holds(callee.getExpression()) &&
        node.getArguments().some((argument) => ["String", "JSON.stringify", "console.log"].includes(argument.getText()))
      ) {
        found.push(callee.getExpression());
      }
    }
  }
  return found;
}

/**
 * The bodies of the program's functions and methods a piece of code calls by name, and those they
 * call in turn (not what the library or a conversion may run: `reachedCode` follows that too, into
 * every class's toString, where any generic container's elements might be the instance).
 */
export function calledBodies(code: Node): Node[] {
  const bodies: Node[] = [];
  const pending = [code];
  const seen = new Set<Node>([code]);
  while (pending.length > 0 && bodies.length < 200) {
    const current = pending.pop()!;
    for (const call of [...current.getDescendantsOfKind(SyntaxKind.CallExpression), ...current.getDescendantsOfKind(SyntaxKind.NewExpression)]) {
      const callee = unwrapTypeOnly(call.getExpression());
      const name = Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee;
      for (const declared of declarationsOf(name.getSymbol())) {
        const initializer = Node.isVariableDeclaration(declared) || Node.isPropertyDeclaration(declared) ? declared.getInitializer() : undefined;
        const body =
          Node.isFunctionDeclaration(declared) || Node.isMethodDeclaration(declared)
            ? declared.getBody()
            : Node.isClassDeclaration(declared)
              ? declared.getConstructors()[0]?.getBody()
              : Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer)
                ? initializer.getBody()
                : undefined;
        if (body !== undefined && !seen.has(body) && !body.getSourceFile().isDeclarationFile()) {
          seen.add(body);
          bodies.push(body);
          pending.push(body);
        }
      }
    }
  }
  return bodies;
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
 * Whether code calls a function the check cannot tell (a parameter, a `let`, an element, a call's
 * result, an object literal's or an interface's member), outside the functions it keeps for later:
 * it may be one the construction stored.
 */
export function callsUnfollowed(code: Node): boolean {
  return code.getDescendantsOfKind(SyntaxKind.CallExpression).some((call) => {
    if (!runsNow(call, code)) {
      return false;
    }
    const callee = unwrapTypeOnly(call.getExpression());
    if (Node.isSuperExpression(callee) || Node.isArrowFunction(callee) || Node.isFunctionExpression(callee)) {
      return false;
    }
    if (!Node.isIdentifier(callee) && !Node.isPropertyAccessExpression(callee)) {
      return true;
    }
    // `this.deposit(…)`: the instance's own member, which the walk follows.
    if (Node.isPropertyAccessExpression(callee) && Node.isThisExpression(unwrapTypeOnly(callee.getExpression()))) {
      return false;
    }
    const declarations = declarationsOf((Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee).getSymbol());
    return (
      declarations.length === 0 ||
      !declarations.every(
        (declared) =>
          declared.getSourceFile().isDeclarationFile() ||
          Node.isFunctionDeclaration(declared) ||
          Node.isMethodDeclaration(declared) ||
          (Node.isVariableDeclaration(declared) && declared.getVariableStatement()?.getDeclarationKind() === VariableDeclarationKind.Const),
      )
    );
  });
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
export function instanceDestructurings(code: Node, view: ClassDeclaration, memberNames: string[]): Touch[] {
  const instanceType = view.getType();
  const touches: Touch[] = [];
  for (const pattern of [...(Node.isObjectBindingPattern(code) ? [code] : []), ...code.getDescendantsOfKind(SyntaxKind.ObjectBindingPattern)]) {
    const type = pattern.getType();
    if (!mayBeInstance(type, instanceType) || involvesTypeParameter(type)) {
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
  return touches;
}

/** Whether a value of the type may be the instance or hold it (an element, a Map's value, a record's, to three levels). */
function mayHoldInstance(type: Type, instanceType: Type, depth: number): boolean {
  if (mayBeInstance(type, instanceType)) {
    return true;
  }
  if (depth > 3) {
    return false;
  }
  const value = type.getNonNullableType();
  const parts = value.isUnion() ? value.getUnionTypes() : [value];
  return parts.some((part) => {
    const element = part.getArrayElementType();
    const index = part.getStringIndexType() ?? part.getNumberIndexType();
    return [...part.getTypeArguments(), ...(element === undefined ? [] : [element]), ...(index === undefined ? [] : [index])].some((held) =>
      mayHoldInstance(held, instanceType, depth + 1),
    );
  });
}

function mayBeInstance(type: Type, instanceType: Type, depth = 0): boolean {
  // `NonNullable<T>` of a type parameter is `T & {}`: a bound on the walk through its parts.
  if (depth > 6) {
    return true;
  }
  const value = type.getNonNullableType();
  if (value.isAny() || value.isUnknown()) {
    return true;
  }
  if (value.isTypeParameter()) {
    const constraint = value.getConstraint();
    return constraint === undefined || mayBeInstance(constraint, instanceType, depth + 1);
  }
  const parts = value.isUnion() ? value.getUnionTypes() : value.isIntersection() ? value.getIntersectionTypes() : undefined;
  if (parts !== undefined) {
    return parts.some((part) => mayBeInstance(part, instanceType, depth + 1));
  }
  // A record (`Record<string, number>`) the instance was cast to (review S56C, S5).
  return (
    value.isObject() &&
    value.getCallSignatures().length === 0 &&
    (instanceType.isAssignableTo(value) ||
      (!value.isArray() && !value.isTuple() && (value.getStringIndexType() !== undefined || value.getNumberIndexType() !== undefined)))
  );
}

export const COMPARISONS = new Set([
  SyntaxKind.EqualsEqualsEqualsToken,
  SyntaxKind.ExclamationEqualsEqualsToken,
  SyntaxKind.EqualsEqualsToken,
  SyntaxKind.ExclamationEqualsToken,
  SyntaxKind.InstanceOfKeyword,
]);
