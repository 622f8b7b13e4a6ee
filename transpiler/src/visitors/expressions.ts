/** Literals, names, property and element access, object and array literals, templates. */
import { isDeclaredOnlyAmbiently } from "../utils/ambient-names";
import { isClassMethod } from "../utils/static-this";
import { isFunctionOwnProperty, transformFunctionOwnProperty } from "../builtins/function-properties";
import { isRegExp, transformMatchArrayProperty, transformRegExpProperty } from "../builtins/regexp";
import {
  ArrayLiteralExpression,
  AsExpression,
  ConditionalExpression,
  ElementAccessExpression,
  Identifier,
  Node,
  NonNullExpression,
  ObjectFlags,
  NoSubstitutionTemplateLiteral,
  NumericLiteral,
  ObjectLiteralExpression,
  ParenthesizedExpression,
  PropertyAccessExpression,
  SatisfiesExpression,
  StringLiteral,
  Symbol as MorphSymbol,
  SymbolFlags,
  SyntaxKind,
  TemplateExpression,
  Type,
  TypeAssertion,
  TypeOfExpression,
} from "ts-morph";
import type { TransformContext } from "../context";
import { optionalLink } from "../utils/optional-chains";
import {
  builtinMethodWithoutCall,
  type Diagnostic,
  dynamicAccess,
  indexSignatureOfObject,
  prototypeAccess,
  typeOfNullOrUndefined,
  unsupportedBuiltin,
  unsupportedConstruct,
  unsupportedSyntax,
} from "../diagnostics";
import { noneMeaning, noneMeaningOfNode } from "../utils/none-meaning";
import { spreadSource } from "../utils/iteration";
import { spreadOperand } from "../utils/object-spreads";
import { dictSpreadsInPlace, spreadsInPlace } from "../utils/spread-order";
import type * as py from "../python/ast";
import { attribute, call, conditional, constant, methodCall, name, number, subscript, text } from "../python/build";
import { annotationForType, annotationForTypeNode } from "../utils/annotations";
import { printExpression } from "../python/printer";
import { elementType, nonNullMembers, picksAMember, VALUE_NAMES } from "../utils/type-parts";
import { isObjectLiteralType, isThroughIndexSignature, kindsOfMembers, shapeOfNode, shapeOfType, ValueShape } from "../utils/types";
import { functionTargetOf, transformGlobalProperty, isStandardGlobal } from "../builtins/globals";
import { nameForDeclaration, nameForIdentifier, nameForMember, valueSymbolAt } from "../utils/names";
import { evaluateTestedOnce } from "../utils/temporaries";
import { memberRead } from "../utils/absent-members";
import { thisOwner } from "../utils/this-type";
import { firstValueIterator } from "../builtins/first-value";
import { isStaticAccessor, superStaticAccessorOwner } from "../utils/static-accessors";
import { refuseSetterOnlyRead } from "../utils/setter-only-reads";
import { transformCondition } from "../utils/truthiness";
import { asText, stringConversion } from "../utils/string-conversion";
import { builtinFunctionValue } from "../builtins/function-values";
import { insteadOfLibraryClass } from "../builtins/missing-library";
import { libraryTypeName } from "../utils/library-types";
import { literalIndexMember } from "../utils/object-literal-keys";
import { outsideParentheses } from "../utils/parentheses";
import { joinStrings, literalEdge, seamIsPlain, sequenceEdge, TextEdge, textEdge } from "../utils/string-joins";

/** Python source for a double: exactly that double, on every Python. */
export function numberSource(value: number, context: TransformContext): string {
  if (!Number.isFinite(value)) {
    context.useModule("math");
    return Number.isNaN(value) ? "math.nan" : value > 0 ? "math.inf" : "-math.inf";
  }
  if (Object.is(value, -0)) {
    return "-0.0"; // the int 0 has no sign
  }
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    // The shortest text (12345678901234567000) read as a Python int is another number than the
    // double (12345678901234567168): write the double's exact value, as a float as JavaScript has it.
    return BigInt(value).toString() + ".0";
  }
  return String(value);
}

export function transformNumericLiteral(node: NumericLiteral, context: TransformContext): py.Expression {
  // From the source text: ts-morph's literal value loses exponents (1e21 → 1); Number() reads every JS form.
  const value = Number(node.getText().replaceAll("_", ""));
  return number(numberSource(value, context), node);
}

export function transformStringLiteral(node: StringLiteral | NoSubstitutionTemplateLiteral): py.Expression {
  return text(node.getLiteralValue(), node);
}

export function transformIdentifier(node: Identifier, context: TransformContext): py.Expression {
  const identifier = node.getText();
  if (identifier === "undefined") {
    return constant(null, node);
  }
  if (identifier === "arguments" && (context.resolveSymbol(node)?.getDeclarations() ?? []).every((declaration) => context.isStandardLibrary(declaration))) {
    // A function's own `arguments` object: a Python function has no such name (NameError, review 24B F8).
    context.report(unsupportedConstruct(node, "`arguments`", "declare a rest parameter: `function count(...values: number[]) { return values.length; }`"));
    return name("None", node);
  }
  if (identifier === "NaN" || identifier === "Infinity") {
    const symbol = context.resolveSymbol(node);
    const declaration = symbol?.getDeclarations()[0];
    if (declaration === undefined || context.isStandardLibrary(declaration)) {
      return attribute(context.useModule("math"), identifier === "NaN" ? "nan" : "inf", node);
    }
  }
  if (identifier === "globalThis" && (context.resolveSymbol(node)?.getDeclarations() ?? []).every((declaration) => context.isStandardLibrary(declaration))) {
    // JavaScript's global object has no Python counterpart the compiled code could hand out.
    context.report(unsupportedBuiltin(node, "`globalThis`", "name the global itself (`Math.max(1, 2)`, `parseInt(text)`)"));
    return name("None", node);
  }
  if (isStandardGlobal(node, context)) {
    const asFunction = builtinFunctionValue(identifier, context, node);
    if (asFunction !== undefined) {
      return asFunction;
    }
    context.report(unsupportedBuiltin(node, `\`${identifier}\` as a value`));
    return name("None", node);
  }
  if (isDeclaredOnlyAmbiently(node, context)) {
    context.report(
      unsupportedConstruct(
        node,
        `\`${identifier}\`, which the program declares with \`declare\` and defines nowhere (JavaScript finds it among the host's globals; Python has none, and the compiled name would raise NameError)`,
        "define it in the program (a function, a class or a const of your own), or import it from a module of the program that does",
      ),
    );
    return name("None", node);
  }
  const pythonName = nameForIdentifier(node, context);
  context.valueNames.add(pythonName);
  if (isEnumObject(node, context)) {
    // The enum itself as a value (`Object.values(Kind)`, `Kind[key]`): JavaScript's object of it.
    return call(context.useRuntime("js_enum_object"), [name(pythonName, node)], node);
  }
  return name(pythonName, node);
}

/** An enum's name used other than to read one member (`Kind.A`). */
function isEnumObject(node: Node, context: TransformContext): boolean {
  const parent = node.getParent();
  if (parent !== undefined && Node.isPropertyAccessExpression(parent) && parent.getExpression() === node) {
    return false;
  }
  const symbol = valueSymbolAt(node, context);
  const declaration = (symbol?.isAlias() === true ? (symbol.getAliasedSymbol() ?? symbol) : symbol)?.getDeclarations()[0];
  return declaration !== undefined && Node.isEnumDeclaration(declaration);
}

/** An object's property: a dict key for data, an attribute for class instances. */
export function transformPropertyAccess(access: PropertyAccessExpression, context: TransformContext): py.Expression {
  refuseSetterOnlyRead(access, context);
  if (access.hasQuestionDotToken()) {
    return transformOptionalAccess(access, context);
  }
  if (isStandardGlobal(access.getExpression(), context)) {
    return transformGlobalProperty(access.getExpression().getText(), access.getName(), access, context);
  }
  if (access.getExpression().getKind() === SyntaxKind.SuperKeyword) {
    return superMember(access, context);
  }
  const iteratorCall = firstValueIterator(access);
  const collectionNode = iteratorCall === undefined ? undefined : (iteratorCall.getExpression() as PropertyAccessExpression).getExpression();
  const collection = collectionNode === undefined ? undefined : shapeOfNode(collectionNode, context).kind;
  if (iteratorCall !== undefined && collectionNode !== undefined && (collection === "map" || collection === "set")) {
    // A Set is walked as it is (its values() is a copy, a list, which the first value does not need).
    const walked = context.transformExpression(collection === "set" ? collectionNode : iteratorCall);
    return call(name("next"), [call(name("iter"), [walked]), constant(null)], access);
  }
  const constructorAccess = access.getExpression();
  if (access.getName() === "name" && Node.isPropertyAccessExpression(constructorAccess) && isConstructorOfProgramInstance(constructorAccess)) {
    return call(context.useRuntime("js_class_name"), [context.transformExpression(constructorAccess.getExpression())], access);
  }
  if (access.getName() === "name" && isNewTargetInConstructor(constructorAccess)) {
    // `this.name = new.target.name` in an Error base class: the class `new` was given, which is the
    // instance's own class (a subclass's, where its constructor called super), as for this.constructor.
    return call(context.useRuntime("js_class_name"), [name("self")], access);
  }
  return propertyOf(context.transformExpression(access.getExpression()), access, context);
}

/** `new.target` in a class's constructor (or an arrow function inside it, which sees the constructor's). */
export function isNewTargetInConstructor(node: Node): boolean {
  if (!Node.isMetaProperty(node) || node.getKeywordToken() !== SyntaxKind.NewKeyword) {
    return false;
  }
  const owner = node.getFirstAncestor((ancestor) => Node.isFunctionLikeDeclaration(ancestor) && !Node.isArrowFunction(ancestor));
  return owner !== undefined && Node.isConstructorDeclaration(owner);
}

/** `super.x`: the base's member, through Python's super(), or a static accessor through the base class's metaclass. */
function superMember(access: PropertyAccessExpression, context: TransformContext): py.Expression {
  const member = nameForMember(access.getNameNode().getSymbol(), access.getName(), context);
  if (isStaticAccessor(access.getNameNode().getSymbol())) {
    return attribute(superStaticAccessorOwner(access, context) ?? name("None"), member, access);
  }
  return attribute(superObject(access, context), member, access);
}

/**
 * `super` for `super.x`: Python's zero-argument `super()` works only directly in an instance
 * method's own body. Inside an arrow (a lambda, a nested def, or a comprehension on 3.8–3.11), in a
 * field initializer, or in a static method (a staticmethod has no arguments), it is
 * `super(ClassName, self)`, or `super(ClassName, ClassName)` for statics.
 */
function superObject(access: Node, context: TransformContext): py.Expression {
  let nested = false;
  let isStatic = false;
  let inMethod = false;
  for (const ancestor of access.getAncestors()) {
    if (Node.isArrowFunction(ancestor) || Node.isFunctionExpression(ancestor)) {
      nested = true;
      continue;
    }
    if (Node.isClassStaticBlockDeclaration(ancestor)) {
      isStatic = true;
      break;
    }
    if (
      Node.isMethodDeclaration(ancestor) ||
      Node.isGetAccessorDeclaration(ancestor) ||
      Node.isSetAccessorDeclaration(ancestor) ||
      Node.isPropertyDeclaration(ancestor)
    ) {
      isStatic = ancestor.isStatic();
      inMethod = !Node.isPropertyDeclaration(ancestor);
      break;
    }
    if (Node.isConstructorDeclaration(ancestor)) {
      inMethod = true;
      break;
    }
  }
  if (inMethod && !nested && !isStatic) {
    return call(name("super"), []);
  }
  const classNode = access.getFirstAncestor((ancestor) => Node.isClassDeclaration(ancestor) || Node.isClassExpression(ancestor));
  const className = classNode !== undefined && (Node.isClassDeclaration(classNode) || Node.isClassExpression(classNode)) ? classNode.getName() : undefined;
  if (classNode === undefined || className === undefined) {
    context.report(unsupportedSyntax(access, "`super` in a class without a name (name the class)"));
    return call(name("super"), []);
  }
  const pythonClass = name(nameForDeclaration(classNode, className, context));
  // In a static method that is a classmethod, the class it was called on: the base's method sees it as its `this`.
  const owner = thisOwner(access);
  const staticReceiver = owner !== undefined && isClassMethod(owner) ? name("cls") : pythonClass;
  return call(name("super"), [pythonClass, isStatic ? staticReceiver : name("self")]);
}

function transformOptionalAccess(access: PropertyAccessExpression, context: TransformContext): py.Expression {
  const [first, again] = evaluateTestedOnce(context.transformExpression(access.getExpression()), "value", context);
  return optionalLink(first, propertyOf(again, access, context), access, context);
}

/** `receiver.name` for the receiver's shape. */
export function propertyOf(receiver: py.Expression, access: PropertyAccessExpression, context: TransformContext): py.Expression {
  const receiverNode = access.getExpression();
  const property = access.getName();
  if (property === "prototype" || property === "__proto__" || property === "constructor") {
    const { parent } = outsideParentheses(access);
    const setPrototypeOf = parent !== undefined && Node.isCallExpression(parent) && parent.getExpression().getText() === "Object.setPrototypeOf";
    // `x.constructor` of any receiver gets the advice that applies (`instanceof`; review E1, F13).
    const constructorName = property === "constructor";
    context.report(prototypeAccess(access, setPrototypeOf, constructorName));
    return receiver;
  }
  if (isStandardGlobal(receiverNode, context)) {
    return transformGlobalProperty(receiverNode.getText(), property, access, context);
  }
  if (receiverNode.getKind() === SyntaxKind.SuperKeyword) {
    return superMember(access, context);
  }
  if (isFunctionOwnProperty(access, context)) {
    return transformFunctionOwnProperty(access, context);
  }
  if (isClassReference(receiverNode, context)) {
    // Static members and enum members.
    return attribute(receiver, nameForMember(access.getNameNode().getSymbol(), property, context), access);
  }
  const shape = shapeOfNode(receiverNode, context);
  return memberOfShape(receiver, shape, access, context);
}

/**
 * An optional member may be absent: undefined in JavaScript, None here, never a KeyError. That holds where TypeScript has narrowed the read to a value too
 * (`user.age !== undefined && user.age < 18`, after `user.age = 30`): TypeScript keeps a property's
 * narrowing across calls, so a function called in between may have deleted the key (`delete
 * user.age`), and Node then reads undefined. Such a read is still `get`, cast to the narrowed type,
 * which type checkers take as the value (pyright rejected `user.get("age") < 18`).
 */
function optionalMemberRead(receiver: py.Expression, property: string, access: PropertyAccessExpression, context: TransformContext): py.Expression {
  const read = methodCall(receiver, "get", [text(property)], access);
  const type = access.getType();
  const meaning = noneMeaning(type);
  if (meaning.undefined || meaning.null || type.isAny() || type.isUnknown()) {
    return read;
  }
  const annotation = printExpression(annotationForType(type, context));
  // `cast(Any, …)` where the type has no annotation of its own (an anonymous object type): the checker
  // then takes the value as it takes any `Any`, not as Optional.
  const target = annotation === "Any" ? context.useTyping("Any") : text(annotation);
  return call(context.useTyping("cast"), [target, read], access);
}

/**
 * `.length` of a `string | T[]` (a `size(v)` helper after `Array.isArray(v) || typeof v === "string"`)
 * and `.size` of a `Map | Set`: both members have it, read at run time for the one the value is.
 */
function sizeOfMixedCollection(receiver: py.Expression, access: PropertyAccessExpression, context: TransformContext): py.Expression | undefined {
  const kinds = [...kindsOfMembers(access.getExpression().getType(), context)];
  const property = access.getName();
  if (property === "length" && kinds.length > 0 && kinds.every((kind) => kind === "string" || kind === "array")) {
    return call(context.useRuntime("js_length_of"), [receiver], access);
  }
  if (property === "size" && kinds.length > 0 && kinds.every((kind) => kind === "map" || kind === "set")) {
    return call(name("len"), [receiver], access);
  }
  return undefined;
}

function memberOfShape(receiver: py.Expression, shape: ValueShape, access: PropertyAccessExpression, context: TransformContext): py.Expression {
  const property = access.getName();
  switch (shape.kind) {
    case "string":
      if (property === "length") {
        // JavaScript counts UTF-16 code units: an emoji is 2.
        return call(context.useRuntime("js_length"), [receiver], access);
      }
      break;
    case "array": {
      if (property === "length") {
        return call(name("len"), [receiver], access);
      }
      const matchProperty = transformMatchArrayProperty(receiver, access, context);
      if (matchProperty !== undefined) {
        return matchProperty;
      }
      break;
    }
    case "map":
    case "set":
      if (property === "size") {
        return call(name("len"), [receiver], access);
      }
      break;
    case "error":
      if (property === "message") {
        return call(context.useRuntime("js_error_message"), [receiver], access);
      }
      if (property === "stack") {
        return call(context.useRuntime("js_error_stack"), [receiver], access);
      }
      if (property === "name") {
        // Error.prototype.name, or the program's own; a caught Python exception has none of its own.
        return call(context.useRuntime("js_error_name"), [receiver], access);
      }
      return memberRead(receiver, nameForMember(access.getNameNode().getSymbol(), property, context), access.getNameNode().getSymbol(), context, access);
    case "dict": {
      const symbol = access.getNameNode().getSymbol();
      // An optional member, or a key of an index signature, may be absent: undefined in JavaScript, None here (never a KeyError).
      const optionalMember = symbol !== undefined && (symbol.getFlags() & SymbolFlags.Optional) !== 0;
      if (optionalMember) {
        return optionalMemberRead(receiver, property, access, context);
      }
      // A key of an index signature is typed without undefined whether or not it is there: read with get.
      return isThroughIndexSignature(access) ? methodCall(receiver, "get", [text(property)], access) : subscript(receiver, text(property), access);
    }
    case "object": {
      if (isRegExp(access.getExpression(), context)) {
        return transformRegExpProperty(receiver, access, context);
      }
      if (isThroughIndexSignature(access)) {
        context.report(indexSignatureOfObject(access, property));
      }
      const missing = missingLibraryClass(access.getExpression(), access, context);
      if (missing !== undefined) {
        context.report(missing);
      }
      // An optional member a class may leave out reads as undefined (None), not AttributeError.
      return memberRead(receiver, nameForMember(access.getNameNode().getSymbol(), property, context), access.getNameNode().getSymbol(), context, access);
    }
    case "function":
      return attribute(receiver, nameForMember(access.getNameNode().getSymbol(), property, context), access);
    default:
      break;
  }
  if (isClassReference(access.getExpression(), context)) {
    return attribute(receiver, nameForMember(access.getNameNode().getSymbol(), property, context), access);
  }
  const mixedSize = sizeOfMixedCollection(receiver, access, context);
  if (mixedSize !== undefined) {
    return mixedSize;
  }
  // What the method belongs to, for the kinds whose methods are compiled at their calls (a function was read above).
  const builtinOwner = VALUE_NAMES[shape.kind];
  const symbol = access.getNameNode().getSymbol();
  if (builtinOwner !== undefined && symbol !== undefined && (symbol.getFlags() & SymbolFlags.Method) !== 0) {
    context.report(builtinMethodWithoutCall(access, property, builtinOwner));
  } else if (!madeByAssignIntoFunction(access.getExpression(), context)) {
    context.report(
      missingLibraryClass(access.getExpression(), access, context) ??
        dynamicAccess(
          access,
          `\`.${property}\` on a value of type ${access.getExpression().getType().getText(access)}`,
          objectKind(access.getExpression(), shape, context),
        ),
    );
  }
  return attribute(receiver, property, access);
}

/**
 * A `const` made by `Object.assign` into a function (`const f = Object.assign(() => 1, { tag: "x" })`):
 * that call is refused (CS1047, with what to write instead), and a read of the properties it gave is
 * the same refusal, reported once (review 27C F3).
 */
function madeByAssignIntoFunction(receiver: Node, context: TransformContext): boolean {
  const declaration = Node.isIdentifier(receiver) ? context.resolveSymbol(receiver)?.getDeclarations()[0] : undefined;
  const initializer = declaration !== undefined && Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : undefined;
  // The very test the call's refusal makes, so that no read is let through unrefused.
  return (
    initializer !== undefined &&
    Node.isCallExpression(initializer) &&
    initializer.getExpression().getText() === "Object.assign" &&
    functionTargetOf(initializer) !== undefined
  );
}

/**
 * `this.constructor.name` (an Error subclass's `this.name = this.constructor.name`), or the same of
 * any instance of a class the program declares: the name of the instance's own class, a subclass's
 * where the instance is one. (`constructor` read otherwise stays refused, CS1012.)
 */
function isConstructorOfProgramInstance(node: Node): boolean {
  if (!Node.isPropertyAccessExpression(node) || node.getName() !== "constructor" || node.hasQuestionDotToken()) {
    return false;
  }
  const instance = node.getExpression();
  if (instance.getKind() === SyntaxKind.ThisKeyword) {
    const owner = thisOwner(instance);
    if (owner !== undefined && Node.isClassDeclaration(owner)) {
      // A field's initializer: an instance field's `this` is the instance, a static one's the class.
      return (
        instance.getFirstAncestor(
          (ancestor) => (Node.isPropertyDeclaration(ancestor) && ancestor.isStatic()) || Node.isClassStaticBlockDeclaration(ancestor),
        ) === undefined
      );
    }
    const instanceMember =
      owner !== undefined &&
      (Node.isConstructorDeclaration(owner) ||
        ((Node.isMethodDeclaration(owner) || Node.isGetAccessorDeclaration(owner) || Node.isSetAccessorDeclaration(owner)) && !owner.isStatic()));
    const parent = owner?.getParent();
    return instanceMember && parent !== undefined && Node.isClassDeclaration(parent);
  }
  const type = instance.getType();
  const declarations = type.getSymbol()?.getDeclarations() ?? [];
  return (
    !type.isUnion() &&
    declarations.length > 0 &&
    declarations.every(
      (declaration) =>
        Node.isClassDeclaration(declaration) && !declaration.hasModifier(SyntaxKind.DeclareKeyword) && !declaration.getSourceFile().isDeclarationFile(),
    )
  );
}

function isClassReference(node: Node, context: TransformContext): boolean {
  const declaration = context.resolveSymbol(node)?.getDeclarations()[0];
  return declaration !== undefined && (Node.isClassDeclaration(declaration) || Node.isEnumDeclaration(declaration)) && Node.isIdentifier(node);
}

/** The object of a member access or an element access (`x` in `x.push(…)`, `x[0]`), through parentheses and `!`. */
function isReceiver(node: Node): boolean {
  let current: Node = node;
  let parent = current.getParent();
  while (parent !== undefined && (Node.isParenthesizedExpression(parent) || Node.isNonNullExpression(parent))) {
    current = parent;
    parent = current.getParent();
  }
  return parent !== undefined && (Node.isPropertyAccessExpression(parent) || Node.isElementAccessExpression(parent)) && parent.getExpression() === current;
}

/** Which kind of object an indexed receiver is, for CS1011's advice. */
/** `{ [K in keyof E]: … }` (Partial<E>, a program's own): an array where E is one. */
function isMappedOverKeysOf(type: Type): boolean {
  const declaration = type.getSymbol()?.getDeclarations()[0];
  const constraint = declaration !== undefined && Node.isMappedTypeNode(declaration) ? declaration.getTypeParameter().getConstraint() : undefined;
  return (
    (type.getObjectFlags() & ObjectFlags.Mapped) !== 0 &&
    constraint !== undefined &&
    Node.isTypeOperatorTypeNode(constraint) &&
    constraint.getOperator() === SyntaxKind.KeyOfKeyword
  );
}

/**
 * A typed array's element, a Date's field: an index or a member of a standard library class the
 * runtime lacks is refused by the class's name, with what to write instead (the class's own
 * "members are attributes" advice cannot be followed for it).
 */
function missingLibraryClass(receiver: Node, node: Node, context: TransformContext): Diagnostic | undefined {
  const className = libraryTypeName(receiver.getType(), context);
  const instead = className === undefined ? undefined : insteadOfLibraryClass(className);
  return instead === undefined ? undefined : unsupportedBuiltin(node, `JavaScript's ${className}`, instead);
}

function objectKind(receiver: Node, shape: ValueShape, context: TransformContext): "instance" | "literal" | "mapped" | { classBesideData: string } | undefined {
  if (shape.kind === "unknown" && nonNullMembers(receiver.getType()).every(isMappedOverKeysOf)) {
    return "mapped";
  }
  if (shape.kind === "unknown") {
    // `Circle | { kind: "square"; side: number }`: the class to narrow by.
    const members = nonNullMembers(receiver.getType());
    const classMember = members.find(
      (member) => member.isClass() || (member.getSymbol()?.getDeclarations() ?? []).some((declaration) => Node.isClassDeclaration(declaration)),
    );
    const hasData = members.some((member) => shapeOfType(member, context).kind === "dict");
    const className = classMember?.getSymbol()?.getName();
    if (className !== undefined && hasData) {
      return { classBesideData: className };
    }
  }
  if (shape.kind !== "object" && shape.kind !== "error") {
    return undefined;
  }
  return nonNullMembers(receiver.getType()).every((member) => isObjectLiteralType(member)) ? "literal" : "instance";
}

/**
 * The program's own member of a class instance or an object literal with methods that a literal key
 * names (`handlers[1]`, `point["x"]`, `` shape[`area`] ``): its attribute is known at compile time.
 */
function memberNamedByLiteral(access: ElementAccessExpression, shape: ValueShape, context: TransformContext): MorphSymbol | undefined {
  if (shape.kind !== "object") {
    return undefined;
  }
  const member = literalIndexMember(access);
  const declarations = member?.getDeclarations() ?? [];
  const isOwnMember = (declaration: Node): boolean => !Node.isIndexSignatureDeclaration(declaration) && !context.isStandardLibrary(declaration);
  return declarations.length > 0 && declarations.every(isOwnMember) ? member : undefined;
}

export function transformElementAccess(access: ElementAccessExpression, context: TransformContext): py.Expression {
  refuseSetterOnlyRead(access, context);
  const argument = access.getArgumentExpression();
  if (argument === undefined) {
    context.report(unsupportedSyntax(access, "an element access without an index"));
    return name("None", access);
  }
  const object = access.getExpression();
  if (Node.isIdentifier(object) && isStandardGlobal(object, context)) {
    // `Math["round"](x)`: the compiler compiles the standard library's members where they are named.
    const member = Node.isStringLiteral(argument) || Node.isNoSubstitutionTemplateLiteral(argument) ? argument.getLiteralValue() : undefined;
    const instead =
      member !== undefined && /^[A-Za-z_$][\w$]*$/.test(member)
        ? `name the member with a dot (\`${object.getText()}.${member}\`)`
        : "name each member with a dot";
    context.report(unsupportedBuiltin(access, `\`${object.getText()}\` indexed by a key`, instead));
    return name("None", access);
  }
  let receiver = context.transformExpression(object);
  let again = receiver;
  if (access.hasQuestionDotToken()) {
    [receiver, again] = evaluateTestedOnce(receiver, "value", context);
  }
  const index = context.transformExpression(argument);
  const shape = shapeOfNode(object, context);
  let read: py.Expression;
  switch (shape.kind) {
    case "dict":
      // A missing key reads as undefined in JavaScript, as None here (never a KeyError).
      read = methodCall(again, "get", [objectKey(argument, index, context)], access);
      if (isReceiver(access) && !access.getType().isNullable() && !access.getType().isAny()) {
        // `groups[key].push(item)` where the type says the key is there (`Record<K, T[]>`, keys of a
        // literal union): dict.get() is Optional to a type checker, which the member access would fail.
        read = call(context.useTyping("cast"), [context.useTyping("Any"), read], access);
      }
      break;
    case "array":
      // Out-of-range and negative indexes read as undefined in JavaScript, not as an error or from the end.
      read = call(context.useRuntime("js_element"), [again, index], access);
      break;
    case "string":
      // One UTF-16 code unit, as in JavaScript.
      read = call(context.useRuntime("js_string_element"), [again, index], access);
      break;
    default: {
      const member = memberNamedByLiteral(access, shape, context);
      if (member !== undefined) {
        // `handlers[1]()`, `point["x"]`: a member the key names, read as `.x` would read it.
        read = memberRead(again, nameForMember(member, member.getName(), context), member, context, access);
        break;
      }
      // A well-known symbol key (`items[Symbol.iterator]`) is refused where the symbol is read (CS1008), with its own advice (review 23B M2).
      const key = access.getArgumentExpression();
      const symbolKey = key !== undefined && Node.isPropertyAccessExpression(key) && key.getExpression().getText() === "Symbol";
      if (!symbolKey) {
        context.report(
          missingLibraryClass(access.getExpression(), access, context) ??
            dynamicAccess(
              access,
              `indexing a value of type ${access.getExpression().getType().getText(access)}`,
              // Review 24B F5: `x[k]` of `T` by `K extends keyof T`, where narrowing is no help.
              access.getExpression().getType().isTypeParameter() && access.getArgumentExpression()?.getType().isTypeParameter() === true
                ? "generic key"
                : objectKind(access.getExpression(), shape, context),
            ),
        );
      }
      read = subscript(again, index, access);
    }
  }
  return access.hasQuestionDotToken() ? optionalLink(receiver, read, access, context) : read;
}

/** An object's keys are strings in JavaScript: `record[5]` is `record["5"]`. */
export function objectKey(keyNode: Node, key: py.Expression, context: TransformContext): py.Expression {
  const shape = shapeOfNode(keyNode, context);
  return shape.kind === "string" && !shape.nullable ? key : stringConversion(key, keyNode, context);
}

/** Assignment targets: `x`, `object.field`, `dict[key]`, `array[index]`. */
/** The kinds whose Python values take no attribute of the program's (a list, a JsMap, a str, …), or may not. */
const NO_ATTRIBUTES = new Set<ValueShape["kind"]>(["array", "map", "set", "string", "number", "boolean", "null", "unknown"]);

export function transformAssignmentTarget(node: Node, context: TransformContext): py.Expression {
  if (Node.isParenthesizedExpression(node) || Node.isNonNullExpression(node) || Node.isAsExpression(node)) {
    return transformAssignmentTarget(node.getExpression(), context);
  }
  if (Node.isIdentifier(node)) {
    const pythonName = nameForIdentifier(node, context);
    noteAssignment(pythonName, context);
    return name(pythonName, node);
  }
  if (Node.isPropertyAccessExpression(node)) {
    const receiver = context.transformExpression(node.getExpression());
    const shape = shapeOfNode(node.getExpression(), context);
    if (shape.kind === "array" && node.getName() === "length") {
      // Python's list has no length to set; a longer one would hold holes, which compiled arrays never do.
      context.report(
        unsupportedConstruct(node, "setting an array's `length` other than emptying it in a statement (`items.length = 0;`)", "shorten it with `splice(n)`"),
      );
    }
    const isClass = isClassReference(node.getExpression(), context);
    if (shape.kind === "dict" && !isClass) {
      return subscript(receiver, text(node.getName()), node);
    }
    if (!isClass && !(shape.kind === "array" && node.getName() === "length") && NO_ATTRIBUTES.has(shape.kind)) {
      // A list, dict, set or primitive takes no attribute in Python (a branded array's named field,
      // a write through a value of unknown kind): as for a read of it, the types must say.
      context.report(dynamicAccess(node, `writing \`.${node.getName()}\` on a value of type ${node.getExpression().getType().getText(node)}`));
    }
    if (shape.kind === "object" && isThroughIndexSignature(node)) {
      context.report(indexSignatureOfObject(node, node.getName()));
    }
    return attribute(receiver, nameForMember(node.getNameNode().getSymbol(), node.getName(), context), node);
  }
  if (Node.isElementAccessExpression(node)) {
    const argument = node.getArgumentExpression();
    if (argument !== undefined && argument.getType().isStringLiteral() && argument.getType().getLiteralValue() === "__proto__") {
      // Writing `__proto__` sets the prototype in JavaScript (and is ignored for a value that is no object).
      context.report(unsupportedSyntax(node, 'writing `["__proto__"]` (it sets the prototype in JavaScript, it makes no key)'));
    }
    const shape = shapeOfNode(node.getExpression(), context);
    if (argument === undefined || (shape.kind !== "dict" && shape.kind !== "array")) {
      context.report(
        missingLibraryClass(node.getExpression(), node, context) ??
          dynamicAccess(node, "assigning through an index of this type", objectKind(node.getExpression(), shape, context)),
      );
    }
    const index = argument === undefined ? name("None") : context.transformExpression(argument);
    return subscript(
      context.transformExpression(node.getExpression()),
      shape.kind === "dict" && argument !== undefined ? objectKey(argument, index, context) : index,
      node,
    );
  }
  context.report(unsupportedSyntax(node, `assigning to ${node.getKindName()}`));
  return name("_", node);
}

/** Records an assignment in the current function, for `nonlocal` of closures. */
export function noteAssignment(pythonName: string, context: TransformContext): void {
  const scope = context.functionScopes[context.functionScopes.length - 1];
  if (scope !== undefined && !scope.declared.has(pythonName)) {
    scope.nonlocals.add(pythonName);
  }
}

export function transformObjectLiteral(literal: ObjectLiteralExpression, context: TransformContext): py.Expression {
  const entries: py.DictEntry[] = [];
  for (const property of literal.getProperties()) {
    if (Node.isPropertyAssignment(property)) {
      const nameNode = property.getNameNode();
      let key: py.Expression;
      if (Node.isComputedPropertyName(nameNode)) {
        key = context.transformExpression(nameNode.getExpression());
        const keyShape = shapeOfNode(nameNode.getExpression(), context);
        if (keyShape.kind !== "string" || keyShape.nullable) {
          // The key is the value's text: "undefined" for undefined, refused where the type admits null and undefined alike (review S60, t14).
          key = stringConversion(key, nameNode.getExpression(), context);
        }
      } else if (Node.isNumericLiteral(nameNode)) {
        key = text(String(Number(nameNode.getText().replaceAll("_", "")))); // JavaScript object keys are strings
      } else if (Node.isStringLiteral(nameNode)) {
        key = text(nameNode.getLiteralValue());
      } else {
        key = text(nameNode.getText());
      }
      const initializer = property.getInitializerOrThrow();
      entries.push({ key, value: context.transformExpression(initializer) });
    } else if (Node.isShorthandPropertyAssignment(property)) {
      entries.push({ key: text(property.getName()), value: transformIdentifier(property.getNameNode(), context) });
    } else if (Node.isSpreadAssignment(property)) {
      const source = property.getExpression();
      entries.push({ key: undefined, value: spreadOperand(source, context) });
    }
    // Methods and accessors make the literal a JsObject (object-literals.ts): never a dict.
  }
  return { kind: "Dict", entries: dictSpreadsInPlace(entries), origin: literal };
}

export function transformArrayLiteral(literal: ArrayLiteralExpression, context: TransformContext): py.Expression {
  const elements = literal.getElements().map((element): py.Expression => {
    if (Node.isSpreadElement(element)) {
      // Spreading a Map gives its [key, value] entries (arrays, not tuples), not its keys.
      return { kind: "Starred", value: spreadSource(element.getExpression(), context.transformExpression(element.getExpression()), context) };
    }
    if (Node.isOmittedExpression(element)) {
      return constant(null);
    }
    return context.transformExpression(element);
  });
  return { kind: "List", elements: spreadsInPlace(elements), origin: literal };
}

/** A template's piece: its literal text, or an expression with the edges of its text. */
interface TemplatePiece {
  part: string | py.Expression;
  start: TextEdge;
  end: TextEdge;
}

function literalPiece(value: string): TemplatePiece {
  return { part: value, start: literalEdge(value, "start"), end: literalEdge(value, "end") };
}

/**
 * `` `a${x}b` `` as an f-string. Where two pieces meet that may be the two halves of an emoji
 * (`${high}${low}`), the template is cut there and the runs are joined by `js_string_add`.
 */
export function transformTemplate(template: TemplateExpression, context: TransformContext): py.Expression {
  const pieces: TemplatePiece[] = [literalPiece(template.getHead().getLiteralText())];
  // Literal text next to literal text is one piece: the printer escapes each piece on its own, and
  // "\ud83d" and "\ude00" escaped apart would be two characters in Python.
  const addText = (value: string): void => {
    const last = pieces[pieces.length - 1];
    if (typeof last.part === "string") {
      pieces[pieces.length - 1] = literalPiece(last.part + value);
    } else {
      pieces.push(literalPiece(value));
    }
  };
  for (const span of template.getTemplateSpans()) {
    const expression = span.getExpression();
    const piece = asText(expression, context);
    if (piece.kind === "Constant" && typeof piece.value === "string") {
      addText(piece.value); // `${"text"}` is text
    } else {
      pieces.push({ part: piece, start: textEdge(expression, "start", context), end: textEdge(expression, "end", context) });
    }
    addText(span.getLiteral().getLiteralText());
  }
  const runs: (string | py.Expression)[][] = [[]];
  let end: TextEdge = "empty";
  for (const piece of pieces) {
    if (piece.part === "") {
      continue;
    }
    if (!seamIsPlain(end, piece.start)) {
      runs.push([]);
    }
    runs[runs.length - 1].push(piece.part);
    end = sequenceEdge([end, piece.end], "end");
  }
  // A run that is one expression is that string itself (in the middle of a join, no f-string needed).
  const joined = runs.map((run) => (runs.length > 1 && run.length === 1 && typeof run[0] !== "string" ? run[0] : formattedString(run, template)));
  return joined.reduce((left, right) => joinStrings(left, right, false, context, template));
}

/** Pieces whose seams hold no halves of an emoji, as one f-string (or `+` where an f-string cannot hold them). */
function formattedString(pieces: (string | py.Expression)[], template: TemplateExpression): py.Expression {
  if (pieces.length === 0) {
    return text("", template);
  }
  // Before Python 3.12 an f-string's expressions cannot hold a backslash: join such pieces with +.
  if (pieces.some((part) => typeof part !== "string" && holdsEscapedText(part))) {
    const operands = pieces.map((part): py.Expression => (typeof part === "string" ? text(part) : part));
    return operands.reduce((left, right) => ({ kind: "Binary", operator: "+", left, right }) as py.Expression);
  }
  return { kind: "FormattedString", parts: pieces, origin: template };
}

/** A string constant inside that Python would print with a backslash or a quote. */
function holdsEscapedText(value: unknown): boolean {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  if (Array.isArray(value)) {
    return value.some(holdsEscapedText);
  }
  const constant = value as { kind?: unknown; value?: unknown };
  if (constant.kind === "Constant" && typeof constant.value === "string") {
    // Control characters are what this looks for: they cannot sit in an f-string's expression before Python 3.12.
    // eslint-disable-next-line no-control-regex
    return /[\\"'\u0000-\u001f\u007f-\u009f\u2028\u2029{}]/.test(constant.value);
  }
  return Object.entries(value).some(([key, item]) => key !== "origin" && holdsEscapedText(item));
}

export function transformConditionalExpression(expression: ConditionalExpression, context: TransformContext): py.Expression {
  return conditional(
    transformCondition(expression.getCondition(), context),
    context.transformExpression(expression.getWhenTrue()),
    context.transformExpression(expression.getWhenFalse()),
    expression,
  );
}

export function transformTypeOf(typeOf: TypeOfExpression, context: TransformContext): py.Expression {
  const operand = typeOf.getExpression();
  const meaning = noneMeaning(operand.getType());
  if (meaning.null && meaning.undefined) {
    context.report(typeOfNullOrUndefined(typeOf, undefined, operand.getType().getText(operand)));
  }
  return typeOfCall(context.transformExpression(typeOf.getExpression()), typeOf.getExpression(), context, typeOf);
}

/** `js_typeof(value)`, told when the type says None can only be undefined (an optional member left out), never null. */
export function typeOfCall(value: py.Expression, operand: Node, context: TransformContext, origin?: Node): py.Expression {
  const meaning = noneMeaningOfNode(operand);
  return call(context.useRuntime("js_typeof"), meaning.undefined && !meaning.null ? [value, constant(true)] : [value], origin);
}

/**
 * `(value as Sym).name` with value a `number | string | Sym`: an assertion that picks one member of
 * a union is the value itself, cast for type checkers, which would otherwise read `name` on a float
 * or a str. Any other assertion leaves no trace.
 */
export function transformAssertion(node: AsExpression | TypeAssertion, context: TransformContext): py.Expression {
  const inner = context.transformExpression(node.getExpression());
  const typeNode = node.getTypeNode();
  const source = node.getExpression().getType();
  if (typeNode === undefined || typeNode.getText() === "const" || !picksAMember(source, node.getType())) {
    return inner;
  }
  // Only a union of kinds Python tells apart (a float, a str, an object) needs it: its members'
  // attributes differ. The members of a union of data types are all dicts.
  const union = source.isUnion() ? source : (elementType(source) ?? source);
  if (kindsOfMembers(union, context).size < 2) {
    return inner;
  }
  const annotation = printExpression(annotationForTypeNode(typeNode, context));
  // `Any` tells a type checker nothing more than the value's own type.
  return annotation === "Any" ? inner : call(context.useTyping("cast"), [text(annotation), inner], node);
}

/**
 * `value!` compiles to nothing, as every type-only wrapper does; but where the value is a call
 * whose result type checkers take as Optional (`byId.get("b1")!`, `record["a"]!.n`, a function
 * returning `T | undefined`), it is cast to the asserted type, as TypeScript takes it:
 * `cast("float", counts.get(key))` (pyright rejected the Optional's use).
 */
export function transformNonNull(node: NonNullExpression, context: TransformContext): py.Expression {
  const inner = context.transformExpression(node.getExpression());
  const meaning = noneMeaning(node.getExpression().getType());
  const type = node.getType();
  // A call's result, an attribute or element (`this.current!.items`, which type checkers do not
  // narrow as TypeScript does across statements), and a name the `!` alone says is set
  // (`found!.value` after a `find`: review S45U, K5), are cast.
  const castable = inner.kind === "Call" || inner.kind === "Attribute" || inner.kind === "Subscript" || inner.kind === "Name";
  if (!castable || (!meaning.null && !meaning.undefined) || type.isAny() || type.isUnknown()) {
    return inner;
  }
  const annotation = printExpression(annotationForType(type, context));
  if (annotation !== "Any") {
    return call(context.useTyping("cast"), [text(annotation), inner], node);
  }
  // A type without an annotation of its own: `cast(Any, …)`, but for the runtime's helpers, which
  // give Any already (`js_shift(queue)!`).
  const isRuntimeHelper = inner.kind === "Call" && inner.callee.kind === "Name" && inner.callee.id.startsWith("js_");
  return isRuntimeHelper ? inner : call(context.useTyping("cast"), [context.useTyping("Any"), inner], node);
}

/** Type-only wrappers (`as`, `!`, `satisfies`, parentheses) leave no trace in Python. */
export function transformInner(
  node: ParenthesizedExpression | AsExpression | NonNullExpression | SatisfiesExpression | TypeAssertion,
  context: TransformContext,
): py.Expression {
  return context.transformExpression(node.getExpression());
}
