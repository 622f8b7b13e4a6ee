/**
 * What a for…of, a spread, `Array.from` or `yield*` walks. A JsMap is a dict, whose own iteration gives
 * its keys where JavaScript gives [key, value] entries: where the static type names the collection
 * (an array, a string, a Map, a Set, a generator), the walk is compiled for it; where it does not (an
 * `Iterable<T>`, a type parameter, a `Map | Set` union), the runtime's `js_iterable` picks the walk
 * from the value, so the add-on's typed loops pay nothing.
 */
import { Node, Type } from "ts-morph";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import { call } from "../python/build";
import { shapeOfNode, shapeOfType } from "./types";
import { isIteratorMethod } from "./names";

const ITERATOR_TYPES = new Set([
  "Generator",
  "Iterator",
  "IterableIterator",
  "IteratorObject",
  "Iterable",
  "ArrayIterator",
  "MapIterator",
  "SetIterator",
  "StringIterator",
  "RegExpStringIterator",
]);

/** A generator or other iterator from TypeScript's library (not an array, string, Map or Set). */
export function isIteratorType(type: Type, context: TransformContext): boolean {
  const symbol = type.getSymbol() ?? type.getAliasSymbol();
  if (symbol === undefined || !ITERATOR_TYPES.has(symbol.getName())) {
    return false;
  }
  return symbol.getDeclarations().every((declaration) => context.isStandardLibrary(declaration));
}

export type Walk =
  /** An array, a string, a Map, a Set: the static type says which. */
  | "array"
  | "string"
  | "map"
  | "set"
  /** A generator or another library iterator that cannot be a Map or a Set. */
  | "iterator"
  /** Something iterable that may be a Map or a Set at run time (`Iterable<T>`, `Map | Set`). */
  | "any-iterable"
  | "unknown";

const KNOWN: ReadonlySet<Walk> = new Set<Walk>(["array", "string", "map", "set", "iterator", "any-iterable"]);

export function walkOfType(type: Type, context: TransformContext): Walk {
  if (type.isUnion()) {
    const walks = new Set(
      type
        .getUnionTypes()
        .filter((member) => !member.isNull() && !member.isUndefined())
        .map((member) => walkOfType(member, context)),
    );
    if (walks.size === 1) {
      const [only] = walks;
      return only;
    }
    return walks.size > 0 && [...walks].every((walk) => KNOWN.has(walk)) ? "any-iterable" : "unknown";
  }
  // An instance of a class of the program with a generator `*[Symbol.iterator]()` (its `__iter__`), also
  // as `this` in its methods: walked by the runtime, which asks it for its generator (`iter(value)`), as
  // an `Iterable<T>` is.
  if (hasIteratorMethod(type)) {
    return "any-iterable";
  }
  if (type.isTypeParameter()) {
    const constraint = type.getConstraint();
    return constraint === undefined ? "unknown" : walkOfType(constraint, context);
  }
  const kind = shapeOfType(type, context).kind;
  if (kind === "array" || kind === "string" || kind === "map" || kind === "set") {
    return kind;
  }
  if (isIteratorType(type, context)) {
    return (type.getSymbol() ?? type.getAliasSymbol())?.getName() === "Iterable" ? "any-iterable" : "iterator";
  }
  return "unknown";
}

/** An instance of a class of the program with a generator `*[Symbol.iterator]()` (its `__iter__`). */
export function hasIteratorMethod(type: Type): boolean {
  const classes = type.getSymbol()?.getDeclarations() ?? [];
  return (
    classes.length > 0 &&
    classes.every((declaration) => Node.isClassDeclaration(declaration)) &&
    type.getProperties().some((property) => (property.getDeclarations() ?? []).some((declaration) => isIteratorMethod(declaration)))
  );
}

export function walkOfNode(node: Node, context: TransformContext): Walk {
  return walkOfType(node.getType(), context);
}

/**
 * `items.values()`, `map.keys()`, `set.entries()` called on the spot: a collection's own iterator, in
 * which no program code runs, so it is never a running generator. Decided from the call, not from the
 * type: TypeScript lets a generator pass for an `ArrayIterator`, a `MapIterator` or a `SetIterator`.
 */
function isCollectionIteratorCall(node: Node, context: TransformContext): boolean {
  if (!Node.isCallExpression(node)) {
    return false;
  }
  const callee = node.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || !["keys", "values", "entries"].includes(callee.getName())) {
    return false;
  }
  const kind = shapeOfNode(callee.getExpression(), context).kind;
  return kind === "array" || kind === "map" || kind === "set";
}

/**
 * A walk of what may be a generator (typed `Generator`, `Iterator`, `IterableIterator`, or a
 * collection's iterator type, which a generator may pass for) starts here: walked from inside its
 * own body, a generator throws JavaScript's TypeError (`Generator is already running`) where
 * Python's first next() raises ValueError. One test when the walk starts, none per element; a
 * collection's own iterator called on the spot is walked as it is.
 */
export function startOfWalk(node: Node, value: py.Expression, context: TransformContext): py.Expression {
  if (isCollectionIteratorCall(node, context)) {
    return value;
  }
  return call(context.useRuntime("js_not_running"), [value]);
}

/**
 * A walk that may pause in the middle, inside a generator (a `yield*`, a for…of whose body yields):
 * the generator it walks may resume it from its own body, so every step is tested
 * (`js_step_checked`), not only the first. `walk` is the value's walk; `value` is already
 * `js_iterable(…)` for an `Iterable<T>`.
 */
export function everyStepOfWalk(node: Node, walk: Walk, value: py.Expression, context: TransformContext): py.Expression {
  if (walk === "iterator") {
    return isCollectionIteratorCall(node, context) ? value : call(context.useRuntime("js_step_checked"), [value]);
  }
  return walk === "any-iterable" ? call(context.useRuntime("js_step_checked"), [value]) : value;
}

/** The value a spread (`[...x]`, `f(...x)`) walks: a Map's entries, anything the type does not name decided at run time. */
export function spreadSource(node: Node, value: py.Expression, context: TransformContext): py.Expression {
  const walk = walkOfNode(node, context);
  if (walk === "map") {
    return call(context.useRuntime("js_map_entries"), [value]);
  }
  if (walk === "iterator") {
    return startOfWalk(node, value, context);
  }
  return walk === "array" || walk === "string" || walk === "set" ? value : call(context.useRuntime("js_iterable"), [value]);
}
