/**
 * Object literals with methods, getters and setters, and object literals that must behave as
 * objects (typed by an interface with methods): a runtime `JsObject` built from its entries in
 * order (`js_object`). Data interfaces stay dicts; these are objects, as class instances are, so `shape.area()`
 * and `shape.perimeter` are attribute accesses whichever of the two produced the value.
 *
 *   { w: 2, area() { return this.w * 2; }, get half() { … } }
 *   →  def area_1(self): return js_times(self.w, 2)        (lifted before the statement)
 *      js_object([["w", "w", "data", 2], ["area", "area", "method", area_1], ["half", "half", "get", half_2]])
 *
 * What the runtime object could not do exactly is refused here (CS1040).
 */
import { GetAccessorDeclaration, MethodDeclaration, Node, ObjectLiteralExpression, SetAccessorDeclaration, SyntaxKind } from "ts-morph";
import type { TransformContext } from "../context";
import { objectLiteralMember, unsupportedSyntax } from "../diagnostics";
import type * as py from "../python/ast";
import { call, name, text } from "../python/build";
import { valueName } from "../utils/naming";
import { spreadObjectParts } from "../utils/object-spreads";
import { checkSpreadSource, isIdentifierKey, isObjectWithBehaviour, laterKeys, propertyKey, renamedKeys } from "../utils/object-literal-keys";
import { perIterationCaptures, returnAnnotation, transformFunctionBody, withCaptures } from "./functions";
import { transformObjectLiteral } from "./expressions";
import { spreadsInPlace } from "../utils/spread-order";
import { shapeOfNode, shapeOfType } from "../utils/types";
import { thisOwner } from "../utils/this-type";
import { carriedSpreads, type MemberKey, undefinedMembers } from "../utils/undefined-members";

/** Names JavaScript calls on its own (`String(object)` calls toString, JSON.stringify calls toJSON). */
const CONVERSION_METHODS = new Set(["toString", "valueOf", "toJSON", "toLocaleString", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable"]);

type Accessor = MethodDeclaration | GetAccessorDeclaration | SetAccessorDeclaration;

/** The visitor of object literals: a dict, or a JsObject when the literal has behaviour. */
export function transformAnyObjectLiteral(literal: ObjectLiteralExpression, context: TransformContext): py.Expression {
  for (const property of literal.getProperties()) {
    // `__proto__: value` sets the object's prototype in JavaScript (a value that is no object is
    // ignored): it is no key, where Python would make it one. (`{ __proto__ }` and `["__proto__"]: v` are keys.)
    if (
      Node.isPropertyAssignment(property) &&
      !Node.isComputedPropertyName(property.getNameNode()) &&
      property.getName().replace(/^["']|["']$/g, "") === "__proto__"
    ) {
      context.report(unsupportedSyntax(property, "a `__proto__:` member of an object literal (it sets the prototype in JavaScript, it makes no key)"));
    }
  }
  let made: py.Expression;
  if (isObjectWithBehaviour(literal, context)) {
    made = transformObjectWithBehaviour(literal, context);
  } else {
    refuseConversionFunctions(literal, context);
    made = transformObjectLiteral(literal, context);
  }
  // Members that may hold undefined (JSON.stringify leaves them out, where None is also null).
  const undefinedKeys = undefinedMembers(literal, context);
  // A computed key is the variable read again, turned into text as the literal turns it.
  const keyOf = (key: MemberKey): py.Expression =>
    typeof key === "string"
      ? text(key)
      : shapeOfNode(key, context).kind === "string"
        ? context.transformExpression(key)
        : call(context.useRuntime("js_str"), [context.transformExpression(key)]);
  // `("a", "b")`, or `((key, ("a",)), …)` where later computed keys may replace the member at run time.
  const marks: py.Expression[] = undefinedKeys.map(({ key, laterKeys }) =>
    laterKeys.length === 0 ? keyOf(key) : { kind: "Tuple", elements: [keyOf(key), { kind: "Tuple", elements: laterKeys.map(keyOf) }] },
  );
  // `{ ...data, a: 2 }`: the marks of a spread source, carried to the copy where nothing after replaces them.
  const spreads: py.Expression[] = carriedSpreads(literal, context).map(({ source, later }) => ({
    kind: "Tuple",
    elements: [
      context.transformExpression(source),
      {
        kind: "Tuple",
        elements: later.map((entry) => ("source" in entry ? context.transformExpression(entry.source) : keyOf(entry.key))),
      },
    ],
  }));
  if (marks.length === 0 && spreads.length === 0) {
    return made;
  }
  const markArguments: py.Expression[] = [
    made,
    { kind: "Tuple", elements: marks },
    ...(spreads.length === 0 ? [] : [{ kind: "Tuple", elements: spreads } as py.Expression]),
  ];
  return call(context.useRuntime("js_undefined_members"), markArguments, literal);
}

/**
 * A plain object literal's function-valued member that JavaScript calls on its own
 * (`{ toJSON: () => "stamp" }`, `toString`, `valueOf`): the literal compiles to a dict, whose keys
 * `String`, templates, `Number` and `JSON.stringify` never call.
 */
function refuseConversionFunctions(literal: ObjectLiteralExpression, context: TransformContext): void {
  for (const property of literal.getProperties()) {
    if (!Node.isPropertyAssignment(property) && !Node.isShorthandPropertyAssignment(property)) {
      continue;
    }
    const nameNode = property.getNameNode();
    const key = propertyKey(nameNode);
    if (key !== undefined && CONVERSION_METHODS.has(key) && property.getType().getCallSignatures().length > 0) {
      context.report(
        objectLiteralMember(
          nameNode,
          `a function-valued member named \`${key}\` in an object literal`,
          "JavaScript calls it on its own (`String(value)`, templates, `Number(value)`, `JSON.stringify`), where the compiled object is data that nothing calls; give it another name and call it yourself, or use a class with that method",
        ),
      );
    }
  }
}

/** What makes the literal an object, for messages: its own methods, or the class type it is given where (review S46A, F7). */
function objectLiteralKind(literal: ObjectLiteralExpression): string {
  const hasBehaviour = literal
    .getProperties()
    .some((property) => Node.isMethodDeclaration(property) || Node.isGetAccessorDeclaration(property) || Node.isSetAccessorDeclaration(property));
  const contextual = literal.getContextualType()?.getText(literal);
  return hasBehaviour || contextual === undefined
    ? "an object literal with methods or accessors"
    : `an object literal given where ${contextual} is expected (built as an object, read by attributes)`;
}

function transformObjectWithBehaviour(literal: ObjectLiteralExpression, context: TransformContext): py.Expression {
  const entries: py.Expression[] = [];
  const entry = (key: string, attribute: string, kind: string, value: py.Expression): py.Expression => ({
    kind: "List",
    elements: [text(key), text(attribute), text(kind), value],
  });
  for (const property of literal.getProperties()) {
    if (Node.isSpreadAssignment(property)) {
      entries.push({ kind: "Starred", value: spreadEntries(property.getExpression(), context) });
      continue;
    }
    const nameNode = property.getNameNode();
    if (Node.isComputedPropertyName(nameNode) || Node.isPrivateIdentifier(nameNode)) {
      context.report(
        objectLiteralMember(nameNode, `a computed member name in ${objectLiteralKind(literal)}`, "name the member with an identifier, or build a Map"),
      );
      continue;
    }
    const key = Node.isNumericLiteral(nameNode)
      ? String(Number(nameNode.getText().replaceAll("_", "")))
      : Node.isStringLiteral(nameNode)
        ? nameNode.getLiteralValue()
        : nameNode.getText();
    const attribute = isIdentifierKey(key) ? valueName(key) : key;
    if (CONVERSION_METHODS.has(key) || attribute.startsWith("_js_") || attribute.startsWith("__") || key === "__proto__") {
      context.report(
        objectLiteralMember(
          nameNode,
          `a member named \`${key}\` in ${objectLiteralKind(literal)}`,
          CONVERSION_METHODS.has(key) || key === "__proto__"
            ? "JavaScript calls it on its own (conversions, JSON); give it another name, or use a class"
            : attribute.startsWith("_js_")
              ? "the runtime's object keeps its own state under that name; give the member another name"
              : "Python gives attributes that start with `__` meanings of its own (`__class__`, `__dict__`); give the member another name",
        ),
      );
      continue;
    }
    if (Node.isPropertyAssignment(property)) {
      const initializer = property.getInitializerOrThrow();
      if (Node.isFunctionExpression(initializer) && usesOwnThis(initializer)) {
        context.report(
          objectLiteralMember(
            initializer,
            "a `function` expression that uses `this` as an object literal's property",
            `write it as a method: \`${key}(…) { … }\``,
          ),
        );
        continue;
      }
      entries.push(entry(key, attribute, "data", context.transformExpression(initializer)));
    } else if (Node.isShorthandPropertyAssignment(property)) {
      entries.push(entry(key, attribute, "data", context.transformExpression(property.getNameNode())));
    } else if (Node.isMethodDeclaration(property) || Node.isGetAccessorDeclaration(property) || Node.isSetAccessorDeclaration(property)) {
      if (Node.isMethodDeclaration(property) && usesOwnThis(property) && isDataTyped(literal, context)) {
        context.report(
          objectLiteralMember(
            nameNode,
            `a method that uses \`this\` in an object literal given where ${literal.getContextualType()?.getText(literal) ?? "a type of data"}, a type of data (its functions are properties, \`init: (ctx: Ctx) => void\`), is expected`,
            `the compiled method stays bound to this object: copies of it as data (\`{ ...base, prefix }\`, \`Object.assign({}, base)\`) and the function read on its own would still read this object, where JavaScript gives \`this\` at each call; declare the member as a method in the type (\`${methodSignatureText(literal, key)}\`), or write an arrow that reads the object by its name`,
          ),
        );
        continue;
      }
      const lifted = liftMember(property, attribute, context);
      if (lifted !== undefined) {
        const kind = Node.isMethodDeclaration(property) ? "method" : Node.isGetAccessorDeclaration(property) ? "get" : "set";
        entries.push(entry(key, attribute, kind, name(lifted)));
      }
    }
  }
  const later = laterKeys(literal, context);
  return call(
    context.useRuntime("js_object"),
    later.length === 0
      ? [{ kind: "List", elements: spreadsInPlace(entries) }]
      : [
          { kind: "List", elements: spreadsInPlace(entries) },
          { kind: "Dict", entries: later },
        ],
    literal,
  );
}

/** `...source`: its entries now, getters read once and copied as data, methods rebound to the new object. */
function spreadEntries(source: Node, context: TransformContext): py.Expression {
  checkSpreadSource(
    source,
    context,
    `a spread of a value of type ${source.getType().getText(source)} into an object literal`,
    "spread an object literal or a data object (a class instance's fields are not its Python attributes, an array's or a string's indexes are not its keys)",
  );
  const renamed = renamedKeys(spreadObjectParts(source.getType()));
  return call(context.useRuntime("js_spread_entries"), [context.transformExpression(source), { kind: "Dict", entries: renamed }], source);
}

/** A method or accessor as a Python function taking the object as `self`, defined before the statement. */
function liftMember(member: Accessor, attribute: string, context: TransformContext): string | undefined {
  // Lifted before its statement, a method in a parameter's default would be defined outside the function whose parameters it sees.
  const boundary = member.getFirstAncestor((ancestor) => Node.isParameterDeclaration(ancestor) || Node.isBlock(ancestor) || Node.isSourceFile(ancestor));
  if (!context.insideStatement || (boundary !== undefined && Node.isParameterDeclaration(boundary))) {
    context.report(
      objectLiteralMember(member, "a method or accessor of an object literal in a parameter's default", "build the object in the function's body"),
    );
    return undefined;
  }
  let refused = false;
  // A `this` or `super` of a class declared inside the member (its methods, accessors, fields) is
  // that class's, compiled with it (review 27A F6).
  const ownedByNestedClass = (keyword: Node): boolean => {
    const owner = thisOwner(keyword);
    return owner !== undefined && owner !== member && !Node.isFunctionDeclaration(owner) && !Node.isFunctionExpression(owner) && isInsideClassOf(owner, member);
  };
  for (const node of member.getDescendants()) {
    if ((node.getKind() === SyntaxKind.SuperKeyword || node.getKind() === SyntaxKind.ThisKeyword) && ownedByNestedClass(node)) {
      continue;
    }
    if (node.getKind() === SyntaxKind.SuperKeyword) {
      context.report(
        objectLiteralMember(node, "`super` in an object literal's method", "call the other object's method directly, or use classes with `extends`"),
      );
      refused = true;
    } else if (Node.isIdentifier(node) && node.getText() === "arguments" && !hasOwnDeclaration(node, context)) {
      context.report(objectLiteralMember(node, "`arguments` in an object literal's method", "declare a rest parameter: `(...args: T[])`"));
      refused = true;
    } else if (node.getKind() === SyntaxKind.ThisKeyword && thisOwner(node) !== member) {
      context.report(
        objectLiteralMember(node, "`this` inside a `function` nested in an object literal's method", "use an arrow function, which sees the method's `this`"),
      );
      refused = true;
    }
  }
  if (refused) {
    return undefined;
  }
  // A Python name cannot start with a digit: a member named by a number (`get 1()`) is `member_1_…`.
  const hint = attribute.replace(/[^A-Za-z0-9_]/g, "_");
  const functionName = context.temporaryName(/^[0-9]/.test(hint) ? `member_${hint}` : hint);
  const { parameters, body } = transformFunctionBody(member, context);
  context.addPrecedingStatements([
    {
      kind: "FunctionDefinition",
      name: functionName,
      parameters: withCaptures([{ name: "self" }, ...parameters], perIterationCaptures(member, context)),
      returns: returnAnnotation(member, context),
      decorators: [],
      body,
      origin: member,
    },
  ]);
  return functionName;
}

/** `init(ctx: Ctx): void` for the contextual type's `init: (ctx: Ctx) => void`. */
function methodSignatureText(literal: ObjectLiteralExpression, key: string): string {
  const signature = literal.getContextualType()?.getProperty(key)?.getTypeAtLocation(literal).getNonNullableType().getCallSignatures()[0];
  if (signature === undefined) {
    return `${key}(…): …`;
  }
  const parameters = signature.getParameters().map((parameter) => `${parameter.getName()}: ${parameter.getTypeAtLocation(literal).getText(literal)}`);
  return `${key}(${parameters.join(", ")}): ${signature.getReturnType().getText(literal)}`;
}

/** The literal is given where a type of data (a dict: no methods declared) is expected. */
function isDataTyped(literal: ObjectLiteralExpression, context: TransformContext): boolean {
  const contextual = context.checker.getContextualType(literal);
  return contextual !== undefined && shapeOfType(contextual, context).kind === "dict";
}

function usesOwnThis(node: Node): boolean {
  return node.getDescendantsOfKind(SyntaxKind.ThisKeyword).some((keyword) => thisOwner(keyword) === node);
}

/** `arguments` the program declares itself (a variable or parameter of that name) is an ordinary name. */
function hasOwnDeclaration(identifier: Node, context: TransformContext): boolean {
  const declarations = context.resolveSymbol(identifier)?.getDeclarations() ?? [];
  return declarations.some((declaration) => !context.isStandardLibrary(declaration));
}

/** The node is a class, or a member of a class, declared inside `member`. */
function isInsideClassOf(node: Node, member: Node): boolean {
  const owningClass = Node.isClassDeclaration(node) || Node.isClassExpression(node) ? node : node.getParent();
  return (
    owningClass !== undefined && (Node.isClassDeclaration(owningClass) || Node.isClassExpression(owningClass)) && owningClass.getAncestors().includes(member)
  );
}
