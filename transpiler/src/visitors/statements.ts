/** Statements: declarations, assignments, control flow, exceptions. */
import {
  CatchClause,
  ArrayLiteralExpression,
  BinaryExpression,
  Block,
  DoStatement,
  ExpressionStatement,
  ForInStatement,
  ForOfStatement,
  ForStatement,
  Identifier,
  IfStatement,
  Node,
  ObjectLiteralExpression,
  PropertyAccessExpression,
  ReturnStatement,
  SymbolFlags,
  SyntaxKind,
  ThrowStatement,
  TryStatement,
  Type,
  VariableDeclaration,
  VariableDeclarationKind,
  VariableStatement,
  WhileStatement,
} from "ts-morph";
import type { TransformContext } from "../context";
import { mayHideInstance } from "../utils/hidden-instances";
import { expressionAssignment, forInStatement, throwNonError, unsupportedConstruct, unsupportedSyntax, varDeclaration } from "../diagnostics";
import type * as py from "../python/ast";
import type { NoneMeaning } from "../utils/none-meaning";
import { untypedOperand } from "../utils/untyped-arithmetic";
import {
  assign,
  attribute,
  binary,
  booleanOperation,
  call,
  compare,
  conditional,
  constant,
  expressionStatement,
  ifStatement,
  methodCall,
  name,
  not,
  pass,
  returnStatement,
  text,
} from "../python/build";
import { shapeOfNode, shapeOfType } from "../utils/types";
import { everyStepOfWalk, isIteratorType, startOfWalk, walkOfNode } from "../utils/iteration";
import { annotationForInferredCollection, annotationForTypeNode } from "../utils/annotations";
import { transformCallStatement } from "./calls";
import { transformAssignmentTarget } from "./expressions";
import { asText } from "../utils/string-conversion";
import { currentText, noneInTextTarget } from "../utils/text-targets";
import { joinStrings, seamIsPlain, textEdge } from "../utils/string-joins";
import { transformBody } from "../utils/body";
import { nameForDeclaration, nameForIdentifier, nameForMember } from "../utils/names";
import { isStaticAccessor, superStaticAccessorOwner } from "../utils/static-accessors";
import { refuseSetterOnlyMember } from "../utils/setter-only-reads";
import { memberRead } from "../utils/absent-members";
import { isAssignedIn, isWrittenByCalls, keepsItsValueDuring } from "../utils/assignments";
import { transformCondition } from "../utils/truthiness";
import { transformNamedArrowFunction } from "./functions";
import { arithmetic, ArithmeticOperator, isPlainArithmetic } from "../utils/arithmetic";
import { evaluateOnce, isSideEffectFree, mayBeGetter, walrusTargets } from "../utils/temporaries";
import { unwrapTypeOnly } from "../utils/type-wrappers";
import { entryReadBySubscript, settledTargetParts, targetParts } from "../utils/target-parts";
import { liveMapView } from "../utils/live-map-views";
import { BITWISE_HELPERS } from "../utils/arithmetic";
import { flagsUnderWay, isContinued } from "./jumps";
import { enclosingFunction, pythonScopeOf } from "../utils/python-scopes";
import { closingLoop, pausesInsideGenerator } from "./generators";
import {
  computedPatternKeyRefusal,
  declareLocal,
  defaultApplies,
  elementMeaning,
  propertyMeaning,
  refuseKeylessObjectDestructuring,
  refuseNonArrayDestructuring,
  restOfInstance,
  takenFromIterator,
  transformDestructuring,
} from "../utils/destructuring";
import { assignmentPatternKey, patternKey } from "../utils/object-literal-keys";
import { insideParentheses, isArrowBody } from "../utils/parentheses";
import { castNonNullTarget } from "../utils/non-null-targets";
import { isScalarLiteral } from "../utils/literal-values";

export function transformVariableStatement(statement: VariableStatement, context: TransformContext): py.Statement[] {
  if (statement.getDeclarationKind() === VariableDeclarationKind.Var) {
    context.report(varDeclaration(statement));
    return [];
  }
  if (statement.hasModifier(SyntaxKind.DeclareKeyword)) {
    return [];
  }
  // What a declarator's value puts before it (a function made of a block-bodied arrow) goes right
  // before that declarator, after the earlier ones: JavaScript evaluates them in order, and such a
  // function's per-iteration defaults read the earlier ones (review 23D F3: UnboundLocalError).
  return statement.getDeclarations().flatMap((declaration) => withOwnPrecedingStatements(() => transformVariableDeclaration(declaration, context), context));
}

/** The statements `build` makes, after what their expressions put before them, rather than before the whole statement. */
function withOwnPrecedingStatements(build: () => py.Statement[], context: TransformContext): py.Statement[] {
  const { result, preceding } = context.collectPrecedingStatements(build);
  return [...preceding, ...result];
}

function transformVariableDeclaration(declaration: VariableDeclaration, context: TransformContext): py.Statement[] {
  const nameNode = declaration.getNameNode();
  const initializer = declaration.getInitializer();
  if (
    Node.isIdentifier(nameNode) &&
    initializer !== undefined &&
    (Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer)) &&
    Node.isBlock(initializer.getBody())
  ) {
    const pythonName = nameForDeclaration(declaration, nameNode.getText(), context);
    declareLocal(pythonName, context);
    return transformNamedArrowFunction(initializer, pythonName, context);
  }
  const value = initializer === undefined ? constant(null) : context.transformExpression(initializer);
  if (Node.isIdentifier(nameNode)) {
    const pythonName = nameForDeclaration(declaration, nameNode.getText(), context);
    declareLocal(pythonName, context);
    const typeNode = declaration.getTypeNode();
    const annotation =
      initializer === undefined
        ? undefined
        : typeNode !== undefined
          ? annotationForTypeNode(typeNode, context)
          : needsWrittenType(initializer)
            ? annotationForInferredCollection(declaration.getType(), context)
            : declaration.getType().isIntersection()
              ? // `new Error() as Error & { code?: string }`: Python's checker would type it by the
                // constructor call and refuse a write of `code`.
                context.useTyping("Any")
              : undefined;
    return [assign(name(pythonName), value, declaration, annotation)];
  }
  return transformDestructuring(nameNode, value, context, declaration);
}

/** Literals and constructors whose element types Python would infer too narrowly. */
function needsWrittenType(initializer: Node): boolean {
  return (
    Node.isArrayLiteralExpression(initializer) ||
    Node.isNewExpression(initializer) ||
    (Node.isCallExpression(initializer) && /\.(slice|concat|filter|map|splice|sort)$|^Array\.from$/.test(initializer.getExpression().getText()))
  );
}

const AUGMENTED_OPERATORS: Partial<Record<SyntaxKind, ArithmeticOperator | "/" | "%">> = {
  [SyntaxKind.PlusEqualsToken]: "+",
  [SyntaxKind.MinusEqualsToken]: "-",
  [SyntaxKind.AsteriskEqualsToken]: "*",
  [SyntaxKind.AsteriskAsteriskEqualsToken]: "**",
  [SyntaxKind.SlashEqualsToken]: "/",
  [SyntaxKind.PercentEqualsToken]: "%",
};

/** A default that runs no code and cannot change the target's object or key: a literal. */
function isConstantDefault(node: Node): boolean {
  return isScalarLiteral(skipOuterExpressions(node));
}

/** `this.total`, `point.x`, `list[i]`, `table["key"]`: reading the object and the key runs no code. */
function isEffectFreeTarget(target: Node): boolean {
  const isPlain = (node: Node): boolean => {
    const inner = skipOuterExpressions(node);
    return Node.isIdentifier(inner) || Node.isThisExpression(inner) || Node.isNumericLiteral(inner) || Node.isStringLiteral(inner);
  };
  if (Node.isPropertyAccessExpression(target)) {
    return target.getExpression().getKind() !== SyntaxKind.SuperKeyword && isPlain(target.getExpression());
  }
  if (Node.isElementAccessExpression(target)) {
    const argument = target.getArgumentExpression();
    return isPlain(target.getExpression()) && argument !== undefined && isPlain(argument);
  }
  return false;
}

/**
 * `[a, b] = [b, a]`, `({ x, y: other } = point)`: the value into a temporary first (so a swap
 * reads both before writing), then one assignment per target, in order, defaults on None.
 */
function transformDestructuringAssignment(
  pattern: ArrayLiteralExpression | ObjectLiteralExpression,
  value: py.Expression,
  origin: Node,
  context: TransformContext,
  sourceType: Type,
): py.Statement[] {
  const temporary = context.temporaryName("destructured");
  const taken = Node.isArrayLiteralExpression(pattern) ? takenFromIterator(value, sourceType, pattern.getElements(), context, true) : value;
  const result: py.Statement[] = [assign(name(temporary), taken, origin)];
  const source = name(temporary);
  // readRunsCode: the value is read through a getter (an object pattern's property), whose code may change what a target's object or key reads.
  // readType: the type of what is read (from the source's type: a nested pattern's own type is made of its targets' types).
  const bindTarget = (targetNode: Node, read: py.Expression, readType: Type | undefined, meaning: NoneMeaning, readRunsCode = false): void => {
    let target = targetNode;
    let fallback: Node | undefined;
    if (Node.isBinaryExpression(target) && target.getOperatorToken().getKind() === SyntaxKind.EqualsToken) {
      fallback = defaultApplies(meaning, targetNode, context) ? target.getRight() : undefined;
      target = target.getLeft();
    }
    if (Node.isArrayLiteralExpression(target) || Node.isObjectLiteralExpression(target)) {
      result.push(...nestedDestructuringAssignment(target, read, readType, fallback, targetNode, context));
      return;
    }
    const inner = skipOuterExpressions(target);
    if (Node.isIdentifier(inner)) {
      result.push(...variableWithDefault(transformAssignmentTarget(target, context), read, fallback, targetNode, context));
      return;
    }
    // A member or element target: JavaScript evaluates its object and key once, before it reads the
    // value, then runs the default, then writes. Python evaluates `object[key] = value` value first:
    // that order is the same only when the object, the key and the value's read run no code (and
    // the default is a literal); otherwise the object and key go first, into temporaries.
    // (`super.name` is no effect-free target: it is written through the base class's setter.)
    if (!isEffectFreeTarget(inner) || readRunsCode || (fallback !== undefined && !isConstantDefault(fallback))) {
      result.push(...orderedDestructuringWrite(inner, read, readRunsCode, fallback, targetNode, context));
      return;
    }
    let value = read;
    if (fallback !== undefined) {
      const element = context.temporaryName("element");
      result.push(
        assign(name(element), read, targetNode),
        ifStatement(compare("is", name(element), constant(null)), [assign(name(element), context.transformExpression(fallback))], [], targetNode),
      );
      value = name(element);
    }
    result.push(arrayElementWrite(inner, value, targetNode, context) ?? assign(transformAssignmentTarget(target, context), value, targetNode));
  };
  if (Node.isArrayLiteralExpression(pattern)) {
    if (refuseNonArrayDestructuring(sourceType, pattern, context, true)) {
      return result;
    }
    pattern.getElements().forEach((element, index) => {
      if (Node.isOmittedExpression(element)) {
        return;
      }
      if (Node.isSpreadElement(element)) {
        bindTarget(
          element.getExpression(),
          {
            kind: "Subscript",
            value: call(name("list"), [source]),
            index: { kind: "Slice", lower: { kind: "Constant", value: { number: String(index) } }, upper: undefined },
          },
          // The rest of a tuple is a tuple of its other members, which a nested pattern would have to follow.
          sourceType.isTuple() ? undefined : sourceType,
          { null: false, undefined: true },
        );
        return;
      }
      bindTarget(
        element,
        call(context.useRuntime("js_element"), [source, { kind: "Constant", value: { number: String(index) } }]),
        elementTypeOf(sourceType, index),
        elementMeaning(sourceType, index),
      );
    });
    return result;
  }
  const literal = pattern;
  const objectShape = shapeOfType(sourceType, context);
  if (refuseKeylessObjectDestructuring(objectShape, pattern, context)) {
    return result;
  }
  for (const property of literal.getProperties()) {
    const read = (key: string): py.Expression => {
      const symbol = sourceType.getProperty(key);
      refuseSetterOnlyMember(symbol, property, key, context);
      if (objectShape.kind === "object") {
        return memberRead(source, nameForMember(symbol, key, context), symbol, context);
      }
      const optional = symbol === undefined || (symbol.getFlags() & SymbolFlags.Optional) !== 0;
      return optional
        ? { kind: "Call", callee: { kind: "Attribute", value: source, attribute: "get" }, args: [text(key)], keywords: [] }
        : { kind: "Subscript", value: source, index: text(key) };
    };
    if (Node.isShorthandPropertyAssignment(property)) {
      const initializer = property.getObjectAssignmentInitializer();
      const fallback =
        initializer !== undefined && defaultApplies(propertyMeaning(sourceType, property.getName(), pattern), property, context) ? initializer : undefined;
      result.push(...variableWithDefault(transformAssignmentTarget(property.getNameNode(), context), read(property.getName()), fallback, property, context));
    } else if (Node.isPropertyAssignment(property) && patternKey(property.getNameNode()) !== undefined) {
      const key = patternKey(property.getNameNode()) ?? "";
      bindTarget(
        property.getInitializerOrThrow(),
        read(key),
        propertyTypeOf(sourceType, key, property),
        propertyMeaning(sourceType, key, pattern),
        mayBeGetter(sourceType.getProperty(key), property),
      );
    } else if (Node.isSpreadAssignment(property) && objectShape.kind === "dict") {
      // `({ id, ...rest } = item)`: the other keys, in their order, as `const { id, ...rest } = item` takes them.
      const taken = literal.getProperties().flatMap((other) => {
        const key = assignmentPatternKey(other) ?? (Node.isPropertyAssignment(other) ? other.getName() : undefined);
        return key === undefined ? [] : [text(key)];
      });
      bindTarget(property.getExpression(), call(context.useRuntime("js_object_rest"), [source, { kind: "List", elements: taken }]), undefined, {
        null: false,
        undefined: false,
      });
    } else if (Node.isSpreadAssignment(property)) {
      context.report(restOfInstance(property, sourceType));
    } else {
      context.report(
        computedPatternKeyRefusal(
          property,
          Node.isPropertyAssignment(property) ? property.getNameNode() : undefined,
          "a computed key in a destructuring assignment (read `source[key]` into the target)",
        ),
      );
    }
  }
  return result;
}

/** `element if (element := read) is not None else default`: the default runs only for an undefined value, after the read. */
function readOrDefault(read: py.Expression, fallback: Node, origin: Node, context: TransformContext): py.Expression {
  const element = context.temporaryName("element");
  return conditional(
    compare("is not", { kind: "NamedExpression", target: element, value: read }, constant(null)),
    name(element),
    context.transformExpression(fallback),
    origin,
  );
}

/**
 * A variable target of a destructuring assignment and its default. JavaScript runs the default
 * before it writes the variable, so a default that reads it (`({ limit = limit } = overrides)`,
 * `[n = n * 2] = []`) sees its old value: one assignment of `element if (element := read) is not
 * None else default`. A literal default reads nothing: the write, then `if x is None: x = literal`.
 */
function variableWithDefault(target: py.Expression, read: py.Expression, fallback: Node | undefined, origin: Node, context: TransformContext): py.Statement[] {
  if (fallback === undefined) {
    return [assign(target, read, origin)];
  }
  if (!isConstantDefault(fallback)) {
    return [assign(target, readOrDefault(read, fallback, origin, context), origin)];
  }
  return [
    assign(target, read, origin),
    ifStatement(compare("is", target, constant(null)), [assign(target, context.transformExpression(fallback))], [], origin),
  ];
}

/**
 * A nested pattern of a destructuring assignment (`[[a, b]] = pairs`, `({ pos: { x, y } = origin } = options)`):
 * the value read, or its default when it is undefined, destructured by the type the source gives it.
 */
function nestedDestructuringAssignment(
  pattern: ArrayLiteralExpression | ObjectLiteralExpression,
  read: py.Expression,
  readType: Type | undefined,
  fallback: Node | undefined,
  origin: Node,
  context: TransformContext,
): py.Statement[] {
  if (readType === undefined) {
    context.report(unsupportedSyntax(pattern, "a nested pattern here (destructure the value into a variable first, then that variable)"));
    return [];
  }
  const valueType = readType.getNonNullableType();
  if (fallback === undefined) {
    return transformDestructuringAssignment(pattern, read, origin, context, valueType);
  }
  // The default stands in for an undefined value: it must be read the same way (both dicts, both instances, both lists).
  if (shapeOfType(valueType, context).kind !== shapeOfNode(fallback, context).kind) {
    context.report(unsupportedSyntax(fallback, "a nested pattern's default of another kind than the value it stands in for (give it the value's type)"));
    return [];
  }
  return transformDestructuringAssignment(pattern, readOrDefault(read, fallback, origin, context), origin, context, valueType);
}

/** The type of element `index` of an array, a tuple or a string. */
function elementTypeOf(sourceType: Type, index: number): Type | undefined {
  if (sourceType.isTuple()) {
    return sourceType.getTupleElements()[index];
  }
  if (sourceType.isString() || sourceType.isStringLiteral()) {
    return undefined; // a character, which no pattern destructures
  }
  return sourceType.getArrayElementType() ?? sourceType.getNumberIndexType();
}

/** The type of property `key` of an object type (or of its index signature). */
function propertyTypeOf(sourceType: Type, key: string, at: Node): Type | undefined {
  return sourceType.getProperty(key)?.getTypeAtLocation(at) ?? sourceType.getStringIndexType();
}

/**
 * One target of a destructuring assignment whose object or key runs code, whose value is read
 * through a getter, or whose default is not a literal: `[this.heap[a], this.heap[b]] = …`,
 * `[list[next()], other] = …`. In JavaScript's order: the object, the key, the value (and its default), the write.
 */
function orderedDestructuringWrite(
  target: Node,
  read: py.Expression,
  readRunsCode: boolean,
  fallback: Node | undefined,
  origin: Node,
  context: TransformContext,
): py.Statement[] {
  return assignToTarget(target, fallback === undefined ? read : readOrDefault(read, fallback, origin, context), origin, context, readRunsCode);
}

/**
 * `target = value` for a member, an element or `super.name`, in JavaScript's order: through the
 * base class's setter, as `js_set_element(list, index, value)` for an array's element, else with
 * the target's parts first where the value runs code (orderedAssignment).
 */
function assignToTarget(target: Node, value: py.Expression, origin: Node, context: TransformContext, valueRunsCode = false): py.Statement[] {
  if (Node.isPropertyAccessExpression(target) && target.getExpression().getKind() === SyntaxKind.SuperKeyword) {
    return [transformSuperSetter(target, value, context)];
  }
  const element = arrayElementWrite(skipOuterExpressions(target), value, origin, context);
  if (element !== undefined) {
    return [element];
  }
  return orderedAssignment(transformAssignmentTarget(target, context), value, origin, context, () => variablesChangedByCalls(target, context), valueRunsCode);
}

/**
 * `list[i] = v` for an array's element: `js_set_element(list, index, value)`. Past the end JavaScript
 * grows the array, a float index must become an int, a negative one is refused at run time; the
 * call takes its arguments in JavaScript's order. Undefined for any other target.
 */
function arrayElementWrite(target: Node, value: py.Expression, origin: Node, context: TransformContext): py.Statement | undefined {
  if (!Node.isElementAccessExpression(target) || shapeOfNode(target.getExpression(), context).kind !== "array") {
    return undefined;
  }
  const argument = target.getArgumentExpression();
  const receiver = context.transformExpression(target.getExpression());
  const index = argument === undefined ? constant(null) : context.transformExpression(argument);
  return expressionStatement(call(context.useRuntime("js_set_element"), [receiver, index, value]), origin);
}

function skipOuterExpressions(node: Node): Node {
  return Node.isParenthesizedExpression(node) || Node.isNonNullExpression(node) || Node.isAsExpression(node)
    ? skipOuterExpressions(node.getExpression())
    : node;
}

/**
 * JavaScript evaluates an assignment's target (`record[key]`) before its value; Python evaluates
 * the value first. When the value may have effects, the target's receiver and index go first.
 */
function orderedAssignment(
  target: py.Expression,
  value: py.Expression,
  origin: Node,
  context: TransformContext,
  changedByCalls: () => Set<string>,
  valueRunsCode = false,
): py.Statement[] {
  if (target.kind !== "Subscript" && target.kind !== "Attribute") {
    return [assign(target, value, origin)];
  }
  // A key or receiver with effects may change what the value reads (`record[counter.increment()] = counter.value`).
  const parts = target.kind === "Subscript" ? [target.value, target.index] : [target.value];
  if (value.kind === "Constant" || (!valueRunsCode && isSideEffectFree(value) && parts.every(isSideEffectFree))) {
    return [assign(target, value, origin)];
  }
  const before: py.Statement[] = [];
  // A variable the value assigns (`:=`), or one a call in it may assign (a closure's `nonlocal`, a `global`).
  const reassigned = new Set([...walrusTargets(value), ...changedByCalls()]);
  const settle = (expression: py.Expression, hint: string): py.Expression => {
    if ((expression.kind === "Name" && !reassigned.has(expression.id)) || expression.kind === "Constant") {
      return expression;
    }
    const temporary = context.temporaryName(hint);
    before.push(assign(name(temporary), expression, origin));
    return name(temporary);
  };
  const receiver = settle(target.value, "target");
  const settled: py.Expression =
    target.kind === "Subscript" ? { ...target, value: receiver, index: settle(target.index, "key") } : { ...target, value: receiver };
  return [...before, assign(settled, value, origin)];
}

/** The Python names of the variables an assignment's target reads that a call may change (see isWrittenByCalls). */
function variablesChangedByCalls(left: Node, context: TransformContext): Set<string> {
  const identifiers = targetParts(left)
    .flatMap((part) => [part, ...part.getDescendants()])
    .filter((node): node is Identifier => Node.isIdentifier(node));
  return new Set(identifiers.filter((identifier) => isWrittenByCalls(identifier, context)).map((identifier) => nameForIdentifier(identifier, context)));
}

/**
 * A compound or logical assignment reads its target and writes it after; JavaScript evaluates the
 * target's receiver and key once for both. When reading them again would run code (a call, a
 * getter, an increment), they are evaluated first, in JavaScript's order, into temporaries that the
 * read and the write both use: `target_1 = factory.fresh` then `target_1.count += 1`.
 */
function withTargetEvaluatedOnce(
  left: Node,
  valueNode: Node | undefined,
  origin: Node,
  context: TransformContext,
  build: () => py.Statement[],
): py.Statement[] {
  const settled = settledTargetParts(left, valueNode, context);
  if (settled === undefined) {
    return build();
  }
  const before = settled.map(({ value, temporary }) => assign(name(temporary), value, origin));
  return [
    ...before,
    ...context.withEvaluated(
      settled.map(({ part, temporary }): [Node, string] => [part, temporary]),
      build,
    ),
  ];
}

/**
 * `super.width = value` in a class: the base class's setter, called on self (Python's super() cannot
 * be assigned through); a static setter through the base class.
 */
function transformSuperSetter(target: PropertyAccessExpression, value: py.Expression, context: TransformContext): py.Statement {
  const declaration = target.getNameNode().getSymbol()?.getDeclarations() ?? [];
  const classNode = target.getFirstAncestorByKind(SyntaxKind.ClassDeclaration);
  const base = classNode?.getExtends()?.getExpression();
  if (base === undefined || !declaration.some((member) => Node.isSetAccessorDeclaration(member))) {
    context.report(unsupportedSyntax(target, "assigning to `super.x` other than through a setter of the base class"));
    return pass();
  }
  const memberName = nameForMember(target.getNameNode().getSymbol(), target.getName(), context);
  if (isStaticAccessor(target.getNameNode().getSymbol())) {
    // A static setter is the base metaclass's: `Base.label = v` runs it (see superStaticAccessorOwner).
    const owner = superStaticAccessorOwner(target, context);
    return owner === undefined ? pass() : assign(attribute(owner, memberName), value, target);
  }
  const setter = attribute(attribute(context.transformExpression(base), memberName), "__set__");
  return expressionStatement(call(setter, [name("self"), value]), target);
}

/** `x += n`, `x++`, `x /= n` on numbers: plain Python where it agrees with JavaScript, else `x = js_plus(x, n)`. */
function compoundNumberAssignment(
  left: Node,
  operator: ArithmeticOperator | "/" | "%",
  value: py.Expression,
  origin: Node,
  context: TransformContext,
): py.Statement {
  const read = context.transformExpression(left);
  const target = transformAssignmentTarget(left, context);
  if (operator === "/" || operator === "%") {
    return writeBack(left, target, call(context.useRuntime(operator === "/" ? "js_divide" : "js_remainder"), [read, value]), origin, context);
  }
  const current = entryReadBySubscript(read, target);
  if (isPlainArithmetic(operator, current, value) && !isArrayElement(left, context)) {
    return { kind: "AugmentedAssign", target, operator, value, origin };
  }
  return writeBack(left, target, arithmetic(operator, current, value, context), origin, context);
}

/** An element of an array (`bins[Math.floor(v / 100)]`), whose index Python may hold as a float. */
function isArrayElement(node: Node, context: TransformContext): boolean {
  const target = skipOuterExpressions(node);
  return Node.isElementAccessExpression(target) && shapeOfNode(target.getExpression(), context).kind === "array";
}

/**
 * The write of a compound assignment (`+=`, `|=`, `??=`) to its settled target. An array's element
 * is written by js_set_element, as `list[i] = v` is: the index may be a whole float (`Math.floor(0
 * / 100)` is 0.0 in Python, as `-0` is kept) or the array's length (`rows[i] ??= []` appends),
 * where a subscript would raise TypeError or IndexError.
 */
function writeBack(left: Node, target: py.Expression, value: py.Expression, origin: Node, context: TransformContext): py.Statement {
  if (target.kind === "Subscript" && isArrayElement(left, context)) {
    return expressionStatement(call(context.useRuntime("js_set_element"), [target.value, target.index, value]), origin);
  }
  return assign(target, value, origin);
}

/**
 * `text += piece` where halves of an emoji may meet: `text = js_string_add(text, piece) if
 * js_halves_meet(text, piece) else text + piece`, so that the usual case stays the `text + piece`
 * stored back into `text` that CPython appends in place (a loop of appends stays linear). A piece
 * that is not a name is read once, into a temporary, after `text` as in JavaScript.
 */
function appendToVariable(
  variable: py.NameExpression,
  value: py.Expression,
  context: TransformContext,
  origin: Node,
  changedByCalls: () => boolean,
): py.Statement {
  let tested = value;
  let piece = value;
  let first: py.Expression = variable;
  let again: py.Expression = variable;
  if (value.kind !== "Name" && value.kind !== "Constant") {
    const temporary = context.temporaryName("piece");
    tested = { kind: "NamedExpression", target: temporary, value };
    piece = name(temporary);
    if (changedByCalls() || walrusTargets(value).has(variable.id)) {
      // The piece's code may assign the variable (a call's closure, or the piece itself: `s += s += "y"`;
      // review S57B, 1): its value before, as JavaScript reads it, is kept.
      [first, again] = evaluateOnce(variable, "text", context, true);
    }
  }
  const merged = call(context.useRuntime("js_string_add"), [again, piece]);
  return assign(variable, conditional(call(context.useRuntime("js_halves_meet"), [first, tested]), merged, binary("+", again, piece)), origin);
}

export function transformExpressionStatement(statement: ExpressionStatement, context: TransformContext): py.Statement[] {
  return transformExpressionAsStatements(statement.getExpression(), context);
}

/**
 * `items.length = 0;`, the everyday way to empty an array in place: `items.clear()`. Another length
 * stays refused (a longer array would hold holes, which compiled arrays never do; a negative or
 * fractional one is a RangeError).
 */
function emptiedArray(assignment: BinaryExpression, context: TransformContext): Node | undefined {
  const target = insideParentheses(assignment.getLeft());
  const value = insideParentheses(assignment.getRight());
  const isZero = Node.isNumericLiteral(value) && value.getLiteralValue() === 0;
  return isZero &&
    Node.isPropertyAccessExpression(target) &&
    target.getName() === "length" &&
    !target.hasQuestionDotToken() &&
    shapeOfNode(target.getExpression(), context).kind === "array"
    ? target.getExpression()
    : undefined;
}

/** An expression whose value is unused: assignments, increments and calls become statements. */
export function transformExpressionAsStatements(expressionNode: Node, context: TransformContext): py.Statement[] {
  const expression = insideParentheses(expressionNode);
  if (Node.isBinaryExpression(expression)) {
    const operator = expression.getOperatorToken().getKind();
    if (operator === SyntaxKind.CommaToken) {
      // `i++, j--` (a `for` loop's incrementor, or a statement): its value is unused, so each side is
      // a statement of its own, in order. A comma whose value is used stays refused.
      // What a side's transform puts before it (a function for an arrow with a block body) goes right before that side.
      const side = (node: Node): py.Statement[] => {
        const { result, preceding } = context.collectPrecedingStatements(() => transformExpressionAsStatements(node, context));
        return [...preceding, ...result];
      };
      return [...side(expression.getLeft()), ...side(expression.getRight())];
    }
    if (operator === SyntaxKind.EqualsToken) {
      const left = expression.getLeft();
      const emptied = emptiedArray(expression, context);
      if (emptied !== undefined) {
        return [expressionStatement(methodCall(context.transformExpression(emptied), "clear", [], expression), expression)];
      }
      if (Node.isArrayLiteralExpression(left) || Node.isObjectLiteralExpression(left)) {
        return transformDestructuringAssignment(left, context.transformExpression(expression.getRight()), expression, context, expression.getRight().getType());
      }
      return assignToTarget(left, context.transformExpression(expression.getRight()), expression, context);
    }
    const augmented = AUGMENTED_OPERATORS[operator];
    if (augmented !== undefined) {
      const leftShape = shapeOfNode(expression.getLeft(), context);
      const rightShape = shapeOfNode(expression.getRight(), context);
      // `counts[1] += 1` of an element typed any is refused once, as arithmetic (CS1070, reported by
      // the whole file's walk), not also as text; `w[0] += "y"` once, as the any turned into text
      // (CS1045), not also as neither text nor number (review 24A M1).
      const untypedArithmetic = augmented === "+" && untypedOperand(expression, context) !== undefined;
      if (augmented === "+" && !untypedArithmetic && !(leftShape.kind === "number" && rightShape.kind === "number")) {
        if (leftShape.kind !== "string" && !expression.getLeft().getType().isAny()) {
          context.report(unsupportedSyntax(expression, "`+=` on a value that is neither a string nor a number"));
        }
        // A target that may hold None is turned into text first ("undefined" + piece), as `target + piece` is.
        const none = noneInTextTarget(expression.getLeft(), context);
        const plainSeam = seamIsPlain(textEdge(expression.getLeft(), "end", context), textEdge(expression.getRight(), "start", context));
        if (plainSeam && none === undefined && !isArrayElement(expression.getLeft(), context)) {
          // Python's `+=` evaluates the target's receiver and key once, as JavaScript does.
          const target = transformAssignmentTarget(expression.getLeft(), context);
          const append: py.Statement = { kind: "AugmentedAssign", target, operator: "+", value: asText(expression.getRight(), context), origin: expression };
          // `s! += "b"` of a `string | null`: the name is narrowed first (`s = cast("str", s)`, no
          // copy), so type checkers see the text that `+=` appends to (review S45V, L1).
          const narrowed = target.kind === "Name" ? castNonNullTarget(expression.getLeft(), target, context) : undefined;
          return narrowed === undefined ? [append] : [assign(target, narrowed, expression), append];
        }
        // Halves of an emoji may meet at the seam, or None becomes text: the target is read, then written.
        return withTargetEvaluatedOnce(expression.getLeft(), expression.getRight(), expression, context, () => {
          const settledTarget = transformAssignmentTarget(expression.getLeft(), context);
          const read = context.transformExpression(expression.getLeft());
          // A None read (`record.get(key)`, `js_optional_member(sink, "label")`) is the text "undefined" here.
          const current = none === undefined ? entryReadBySubscript(read, settledTarget) : currentText(read, expression.getLeft(), none, context);
          const piece = asText(expression.getRight(), context);
          if (settledTarget.kind === "Name" && current.kind === "Name") {
            const variable = unwrapTypeOnly(expression.getLeft());
            return [appendToVariable(current, piece, context, expression, () => Node.isIdentifier(variable) && isWrittenByCalls(variable, context))];
          }
          return [writeBack(expression.getLeft(), settledTarget, joinStrings(current, piece, plainSeam, context), expression, context)];
        });
      }
      return withTargetEvaluatedOnce(expression.getLeft(), expression.getRight(), expression, context, () => [
        compoundNumberAssignment(expression.getLeft(), augmented, context.transformExpression(expression.getRight()), expression, context),
      ]);
    }
    const bitwise = BITWISE_HELPERS[operator];
    if (bitwise !== undefined) {
      const left = expression.getLeft();
      return withTargetEvaluatedOnce(left, expression.getRight(), expression, context, () => {
        const current = context.transformExpression(left);
        return [
          writeBack(
            left,
            transformAssignmentTarget(left, context),
            call(context.useRuntime(bitwise), [current, context.transformExpression(expression.getRight())]),
            expression,
            context,
          ),
        ];
      });
    }
    if (
      operator === SyntaxKind.QuestionQuestionEqualsToken ||
      operator === SyntaxKind.BarBarEqualsToken ||
      operator === SyntaxKind.AmpersandAmpersandEqualsToken
    ) {
      const left = expression.getLeft();
      // The target is read for the test and written after it.
      return withTargetEvaluatedOnce(left, expression.getRight(), expression, context, () => {
        const target = transformAssignmentTarget(left, context);
        const current = context.transformExpression(left);
        const test =
          operator === SyntaxKind.QuestionQuestionEqualsToken
            ? ({ kind: "Compare", operator: "is", left: current, right: constant(null) } as py.Expression)
            : operator === SyntaxKind.BarBarEqualsToken
              ? not(transformCondition(left, context))
              : transformCondition(left, context);
        return [ifStatement(test, [writeBack(left, target, context.transformExpression(expression.getRight()), expression, context)], [], expression)];
      });
    }
  }
  if (Node.isPrefixUnaryExpression(expression) || Node.isPostfixUnaryExpression(expression)) {
    const operator = expression.getOperatorToken();
    if (operator === SyntaxKind.PlusPlusToken || operator === SyntaxKind.MinusMinusToken) {
      return withTargetEvaluatedOnce(expression.getOperand(), undefined, expression, context, () => [
        compoundNumberAssignment(
          expression.getOperand(),
          operator === SyntaxKind.PlusPlusToken ? "+" : "-",
          { kind: "Constant", value: { number: "1" } },
          expression,
          context,
        ),
      ]);
    }
  }
  if (Node.isCallExpression(expression)) {
    return [transformCallStatement(expression, context)];
  }
  return [expressionStatement(context.transformExpression(expression), expression)];
}

export function transformIf(statement: IfStatement, context: TransformContext): py.Statement[] {
  const body = orPass(transformBody(statement.getThenStatement(), context));
  const elseNode = statement.getElseStatement();
  let orElse: py.Statement[] = [];
  if (elseNode !== undefined) {
    orElse = Node.isIfStatement(elseNode) ? context.transformStatement(elseNode) : orPass(transformBody(elseNode, context));
    // An `else if` whose condition needed preceding statements is no longer a single `if`: keep it nested.
  }
  return [ifStatement(transformCondition(statement.getExpression(), context), body, orElse, statement)];
}

function orPass(statements: py.Statement[]): py.Statement[] {
  return statements.every((statement) => statement.kind === "Comment") ? [...statements, pass()] : statements;
}

export function transformReturn(node: ReturnStatement, context: TransformContext): py.Statement[] {
  const expression = node.getExpression();
  // `new` gives what a constructor returns, where it is an object; Python's `__init__` returning
  // anything but None raises TypeError (review S58A). `return this` gives the object made: a bare return.
  if (expression !== undefined && Node.isConstructorDeclaration(enclosingFunction(node))) {
    if (Node.isThisExpression(unwrapTypeOnly(expression))) {
      return [returnStatement(undefined, node)];
    }
    context.report(
      unsupportedConstruct(
        node,
        "A constructor returning a value",
        "`new` gives the object made; build the other object with a static method or a function instead (`static from(…): Shape`)",
      ),
    );
  }
  return [returnStatement(expression === undefined ? undefined : context.transformExpression(expression), node)];
}

/**
 * A loop's condition and the statements its transform puts before it (a function defined for an
 * arrow with a block body, a temporary): they belong before each test, not once before the loop.
 */
function loopCondition(condition: Node, context: TransformContext): { test: py.Expression; preceding: py.Statement[] } {
  const { result: test, preceding } = context.collectPrecedingStatements(() => transformCondition(condition, context));
  return { test, preceding };
}

export function transformWhile(statement: WhileStatement, context: TransformContext): py.Statement[] {
  const { test, preceding } = loopCondition(statement.getExpression(), context);
  const body = transformBody(statement.getStatement(), context);
  if (preceding.length > 0) {
    return [{ kind: "While", test: constant(true), body: [...preceding, ifStatement(not(test), [{ kind: "Break" }]), ...body], origin: statement }];
  }
  return [{ kind: "While", test, body: orPass(body), origin: statement }];
}

export function transformDoWhile(statement: DoStatement, context: TransformContext): py.Statement[] {
  if (isContinued(statement)) {
    // `continue` goes to the condition: `first = True; while first or condition: first = False; …`
    const first = context.temporaryName("first_pass");
    const loopBody = [assign(name(first), constant(false)), ...transformBody(statement.getStatement(), context)];
    const { test, preceding } = loopCondition(statement.getExpression(), context);
    if (preceding.length > 0) {
      // `while True: if not first: <preceding>; if not condition: break …`
      const check = ifStatement(not(name(first)), [...preceding, ifStatement(not(test), [{ kind: "Break" }])]);
      return [assign(name(first), constant(true), statement), { kind: "While", test: constant(true), body: [check, ...loopBody], origin: statement }];
    }
    return [
      assign(name(first), constant(true), statement),
      { kind: "While", test: booleanOperation("or", name(first), test), body: loopBody, origin: statement },
    ];
  }
  const body = transformBody(statement.getStatement(), context);
  const { test, preceding } = loopCondition(statement.getExpression(), context);
  body.push(...preceding, ifStatement(not(test), [{ kind: "Break" }]));
  return [{ kind: "While", test: constant(true), body, origin: statement }];
}

/**
 * `for (let i = a; i < b; i++)` over an immutable bound becomes `for i in range(a, b)`; any
 * other `for` becomes a `while` with the increment also run before each `continue`.
 */
export function transformFor(statement: ForStatement, context: TransformContext): py.Statement[] {
  const initializer = statement.getInitializer();
  const condition = statement.getCondition();
  const incrementor = statement.getIncrementor();
  const body = statement.getStatement();
  refuseVarHead(initializer, context);
  const range = rangeLoop(statement, context);
  if (range !== undefined) {
    return range;
  }
  const result: py.Statement[] = [];
  if (initializer !== undefined) {
    if (Node.isVariableDeclarationList(initializer)) {
      for (const declaration of initializer.getDeclarations()) {
        if (!Node.isIdentifier(declaration.getNameNode())) {
          // Its names would be the pattern's text (`[a, b]`), and a module's globals.
          context.report(
            unsupportedConstruct(
              declaration.getNameNode(),
              "a destructuring pattern declared in a `for` initializer",
              "declare the variables before the loop and assign them there: `let a: number, b: number; for ([a, b] = [0, 1]; …)`",
            ),
          );
          continue;
        }
        const pythonName = nameForDeclaration(declaration, declaration.getName(), context);
        declareLocal(pythonName, context);
        const value = declaration.getInitializer();
        // Its value's preceding statements go right before it, after the earlier declarators (as above).
        result.push(
          ...withOwnPrecedingStatements(
            () => [assign(name(pythonName), value === undefined ? constant(null) : context.transformExpression(value), declaration)],
            context,
          ),
        );
      }
    } else {
      result.push(...expressionAsStatements(initializer, context));
    }
  }
  // What the increment's transform puts before it (a function for an arrow with a block body, a
  // temporary) runs with each increment, not once before the loop.
  const increment =
    incrementor === undefined
      ? []
      : ((collected) => [...collected.preceding, ...collected.result])(context.collectPrecedingStatements(() => expressionAsStatements(incrementor, context)));
  const loopBody = transformBody(body, context);
  const tested = condition === undefined ? undefined : loopCondition(condition, context);
  if ((increment.length > 0 && continuesThroughFinally(loopBody)) || (tested !== undefined && tested.preceding.length > 0)) {
    // JavaScript runs the `finally` a `continue` leaves before the increment; an increment put
    // before that `continue` would run first. The increment goes to the top of every pass but the first:
    // `first_pass = True; while True: if not first_pass: i += 2 …; first_pass = False; if not condition: break`.
    // (So does a condition that needs statements before it, which then run before each test.)
    const first = context.temporaryName("first_pass");
    const test = tested === undefined ? [] : [...tested.preceding, ifStatement(not(tested.test), [{ kind: "Break" as const }])];
    result.push(assign(name(first), constant(true), statement), {
      kind: "While",
      test: constant(true),
      body: [ifStatement(not(name(first)), increment), assign(name(first), constant(false)), ...test, ...loopBody],
      origin: statement,
    });
    return result;
  }
  insertBeforeContinue(loopBody, increment);
  loopBody.push(...increment);
  result.push({
    kind: "While",
    test: tested === undefined ? constant(true) : tested.test,
    body: orPass(loopBody),
    origin: statement,
  });
  return result;
}

function expressionAsStatements(expression: Node, context: TransformContext): py.Statement[] {
  // Parentheses change nothing here (`(k++, n--)`): what they hold is the statement, as for a statement.
  const inner = insideParentheses(expression);
  if (Node.isBinaryExpression(inner) || Node.isPrefixUnaryExpression(inner) || Node.isPostfixUnaryExpression(inner) || Node.isCallExpression(inner)) {
    return transformExpressionAsStatements(expression, context);
  }
  context.report(expressionAssignment(expression, isArrowBody(expression)));
  return [];
}

/** True when a `continue` of this loop lies inside a `try` (or its `except`) that has a `finally`. */
function continuesThroughFinally(statements: py.Statement[], insideFinally = false): boolean {
  return statements.some((statement) => {
    switch (statement.kind) {
      case "Continue":
        return insideFinally;
      case "If":
        return continuesThroughFinally(statement.body, insideFinally) || continuesThroughFinally(statement.orElse, insideFinally);
      case "Try": {
        const guarded = insideFinally || statement.finalBody.length > 0;
        return (
          continuesThroughFinally(statement.body, guarded) ||
          statement.handlers.some((handler) => continuesThroughFinally(handler.body, guarded)) ||
          continuesThroughFinally(statement.finalBody, insideFinally)
        );
      }
      default:
        return false;
    }
  });
}

function insertBeforeContinue(statements: py.Statement[], increment: py.Statement[]): void {
  for (let index = 0; index < statements.length; index++) {
    const statement = statements[index];
    if (statement.kind === "Continue") {
      statements.splice(index, 0, ...increment);
      index += increment.length;
    } else if (statement.kind === "If") {
      insertBeforeContinue(statement.body, increment);
      insertBeforeContinue(statement.orElse, increment);
    } else if (statement.kind === "Try") {
      insertBeforeContinue(statement.body, increment);
      statement.handlers.forEach((handler) => insertBeforeContinue(handler.body, increment));
      insertBeforeContinue(statement.finalBody, increment);
    }
  }
}

function rangeLoop(statement: ForStatement, context: TransformContext): py.Statement[] | undefined {
  const initializer = statement.getInitializer();
  const condition = statement.getCondition();
  const incrementor = statement.getIncrementor();
  if (!Node.isVariableDeclarationList(initializer) || initializer.getDeclarations().length !== 1 || condition === undefined || incrementor === undefined) {
    return undefined;
  }
  const declaration = initializer.getDeclarations()[0];
  const start = declaration.getInitializer();
  const variable = declaration.getName();
  if (start === undefined || !Node.isIdentifier(declaration.getNameNode()) || !isIntegerValued(start, context)) {
    return undefined;
  }
  const increments =
    (Node.isPostfixUnaryExpression(incrementor) || Node.isPrefixUnaryExpression(incrementor)) &&
    incrementor.getOperatorToken() === SyntaxKind.PlusPlusToken &&
    incrementor.getOperand().getText() === variable;
  if (
    !increments ||
    !Node.isBinaryExpression(condition) ||
    condition.getOperatorToken().getKind() !== SyntaxKind.LessThanToken ||
    condition.getLeft().getText() !== variable
  ) {
    return undefined;
  }
  const bound = condition.getRight();
  if (
    !isImmutableBound(bound, statement, context) ||
    isAssignedIn(statement.getStatement(), declaration, context) ||
    capturesIn(statement.getStatement(), variable)
  ) {
    return undefined;
  }
  const pythonName = nameForDeclaration(declaration, variable, context);
  declareLocal(pythonName, context);
  const startValue = context.transformExpression(start);
  const isZero = startValue.kind === "Constant" && typeof startValue.value === "object" && startValue.value?.number === "0";
  const args = isZero ? [context.transformExpression(bound)] : [startValue, context.transformExpression(bound)];
  return [
    {
      kind: "For",
      target: name(pythonName),
      iterable: call(name("range"), args),
      body: orPass(transformBody(statement.getStatement(), context)),
      origin: statement,
    },
  ];
}

/** Python's range() takes ints only: an integer literal, a length, or a const holding one. */
function isIntegerValued(node: Node, context: TransformContext): boolean {
  if (Node.isNumericLiteral(node)) {
    // Safe integers only: range() refuses the float 1e21 is printed as, and past 2^53 a double's `i++` sticks where range() counts on.
    return Number.isSafeInteger(Number(node.getText().replaceAll("_", "")));
  }
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.MinusToken) {
    return (
      Node.isNumericLiteral(node.getOperand()) && Number(node.getOperand().getText().replaceAll("_", "")) !== 0 && isIntegerValued(node.getOperand(), context)
    );
  }
  if (Node.isPropertyAccessExpression(node) && node.getName() === "length") {
    return ["string", "array"].includes(shapeOfNode(node.getExpression(), context).kind);
  }
  if (Node.isIdentifier(node)) {
    const declaration = context.resolveSymbol(node)?.getDeclarations()[0];
    if (declaration === undefined || !Node.isVariableDeclaration(declaration)) {
      return false;
    }
    const initializer = declaration.getInitializer();
    return (
      initializer !== undefined &&
      declaration.getVariableStatement()?.getDeclarationKind() === VariableDeclarationKind.Const &&
      isIntegerValued(initializer, context)
    );
  }
  return false;
}

/**
 * A loop bound that cannot change while the loop runs and that range() takes: an integer, a const
 * integer, or the length of a string held in a variable that keeps it while the loop runs.
 */
function isImmutableBound(bound: Node, loop: Node, context: TransformContext): boolean {
  if (Node.isNumericLiteral(bound)) {
    return isIntegerValued(bound, context);
  }
  if (Node.isIdentifier(bound)) {
    return isIntegerValued(bound, context);
  }
  if (Node.isPropertyAccessExpression(bound) && bound.getName() === "length") {
    const receiver = bound.getExpression();
    return shapeOfNode(receiver, context).kind === "string" && Node.isIdentifier(receiver) && keepsItsValueDuring(receiver, loop, context);
  }
  return false;
}

function capturesIn(body: Node, identifier: string): boolean {
  return body
    .getDescendants()
    .some(
      (descendant) =>
        (Node.isArrowFunction(descendant) || Node.isFunctionExpression(descendant)) &&
        descendant.getDescendantsOfKind(SyntaxKind.Identifier).some((used) => used.getText() === identifier),
    );
}

/** `var` in a loop's head: one variable for the whole function, which outlives the loop (`for (var i = 0; …)` leaves i one past the end, where range() leaves the last). */
function refuseVarHead(initializer: Node | undefined, context: TransformContext): void {
  if (initializer !== undefined && Node.isVariableDeclarationList(initializer) && initializer.getDeclarationKind() === VariableDeclarationKind.Var) {
    context.report(varDeclaration(initializer));
  }
}

/**
 * The program's own class with a `[Symbol.iterator]()` that is no generator method: refused where it
 * is declared (CS1053, with what to write), so each loop over the class is not refused again (review
 * S46B, F7: one vague refusal per loop outnumbered the real one).
 */
function hasOwnIteratorMethod(type: Type, context: TransformContext): boolean {
  const member = type.getProperties().find((property) => property.getName().startsWith("__@iterator"));
  const declarations = member?.getDeclarations() ?? [];
  return (
    declarations.length > 0 &&
    declarations.every(
      (declaration) =>
        Node.isMethodDeclaration(declaration) &&
        !declaration.isGenerator() &&
        Node.isClassDeclaration(declaration.getParent()) &&
        !context.isStandardLibrary(declaration),
    )
  );
}

export function transformForOf(statement: ForOfStatement, context: TransformContext): py.Statement[] {
  if (statement.isAwaited()) {
    context.report(unsupportedSyntax(statement, "`for await`"));
  }
  refuseVarHead(statement.getInitializer(), context);
  const iterableNode = statement.getExpression();
  const shape = shapeOfNode(iterableNode, context);
  let closesIterator = false;
  // A Map or a Set changed by the loop is walked as JavaScript walks it (an error for Python's views, and a
  // copy would see none of the changes): entries deleted before they are reached are skipped, added ones reached.
  const mapView = liveMapView(iterableNode, shape.kind, context);
  // An `Iterable<T>` or a `Map | Set` union may hold a Map or a Set: the runtime picks its walk.
  const walk = mapView === undefined ? walkOfNode(iterableNode, context) : undefined;
  let iterable =
    mapView === undefined
      ? context.transformExpression(iterableNode)
      : call(context.useRuntime(mapView.helper), [context.transformExpression(mapView.collection)]);
  // A loop that yields inside a generator may be resumed from the body of the generator it walks: every step is tested.
  const pauses = walk !== undefined && pausesInsideGenerator(statement.getStatement());
  if (walk === "any-iterable") {
    iterable = call(context.useRuntime("js_iterable"), [iterable]);
    iterable = pauses ? everyStepOfWalk(iterableNode, walk, iterable, context) : iterable;
    closesIterator = true;
  } else if (mapView === undefined && isIteratorType(iterableNode.getType(), context)) {
    iterable = pauses && walk !== undefined ? everyStepOfWalk(iterableNode, walk, iterable, context) : startOfWalk(iterableNode, iterable, context);
    closesIterator = true;
  } else if (
    mapView === undefined &&
    shape.kind !== "array" &&
    shape.kind !== "string" &&
    shape.kind !== "map" &&
    !hasOwnIteratorMethod(iterableNode.getType(), context)
  ) {
    context.report(unsupportedSyntax(iterableNode, `for…of over a value of type ${iterableNode.getType().getText(iterableNode)}`));
  }
  const initializer = statement.getInitializer();
  let target: py.Expression;
  const prelude: py.Statement[] = [];
  if (Node.isVariableDeclarationList(initializer)) {
    const declaration = initializer.getDeclarations()[0];
    const nameNode = declaration.getNameNode();
    if (Node.isIdentifier(nameNode)) {
      const pythonName = nameForDeclaration(declaration, nameNode.getText(), context);
      declareLocal(pythonName, context);
      target = name(pythonName);
    } else if (Node.isArrayBindingPattern(nameNode) && isPlainPairPattern(nameNode, iterableNode, shape.kind)) {
      // Map entries and other fixed-length tuples: unpack them directly.
      target = {
        kind: "Tuple",
        elements: nameNode.getElements().map((element) => {
          const pythonName = nameForDeclaration(element, element.getText(), context);
          declareLocal(pythonName, context);
          return name(pythonName);
        }),
      };
    } else {
      const temporary = context.temporaryName("entry");
      target = name(temporary);
      prelude.push(...transformDestructuring(nameNode, name(temporary), context, declaration));
    }
  } else if (Node.isArrayLiteralExpression(initializer) || Node.isObjectLiteralExpression(initializer)) {
    // `for ([this.key, this.value] of pairs)`: each element into a temporary, then destructured as
    // `[this.key, this.value] = element` is, by the element type the array gives.
    const temporary = context.temporaryName("entry");
    target = name(temporary);
    const elementType = shape.kind === "array" && mapView === undefined ? elementTypeOf(iterableNode.getType().getNonNullableType(), 0) : undefined;
    if (elementType === undefined || iterableNode.getType().isTuple()) {
      context.report(
        unsupportedSyntax(
          initializer,
          "a destructuring pattern of existing variables as the target of for…of over anything but an array (declare the loop variables, `for (const [key, value] of pairs)`, then assign them)",
        ),
      );
    } else {
      prelude.push(...transformDestructuringAssignment(initializer, name(temporary), initializer, context, elementType));
    }
  } else {
    target = transformAssignmentTarget(initializer, context);
  }
  const body = [...prelude, ...transformBody(statement.getStatement(), context)];
  const loop: py.ForStatement = { kind: "For", target, iterable, body: orPass(body), origin: statement };
  return closesIterator ? closingLoop(iterable, loop, context, statement) : [loop];
}

/** `[a, b]` over elements that are tuples of exactly that length (Map entries): Python unpacking is exact. */
function isPlainPairPattern(pattern: import("ts-morph").ArrayBindingPattern, iterableNode: Node, kind: string): boolean {
  const elements = pattern.getElements();
  const simple = elements.every(
    (element) =>
      Node.isBindingElement(element) &&
      Node.isIdentifier(element.getNameNode()) &&
      element.getInitializer() === undefined &&
      element.getDotDotDotToken() === undefined,
  );
  if (!simple) {
    return false;
  }
  if (kind === "map") {
    return elements.length === 2;
  }
  const elementType = iterableNode.getType().getArrayElementType();
  return elementType !== undefined && elementType.isTuple() && elementType.getTupleElements().length === elements.length;
}

export function transformTry(statement: TryStatement, context: TransformContext): py.Statement[] {
  const handlers: py.ExceptHandler[] = [];
  const catchClause = statement.getCatchClause();
  if (catchClause !== undefined) {
    const variable = catchClause.getVariableDeclaration();
    if (variable !== undefined && !Node.isIdentifier(variable.getNameNode())) {
      // Its names would never be bound (Python's `except … as` takes one name).
      context.report(
        unsupportedConstruct(
          variable.getNameNode(),
          "a destructuring pattern as the caught value",
          "catch it whole and read its members in the block: `catch (error) { const message = (error as Error).message; … }`",
        ),
      );
    }
    const pythonName = variable === undefined ? undefined : nameForDeclaration(variable, variable.getName(), context);
    if (pythonName !== undefined) {
      declareLocal(pythonName, context);
    }
    context.catchNames.push(pythonName ?? "");
    let body: py.Statement[];
    try {
      // A throw took the place of any jump under way (a generator's cleanup may throw as `continue outer` closes it).
      const dropped = flagsUnderWay(statement, [statement.getTryBlock()], context).map((flag) => assign(name(flag), constant(null)));
      body = [...dropped, ...transformBody(catchClause.getBlock(), context)];
    } finally {
      context.catchNames.pop();
    }
    // JavaScript's catch takes everything thrown; Exception leaves Kodi's SystemExit alone.
    let caughtAs = pythonName !== undefined && isUsed(catchClause.getBlock(), variable?.getName() ?? "") ? pythonName : undefined;
    if (caughtAs !== undefined && variable !== undefined && isCapturedByClosure(catchClause, variable, context)) {
      // Python unbinds `except … as e` when the block ends; a closure called later must still find
      // the value, so it is caught under another name and copied into the variable the closure reads.
      caughtAs = context.temporaryName("caught");
      body.unshift(assign(name(pythonName ?? caughtAs), name(caughtAs)));
    }
    handlers.push({ type: name("Exception"), name: caughtAs, body: orPass(body) });
  }
  const finallyBlock = statement.getFinallyBlock();
  return [
    {
      kind: "Try",
      body: orPass(transformBody(statement.getTryBlock(), context)),
      handlers,
      finalBody: finallyBlock === undefined ? [] : orPass(transformFinally(statement, finallyBlock, context)),
      origin: statement,
    },
  ];
}

/**
 * A finally block runs with any jump under way put aside, and takes it up again when it reaches
 * its end: leaving otherwise (its own `break`, `continue`, `throw` or `return`) drops the jump, as
 * in JavaScript, where the flag would otherwise still make it after the loops it crosses.
 */
function transformFinally(statement: TryStatement, finallyBlock: Block, context: TransformContext): py.Statement[] {
  const catchBlock = statement.getCatchClause()?.getBlock();
  const blocks = catchBlock === undefined ? [statement.getTryBlock()] : [statement.getTryBlock(), catchBlock];
  const putAside = flagsUnderWay(statement, blocks, context).map((flag) => ({ flag, saved: context.temporaryName(`${flag}_aside`) }));
  const body = transformBody(finallyBlock, context);
  if (putAside.length === 0) {
    return body;
  }
  return [
    ...putAside.flatMap(({ flag, saved }) => [assign(name(saved), name(flag)), assign(name(flag), constant(null))]),
    ...body,
    ...putAside.map(({ flag, saved }) => assign(name(flag), name(saved))),
  ];
}

/** A function made inside the catch block reads (or writes) the caught variable. */
function isCapturedByClosure(catchClause: CatchClause, variable: Node, context: TransformContext): boolean {
  const text = Node.hasName(variable) ? variable.getName() : "";
  return catchClause
    .getBlock()
    .getDescendantsOfKind(SyntaxKind.Identifier)
    .some(
      (used) => used.getText() === text && pythonScopeOf(used) !== pythonScopeOf(catchClause) && context.resolveSymbol(used)?.getDeclarations()[0] === variable,
    );
}

function isUsed(block: Block, identifier: string): boolean {
  return block.getDescendantsOfKind(SyntaxKind.Identifier).some((used) => used.getText() === identifier);
}

export function transformThrow(node: ThrowStatement, context: TransformContext): py.Statement[] {
  const expression = node.getExpression();
  if (Node.isIdentifier(expression)) {
    const caught = context.catchNames[context.catchNames.length - 1];
    const declaration = context.resolveSymbol(expression)?.getDeclarations()[0];
    if (declaration !== undefined && Node.isVariableDeclaration(declaration) && Node.isCatchClause(declaration.getParent())) {
      const pythonName = nameForDeclaration(declaration, expression.getText(), context);
      // Re-raising what was caught keeps Python's original traceback; a closure made in the catch
      // block may run after it, where a bare `raise` has nothing to re-raise.
      const inHandler = pythonName === caught && pythonScopeOf(node) === pythonScopeOf(declaration) && handlesCaughtValue(node, declaration, context);
      return [{ kind: "Raise", value: inHandler ? undefined : name(pythonName), origin: node }];
    }
  }
  const shape = shapeOfNode(expression, context);
  if (shape.kind !== "error") {
    context.report(throwNonError(expression, expression.getType().getText(expression)));
  }
  return [{ kind: "Raise", value: context.transformExpression(expression), origin: node }];
}

/**
 * A bare `raise` re-raises the exception Python is handling, which is the catch variable's value only
 * while that variable keeps it (no `err = new RangeError(…)` anywhere in the catch block) and no
 * `finally` block lies between (it may run while another exception propagates: `try { throw x }
 * finally { throw e }`).
 */
function handlesCaughtValue(node: ThrowStatement, declaration: Node, context: TransformContext): boolean {
  const clause = declaration.getParentOrThrow();
  if (!Node.isCatchClause(clause) || isAssignedIn(clause.getBlock(), declaration, context)) {
    return false;
  }
  let inner: Node = node;
  for (let outer: Node | undefined = node.getParent(); outer !== undefined && outer !== clause; outer = outer.getParent()) {
    if (Node.isTryStatement(outer) && outer.getFinallyBlock() === inner) {
      return false;
    }
    inner = outer;
  }
  return true;
}

export function transformBlock(node: Block, context: TransformContext): py.Statement[] {
  return transformBody(node, context);
}

export function transformNothing(): py.Statement[] {
  return [];
}

/**
 * `for (const key in record)` over data (an interface of data, a Record, an object literal's type):
 * its own keys in Object.keys's order, as a plain object inherits no enumerable ones. Anything
 * else (an array, a string, a class instance, `object`, a type that may hide an instance) is refused.
 */
export function transformForIn(node: ForInStatement, context: TransformContext): py.Statement[] {
  const objectNode = node.getExpression();
  const type = objectNode.getType();
  const members = (type.isUnion() ? type.getUnionTypes() : [type]).filter((member) => !member.isNull() && !member.isUndefined());
  if (members.length === 0 || !members.every((member) => shapeOfType(member, context).kind === "dict" && !mayHideInstance(member))) {
    context.report(forInStatement(node));
    return [];
  }
  const initializer = node.getInitializer();
  refuseVarHead(initializer, context);
  let target: py.Expression;
  if (Node.isVariableDeclarationList(initializer)) {
    const declaration = initializer.getDeclarations()[0];
    const pythonName = nameForDeclaration(declaration, declaration.getName(), context);
    declareLocal(pythonName, context);
    target = name(pythonName);
  } else {
    target = transformAssignmentTarget(initializer, context);
  }
  const iterable = call(context.useRuntime("js_for_in"), [context.transformExpression(objectNode)]);
  return [{ kind: "For", target, iterable, body: orPass(transformBody(node.getStatement(), context)), origin: node }];
}
