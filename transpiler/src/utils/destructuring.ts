/** Destructuring into new variables (`const { a, b = 1 } = value`, parameters, for…of): one assignment per name, the value read once. */
import { ArrayBindingPattern, BindingElement, Node, SymbolFlags, SyntaxKind, Type } from "ts-morph";
import { isComputedKeyRunningCode, patternKey } from "./object-literal-keys";
import type { TransformContext } from "../context";
import { type Diagnostic, defaultOfNullOrUndefined, unsupportedConstruct, unsupportedSyntax } from "../diagnostics";
import type * as py from "../python/ast";
import { assign, call, constant, ifStatement, name, number, text } from "../python/build";
import { annotationForInferredCollection, annotationForType } from "./annotations";
import { memberRead } from "./absent-members";
import { nameForDeclaration, nameForMember } from "./names";
import { isNullOrUndefinedLiteral, noneMeaning, type NoneMeaning } from "./none-meaning";
import { refuseSetterOnlyMember } from "./setter-only-reads";
import { isObjectLiteralType, shapeOfNode, shapeOfType, type ValueShape } from "./types";
import { isScalarLiteral } from "./literal-values";
import { VALUE_NAMES } from "./type-parts";
import { libraryTypeName } from "./library-types";
import { hasIteratorMethod, isIteratorType } from "./iteration";

export function declareLocal(pythonName: string, context: TransformContext): void {
  context.functionScopes[context.functionScopes.length - 1]?.declared.add(pythonName);
}

/** `const [a, b] = value` and `const { a, b = 1 } = value`: one assignment per name, value read once. */
export function transformDestructuring(pattern: Node, value: py.Expression, context: TransformContext, origin: Node): py.Statement[] {
  const result: py.Statement[] = [];
  let taken = value;
  if (Node.isArrayBindingPattern(pattern)) {
    const initializer = Node.isVariableDeclaration(origin) ? origin.getInitializer() : undefined;
    const sourceType = initializer?.getType() ?? pattern.getType();
    if (refuseCodeBetweenSteps(sourceType, pattern, context)) {
      return result;
    }
    taken = takenFromIterator(value, sourceType, pattern.getElements(), context);
  }
  // What js_take gives is a list, whatever the source's type says (a Map is a Dict).
  const annotated = taken === value;
  value = taken;
  let source = value;
  if (value.kind !== "Name") {
    const temporary = context.temporaryName("destructured");
    result.push(
      assign(
        name(temporary),
        value,
        origin,
        Node.isVariableDeclaration(origin) && annotated
          ? annotationForInferredCollection(origin.getInitializer()?.getType() ?? origin.getType(), context)
          : undefined,
      ),
    );
    source = name(temporary);
  }
  if (Node.isArrayBindingPattern(pattern)) {
    const initializer = Node.isVariableDeclaration(origin) ? origin.getInitializer() : undefined;
    const sourceType = initializer?.getType() ?? pattern.getType();
    if (refuseNonArrayDestructuring(sourceType, pattern, context)) {
      return result;
    }
    // A rest element is an array in JavaScript, of code points when the source is a string (`[...s]`).
    const restOfString = shapeOfType(sourceType, context).kind === "string";
    pattern.getElements().forEach((element, index) => {
      if (Node.isOmittedExpression(element)) {
        return;
      }
      if (element.getDotDotDotToken() !== undefined) {
        const rest: py.Expression = {
          kind: "Subscript",
          value: source,
          index: { kind: "Slice", lower: { kind: "Constant", value: { number: String(index) } }, upper: undefined },
        };
        result.push(...bindName(element.getNameNode(), restOfString ? call(name("list"), [rest]) : rest, undefined, context, element));
        return;
      }
      const read = call(context.useRuntime("js_element"), [source, { kind: "Constant", value: { number: String(index) } }]);
      result.push(...bindName(element.getNameNode(), read, element.getInitializer(), context, element, elementMeaning(pattern.getType(), index)));
    });
    return result;
  }
  if (Node.isObjectBindingPattern(pattern)) {
    const initializerNode = Node.isVariableDeclaration(origin) ? origin.getInitializer() : undefined;
    const shape = initializerNode !== undefined ? shapeOfNode(initializerNode, context) : patternValueShape(pattern.getType(), context);
    if (refuseKeylessObjectDestructuring(shape, pattern, context)) {
      return result;
    }
    for (const element of pattern.getElements()) {
      if (element.getDotDotDotToken() !== undefined) {
        const initializer = Node.isVariableDeclaration(origin) ? origin.getInitializer() : undefined;
        const restSource = initializer !== undefined ? shapeOfNode(initializer, context) : shapeOfType(pattern.getType(), context);
        if (restSource.kind !== "dict") {
          context.report(restOfInstance(element, initializer?.getType() ?? pattern.getType()));
          continue;
        }
        // The other keys, in their order: a dict comprehension without the names taken before.
        const taken: py.Expression[] = pattern
          .getElements()
          .filter((other) => other.getDotDotDotToken() === undefined)
          .map((other) => text(bindingKey(other) ?? other.getName()));
        const rest: py.Expression = {
          kind: "Call",
          callee: context.useRuntime("js_object_rest"),
          args: [source, { kind: "List", elements: taken }],
          keywords: [],
        };
        result.push(...bindName(element.getNameNode(), rest, undefined, context, element));
        continue;
      }
      const key = bindingKey(element);
      if (key === undefined) {
        context.report(
          computedPatternKeyRefusal(
            element,
            element.getPropertyNameNode(),
            "a computed key in a destructuring pattern whose value is known only at run time (read `source[key]` into a variable)",
          ),
        );
        continue;
      }
      const sourceType = (Node.isVariableDeclaration(origin) ? origin.getInitializer()?.getType() : undefined) ?? pattern.getType();
      const property = sourceType.getProperty(key);
      refuseSetterOnlyMember(property, element, key, context);
      const optional = property === undefined || (property.getFlags() & SymbolFlags.Optional) !== 0 || element.getInitializer() !== undefined;
      const read: py.Expression =
        shape.kind === "object"
          ? memberRead(source, nameForMember(property, key, context), property, context)
          : optional
            ? { kind: "Call", callee: { kind: "Attribute", value: source, attribute: "get" }, args: [text(key)], keywords: [] }
            : { kind: "Subscript", value: source, index: text(key) };
      result.push(...bindName(element.getNameNode(), read, element.getInitializer(), context, element, propertyMeaning(pattern.getType(), key, pattern)));
    }
    return result;
  }
  context.report(unsupportedSyntax(pattern, "this destructuring pattern"));
  return result;
}

/** A pattern's computed key refused: its value is known only at run time, or it runs code the constant key would drop. */
export function computedPatternKeyRefusal(element: Node, nameNode: Node | undefined, instead: string): Diagnostic {
  return nameNode !== undefined && isComputedKeyRunningCode(nameNode)
    ? unsupportedConstruct(
        element,
        "a computed key that runs code (`[key()]`) in a destructuring pattern",
        "JavaScript runs it as it reaches the element, where the compiled pattern reads a constant key; read the key into a variable first (`const k = key();`, then `[k]`)",
      )
    : unsupportedSyntax(element, instead);
}

/** The key a binding element reads (`{ "content-type": type }` reads content-type), undefined for a computed key known only at run time or one that runs code. */
export function bindingKey(element: BindingElement): string | undefined {
  const nameNode = element.getPropertyNameNode();
  return nameNode === undefined ? element.getName() : patternKey(nameNode);
}

/** What None means in `value[index]` of a destructured array or tuple: past a tuple's end, or anywhere in an array, undefined too. */
export function elementMeaning(sourceType: Type, index: number): NoneMeaning {
  if (sourceType.isTuple()) {
    const elements = sourceType.getTupleElements();
    const element = elements[index];
    return element === undefined ? { null: false, undefined: true } : noneMeaning(element);
  }
  // An iterator's elements are its first type argument (`Generator<number, void>` yields numbers).
  const element = sourceType.getArrayElementType() ?? sourceType.getNumberIndexType() ?? sourceType.getTypeArguments()[0];
  return { null: element === undefined || noneMeaning(element).null, undefined: true };
}

/** What None means in `value.key` of a destructured object: an optional member, or a key of an index signature, may be undefined. */
export function propertyMeaning(sourceType: Type, key: string, at: Node): NoneMeaning {
  const unquoted = key.replace(/^["']|["']$/g, "");
  const property = sourceType.getProperty(unquoted);
  if (property === undefined) {
    const index = sourceType.getStringIndexType();
    return { null: index === undefined || noneMeaning(index).null, undefined: true };
  }
  const meaning = noneMeaning(property.getTypeAtLocation(at));
  return (property.getFlags() & SymbolFlags.Optional) !== 0 ? { ...meaning, undefined: true } : meaning;
}

/**
 * A destructuring default applies when the value is undefined, never when it is null: where None
 * can only be null the default is left out, where it may be either the default is refused.
 */
export function defaultApplies(meaning: NoneMeaning, origin: Node, context: TransformContext): boolean {
  if (meaning.null && meaning.undefined) {
    context.report(defaultOfNullOrUndefined(origin));
    return true;
  }
  return meaning.undefined || !meaning.null;
}

function bindName(
  nameNode: Node,
  read: py.Expression,
  defaultNode: Node | undefined,
  context: TransformContext,
  origin: Node,
  meaning: NoneMeaning = { null: false, undefined: true },
): py.Statement[] {
  if (defaultNode !== undefined && (isNullOrUndefinedLiteral(defaultNode) || !defaultApplies(meaning, origin, context))) {
    defaultNode = undefined; // the value is never undefined: JavaScript never applies (nor evaluates) the default
  }
  if (!Node.isIdentifier(nameNode)) {
    if (defaultNode === undefined) {
      return transformDestructuring(nameNode, read, context, origin);
    }
    // A nested pattern with a default (`{ n: { c } = { c: 5 } }`): the default stands in for an
    // undefined value before the pattern reads it.
    const temporary = context.temporaryName("destructured");
    return [
      assign(name(temporary), read, origin),
      ifStatement(
        { kind: "Compare", operator: "is", left: name(temporary), right: constant(null) },
        [assign(name(temporary), context.transformExpression(defaultNode))],
        [],
        origin,
      ),
      ...transformDestructuring(nameNode, name(temporary), context, origin),
    ];
  }
  const pythonName = nameForDeclaration(origin, nameNode.getText(), context);
  declareLocal(pythonName, context);
  // The element's own type, so that Python's checker knows what the helper's result holds.
  const type = nameNode.getType();
  const isLookup = read.kind === "Call" && read.callee.kind === "Attribute" && read.callee.attribute === "get";
  const annotation =
    defaultNode === undefined && !isLookup && (type.isString() || type.isNumber() || type.isBoolean()) ? annotationForType(type, context) : undefined;
  if (defaultNode === undefined) {
    return [assign(name(pythonName), read, origin, annotation)];
  }
  // A default applies when the value is undefined (None here).
  return [
    assign(name(pythonName), read, origin, annotation),
    ifStatement(
      { kind: "Compare", operator: "is", left: name(pythonName), right: constant(null) },
      [assign(name(pythonName), context.transformExpression(defaultNode))],
      [],
      origin,
    ),
  ];
}

/**
 * `const [a, b] = source` reads items by index, which only a list or a string has in Python: a Map,
 * a Set, a Map's keys() or a generator would be read by key (`map[0]`) or not at all. Refused (true)
 * for those; spread them into an array first.
 */
/**
 * A nested pattern's value: `const { b: { c = 2 } = {} } = options` is the member's object or the
 * default's empty literal, which TypeScript types as a union with `{}`; both are dicts (review
 * S46B, F4: refused as a value of no known kind).
 */
function patternValueShape(type: Type, context: TransformContext): ValueShape {
  const shape = shapeOfType(type, context);
  if (shape.kind !== "unknown" || !type.isUnion()) {
    return shape;
  }
  const members = type.getUnionTypes().filter((member) => !(isObjectLiteralType(member) && member.getProperties().length === 0));
  const kinds = new Set(members.map((member) => shapeOfType(member, context).kind).filter((kind) => kind !== "null"));
  return kinds.size === 1 && kinds.has("dict") && members.length < type.getUnionTypes().length ? { kind: "dict", nullable: shape.nullable } : shape;
}

/**
 * Refuses object destructuring (declaration or assignment) of a value Python reads by no key: a
 * list, a string, a Map or an error (`const { groups } = match`, `({ length: n } = items)`).
 */
export function refuseKeylessObjectDestructuring(shape: ValueShape, pattern: Node, context: TransformContext): boolean {
  if (shape.kind === "dict" || shape.kind === "object") {
    return false;
  }
  // An Error's members are read by the runtime (`js_error_message(e)`), which a pattern's reads are not.
  const what = shape.kind === "error" ? "an Error" : (VALUE_NAMES[shape.kind] ?? "a value of this type");
  const examples: Partial<Record<ValueShape["kind"], string>> = {
    error: "`const message = error.message`",
    string: "`const size = text.length`",
    map: "`const size = map.size`",
    set: "`const size = set.size`",
  };
  const example =
    examples[shape.kind] ??
    (shape.kind === "array" ? "`const [first, second] = items` for its elements, `const size = items.length`" : "`const name = value.name`");
  context.report(unsupportedSyntax(pattern, `object destructuring of ${what} (read its members one by one: ${example})`));
  return true;
}

/** An object rest of a class instance or an object literal with methods (declaration or assignment): its Python attributes are not its fields. */
export const restOfInstance = (element: Node, source: Type): Diagnostic =>
  unsupportedSyntax(
    element,
    isObjectLiteralType(source)
      ? "a rest element in destructuring an object literal with methods or accessors (read the members you need one by one, or copy the whole object with `{ ...source }`)"
      : "a rest element in destructuring a class instance (its Python attributes are not its fields)",
  );

/**
 * matchAll's result is an iterator, walked once (kept in a variable, a second walk goes on where the
 * first stopped): array destructuring takes the elements it names from it into a list, as many as
 * the pattern reads (all for a rest), and leaves the rest, as JavaScript does.
 */
export function takenFromIterator(value: py.Expression, type: Type, elements: Node[], context: TransformContext, assignment = false): py.Expression {
  const collection = assignment ? undefined : destructuredCollection(type, context);
  const iterableInstance = !assignment && hasIteratorMethod(type.getNonNullableType());
  if (!isDestructuredIterator(type, context, assignment) && collection === undefined && !iterableInstance) {
    return value;
  }
  // A Map gives its entries, a Set its values, in insertion order, as the spread of either does; an
  // iterable instance the generator its `*[Symbol.iterator]()` makes, closed when not walked to its end.
  const source =
    collection === "map" ? call(context.useRuntime("js_map_entries"), [value]) : collection === "set" || iterableInstance ? call(name("iter"), [value]) : value;
  const hasRest = elements.some((element) => (Node.isBindingElement(element) && element.getDotDotDotToken() !== undefined) || Node.isSpreadElement(element));
  return call(context.useRuntime("js_take"), hasRest ? [source] : [source, number(String(elements.length))]);
}

/**
 * `const [oldest] = cache` of a Map (its first entry) or a Set (its first value): JavaScript walks the
 * collection's iterator, which runs none of the program's code, so the pattern takes the elements it
 * names at once, as from a library iterator (`const [oldest] = cache.keys()`). A destructuring
 * assignment to existing targets (`[a, b] = set`) stays refused: JavaScript steps the iterator between
 * the targets' writes, which may change the collection.
 */
function destructuredCollection(type: Type, context: TransformContext): "map" | "set" | undefined {
  const kind = shapeOfType(type.getNonNullableType(), context).kind;
  return kind === "map" || kind === "set" ? kind : undefined;
}

/** Iterators whose steps may run the program's own code: a generator's body, a hand-written next(). */
const PROGRAM_ITERATORS = new Set(["Generator", "Iterator", "IterableIterator", "IteratorObject"]);

/**
 * Array destructuring of an iterator takes its elements first (`js_take`), then binds them, where
 * JavaScript binds each element (its default, its nested pattern) before the next step and closes the
 * iterator last. The two agree when nothing the binding runs can see the steps or be seen by them:
 * plain names and literal defaults; nested array patterns too over a library iterator (a Map's
 * entries, matchAll's matches), which yields fresh arrays and runs none of the program's code. The rest
 * (a default that runs code, a nested pattern reading what a generator yielded and may change at its
 * next step, a nested object pattern, which may call a getter) is refused.
 */
function refuseCodeBetweenSteps(type: Type, pattern: ArrayBindingPattern, context: TransformContext): boolean {
  const collection = destructuredCollection(type, context);
  if (!isDestructuredIterator(type, context) && collection === undefined && !hasIteratorMethod(type.getNonNullableType())) {
    return false;
  }
  // An iterable instance's generator runs the program's code between steps, as a generator does.
  const generator = PROGRAM_ITERATORS.has(libraryTypeName(type.getNonNullableType(), context) ?? "") || hasIteratorMethod(type.getNonNullableType());
  const runsNothing = (element: Node, depth: number): boolean => {
    if (Node.isOmittedExpression(element)) {
      return true;
    }
    if (!Node.isBindingElement(element)) {
      return false;
    }
    const initializer = element.getInitializer();
    if (initializer !== undefined && !isLiteralValue(initializer)) {
      return false;
    }
    const nameNode = element.getNameNode();
    if (Node.isIdentifier(nameNode)) {
      return true;
    }
    return !generator && depth === 0 && Node.isArrayBindingPattern(nameNode) && nameNode.getElements().every((inner) => runsNothing(inner, depth + 1));
  };
  const offending = pattern.getElements().find((element) => !runsNothing(element, 0));
  if (offending === undefined) {
    return false;
  }
  context.report(
    unsupportedConstruct(
      offending,
      `${offendingPart(offending, generator)} in array destructuring of ${generator ? "a generator or an iterator" : collection !== undefined ? "a Map or a Set" : "a library iterator"}`,
      "JavaScript binds each element before it steps the iterator again, where the compiled pattern takes the elements first; destructure into plain names (`const [first, second] = source`) and go on from them, or spread it first (`const [[a], b = f()] = [...source]`)",
    ),
  );
  return true;
}

/** What of an element runs code between the iterator's steps, as the refusal names it. */
function offendingPart(element: Node, generator: boolean): string {
  if (element.getDescendantsOfKind(SyntaxKind.ObjectBindingPattern).length > 0) {
    return "a nested object pattern";
  }
  if (generator && element.getDescendantsOfKind(SyntaxKind.ArrayBindingPattern).length > 0) {
    return "a nested pattern";
  }
  return "a default that runs code";
}

/** A default that runs nothing: a literal, `undefined`, an array of them (`[]`). */
function isLiteralValue(node: Node): boolean {
  if (Node.isParenthesizedExpression(node)) {
    return isLiteralValue(node.getExpression());
  }
  if (Node.isArrayLiteralExpression(node)) {
    return node.getElements().every(isLiteralValue);
  }
  return isScalarLiteral(node) || isNullOrUndefinedLiteral(node);
}

/**
 * A generator or a library iterator (not `Iterable<T>`, which may be a Map): destructured by taking
 * its elements. In an assignment to existing targets (`[o.a, o.b] = numbers()`) JavaScript steps the
 * iterator between the targets' evaluations and writes, which a generator can see (and a throw
 * midway leaves the earlier targets written): there only matchAll's iterator, which runs no code of
 * the program's, is taken.
 */
function isDestructuredIterator(type: Type, context: TransformContext, assignment = false): boolean {
  const nonNull = type.getNonNullableType();
  const name = libraryTypeName(nonNull, context);
  return isIteratorType(nonNull, context) && name !== "Iterable" && (!assignment || name === "RegExpStringIterator");
}

export function refuseNonArrayDestructuring(type: Type, node: Node, context: TransformContext, assignment = false): boolean {
  const shape = shapeOfType(type, context);
  if (
    shape.kind === "array" ||
    shape.kind === "string" ||
    isDestructuredIterator(type, context, assignment) ||
    (!assignment && (destructuredCollection(type, context) !== undefined || hasIteratorMethod(type.getNonNullableType())))
  ) {
    return false;
  }
  if (assignment && (isDestructuredIterator(type, context) || hasIteratorMethod(type.getNonNullableType()))) {
    context.report(
      unsupportedConstruct(
        node,
        "array destructuring assignment from a generator or an iterator (JavaScript steps it between the targets' writes, which the generator may see)",
        "destructure it into new `const`s, or spread it first, `[a, b] = [...source]`",
      ),
    );
    return true;
  }
  const collection = shape.kind === "map" ? "a Map" : shape.kind === "set" ? "a Set" : undefined;
  context.report(
    collection !== undefined
      ? unsupportedConstruct(
          node,
          `array destructuring assignment from ${collection} (JavaScript steps its iterator between the targets' writes, which may change it)`,
          "destructure it into new `const`s (`const [first, second] = source`), or spread it first, `[a, b] = [...source]`",
        )
      : unsupportedConstruct(node, "array destructuring of a value that is not an array", "spread it into an array first: `const [first] = [...source]`"),
  );
  return true;
}
