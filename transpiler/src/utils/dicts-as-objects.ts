/**
 * The mirror of CS1037: a type with methods (an interface with a method, even an optional one, or
 * `toString()` alone; a class) compiles to a Python object read by attributes (`shape.area`,
 * `shape.to_string()`). TypeScript lets a plain object of the fields stand for it when the methods
 * are optional or inherited from Object.prototype, and lets a number, a string or an array stand
 * for an interface that declares only Object.prototype's methods; but a dict, an int, a str or a list
 * has no such attributes, and the read raises. An object literal written where the type is expected
 * is built as an object (object-literals.ts); any other plain object, primitive or array is CS1051.
 */
import { Node, Type } from "ts-morph";
import type { TransformContext } from "../context";
import { shapeOfType, ValueKind } from "./types";
import {
  asAMember,
  asAnElement,
  atPlace,
  checkedCallFlows,
  heldType,
  type Flow,
  memberFlows,
  type Retyping,
  namesAsItsBase,
  nonNullMembers,
  PairsInProgress,
  sharedMembers,
  tupleElementPairs,
  typeArgumentPairs,
  VALUE_NAMES,
} from "./type-parts";

/** The classes whose members are being compared (a method's `this` result leads back to the same pair). */
const membersInProgress = new PairsInProgress();

const NAMES: Partial<Record<ValueKind, string>> = { dict: "a plain object (a dict in Python)", ...VALUE_NAMES };

/** Why a value cannot be the object a type expects, and the given value's declaration to change, when the value meets the type through one. */
export interface NoObject {
  reason: string;
  retype?: Retyping;
}

/** Why a value of `source` cannot be the object `target` expects, or undefined when it can. */
export function reasonItIsNoObject(source: Type, target: Type, at: Node, context: TransformContext, depth: number, maxDepth = 3): NoObject | undefined {
  if (depth > maxDepth || source === target) {
    return undefined;
  }
  const targetMembers = nonNullMembers(target);
  // An Error (`Error` is an interface too: TypeScript takes `{ name, message }` for it, which is no
  // exception), or one of the program's own object types (the standard library's, Iterable and
  // Generator, are lowered by the compiler itself).
  const expectsObject =
    isErrorType(target, context) ||
    (targetMembers.length > 0 && targetMembers.every((member) => shapeOfType(member, context).kind === "object" && isDeclaredByProgram(member, context)));
  // A class given for a constructor type (`new () => PlainBox`, which is an object type too): what
  // it builds meets what the type's callers read, and what they pass its constructor (review S49A, F8).
  const [constructed] = nonNullMembers(source);
  if (
    expectsObject &&
    nonNullMembers(source).length === 1 &&
    targetMembers.length === 1 &&
    constructed!.getConstructSignatures().length > 0 &&
    targetMembers[0]!.getConstructSignatures().length > 0
  ) {
    const calls = checkedCallFlows(constructed!, targetMembers[0]!, at, depth);
    if (calls !== undefined) {
      return membersInProgress.unlessExplored(constructed!, targetMembers[0]!, maxDepth - depth, () => flowReason(calls, at, context, depth, maxDepth));
    }
  }
  if (expectsObject) {
    const found = nonNullMembers(source)
      .map((member) => NAMES[shapeOfType(member, context).kind])
      .find((name) => name !== undefined);
    if (found !== undefined) {
      return { reason: `${found} (a value of type ${source.getText()})` };
    }
    const sourceOnly = nonNullMembers(source);
    if (sourceOnly.length === 1 && targetMembers.length > 1) {
      // Several object types it fits (`SinkA | SinkB`): it may be used as any of them (review S48B, F11).
      for (const member of targetMembers.filter((targetMember) => sourceOnly[0]!.isAssignableTo(targetMember))) {
        const inner = reasonItIsNoObject(sourceOnly[0]!, member, at, context, depth, maxDepth);
        if (inner !== undefined) {
          return inner;
        }
      }
      return undefined;
    }
    if (sourceOnly.length !== 1 || targetMembers.length !== 1) {
      return undefined;
    }
    // `Box<{ v: number }>` where `Box<Plain>` is expected (review S46C, F9); another class, or a
    // subclass, for the program's class or interface: what it holds and gives out (review S46D, F1).
    const [given, expected] = [sourceOnly[0]!, targetMembers[0]!];
    return typeArgumentPairs(given, expected) !== undefined
      ? typeArgumentReason(given, expected, at, context, depth, maxDepth)
      : depth + 1 > maxDepth || given === expected || namesAsItsBase(given, expected)
        ? undefined
        : membersInProgress.unlessExplored(given, expected, maxDepth - depth, () => flowReason(memberFlows(given, expected, at), at, context, depth, maxDepth));
  }
  if (targetMembers.length !== 1) {
    // `Dflt | string`, `Dflt[] | Dflt`: each of the value's members meets the one member it can be
    // (review S46A, F4: a dict variable given there was read by attributes).
    for (const member of nonNullMembers(source)) {
      const fitting = targetMembers.filter((targetMember) => member.isAssignableTo(targetMember));
      // Fitting several, all the program's object types (`SinkA | SinkB`), it may be used as any of
      // them, and meets each (review S48B, F11); fitting a data type too, it may be that one.
      const objects = fitting.filter((targetMember) => shapeOfType(targetMember, context).kind === "object" && isDeclaredByProgram(targetMember, context));
      const met = fitting.length === 1 ? fitting : objects.length === fitting.length ? objects : [];
      for (const targetMember of met) {
        const inner = reasonItIsNoObject(member, targetMember, at, context, depth + 1, maxDepth);
        if (inner !== undefined) {
          return inner;
        }
      }
    }
    return undefined;
  }
  const [targetType] = targetMembers;
  const sourceTypes = nonNullMembers(source);
  if (sourceTypes.length !== 1) {
    return undefined;
  }
  const [sourceType] = sourceTypes;
  // Tuples: each element meets the element in its place (review S46A, F4).
  const pairs = tupleElementPairs(sourceType, targetType);
  if (pairs !== undefined) {
    for (const [sourceElement, targetElement] of pairs) {
      const inner = reasonItIsNoObject(sourceElement, targetElement, at, context, depth + 1, maxDepth);
      if (inner !== undefined) {
        return { ...inner, reason: asAnElement(inner.reason) };
      }
    }
    return undefined;
  }
  // Arrays and Maps: their elements meet the target's elements.
  const sourceElement = heldType(sourceType);
  const targetElement = heldType(targetType);
  if (sourceElement !== undefined && targetElement !== undefined) {
    const inner = reasonItIsNoObject(sourceElement, targetElement, at, context, depth + 1, maxDepth);
    // `new Map([["a", { … }]])` given for Map<string, Plain>: written with its type arguments, its literals are built as objects.
    const written = depth === 0 ? writtenTypeArguments(at, targetType!) : undefined;
    return inner === undefined ? undefined : { reason: asAnElement(inner.reason), retype: written ?? inner.retype };
  }
  // A function given as a callback: the values the caller passes meet the function's own parameter
  // types, and what it returns meets what the caller reads (`const f: () => Plain = makeDict`: review
  // S46D, F2). A function written where it is given is not looked at so for its result: its returns
  // meet the type themselves, and an object literal it returns is built as an object there.
  const calls = checkedCallFlows(sourceType, targetType, at, depth);
  if (calls !== undefined) {
    return membersInProgress.unlessExplored(sourceType, targetType, maxDepth - depth, () => flowReason(calls, at, context, depth, maxDepth));
  }
  // The program's generic class or interface of data (`Bag<Plain>`): its type arguments meet the target's.
  const carried = typeArgumentReason(sourceType, targetType, at, context, depth, maxDepth);
  if (carried !== undefined) {
    return carried;
  }
  // A dict's properties and values meet the target dict's.
  if (shapeOfType(sourceType, context).kind === "dict" && shapeOfType(targetType, context).kind === "dict") {
    for (const member of sharedMembers(sourceType, targetType)) {
      const inner = reasonItIsNoObject(member.source, member.target, at, context, depth + 1, maxDepth);
      if (inner !== undefined) {
        return { ...inner, reason: asAMember(inner.reason, member.name) };
      }
    }
  }
  return undefined;
}

/** Why one of the values that move (`flows`) cannot be the object it meets, or undefined. */
function flowReason(flows: Flow[], at: Node, context: TransformContext, depth: number, maxDepth: number): NoObject | undefined {
  for (const flow of flows) {
    const inner = reasonItIsNoObject(flow.from, flow.to, at, context, depth + 1, maxDepth);
    if (inner !== undefined) {
      // The declaration nearest the value given is the one to change (a nested callback's own parameter is not).
      return { reason: atPlace(inner.reason, flow.place), retype: flow.retype ?? inner.retype };
    }
  }
  return undefined;
}

/** The program's generic class or interface: why a type argument of `source` cannot be the target's, or undefined. */
function typeArgumentReason(source: Type, target: Type, at: Node, context: TransformContext, depth: number, maxDepth: number): NoObject | undefined {
  for (const [sourceArgument, targetArgument] of typeArgumentPairs(source, target) ?? []) {
    const inner = reasonItIsNoObject(sourceArgument, targetArgument, at, context, depth + 1, maxDepth);
    if (inner !== undefined) {
      const written = depth === 0 ? writtenTypeArguments(at, target) : undefined;
      return { reason: `${inner.reason} as a type argument of ${target.getText(at)}`, retype: written ?? inner.retype };
    }
  }
  return undefined;
}

/**
 * `new Box({ v: 5 })` given where `Box<Plain>` is expected: TypeScript infers `Box<{ v: number }>`
 * from the literal, which is then a dict; written `new Box<Plain>({ v: 5 })`, the literal meets Plain
 * and is built as an object (review S46D, F8: the advice was to write the literal where the type is
 * expected, which it already was).
 */
function writtenTypeArguments(at: Node, target: Type): Retyping | undefined {
  const expected = target.getNonNullableType();
  const declaration = expected.getSymbol()?.getDeclarations()[0];
  if (!Node.isNewExpression(at) || at.getTypeArguments().length > 0 || declaration === undefined || !Node.isTypeParametered(declaration)) {
    return undefined;
  }
  const count = declaration.getTypeParameters().length;
  const typeArguments = expected.getTypeArguments().slice(0, count);
  // The program's class, or a standard one built by its own name (`new Map(…)` for Map<string, Plain>: review S48B, F6).
  const builds = at.getExpression().getType().getSymbol() === expected.getSymbol() || at.getExpression().getText() === expected.getSymbol()?.getName();
  // Only an object literal written in its arguments, not inside another call there, is built for the
  // type arguments (`new Set([new DictBox({ v: 2 })])` is DictBox's own type argument's doing).
  const writtenThere = at
    .getArguments()
    .some((argument) =>
      [argument, ...argument.getDescendants()].some(
        (inner) =>
          Node.isObjectLiteralExpression(inner) &&
          inner.getFirstAncestor(
            (ancestor) => Node.isNewExpression(ancestor) || Node.isCallExpression(ancestor) || Node.isFunctionLikeDeclaration(ancestor),
          ) === at,
      ),
    );
  if (count === 0 || typeArguments.length !== count || !builds || !writtenThere) {
    return undefined;
  }
  const written = `new ${at.getExpression().getText()}<${typeArguments.map((argument) => argument.getText(at)).join(", ")}>(…)`;
  return {
    declaration: "",
    type: "",
    advice: `write the type argument, \`${written}\`, so that what is given there is built as ${target.getText(at)} expects it`,
  };
}

/** One of the program's own types, not the standard library's. */
export function isDeclaredByProgram(type: Type, context: TransformContext): boolean {
  if (type.isIntersection()) {
    // `Holder<Plain> & Tag`: its members are the program's (review S47A, F7).
    return type.getIntersectionTypes().some((part) => isDeclaredByProgram(part, context));
  }
  const declarations = (type.getSymbol() ?? type.getAliasSymbol())?.getDeclarations() ?? [];
  return declarations.length > 0 && !declarations.every((declaration) => context.isStandardLibrary(declaration));
}

/** A type every value of which is an Error (`Error`, a subclass, `Error & { code: number }`). */
export function isErrorType(type: Type, context: TransformContext): boolean {
  const members = nonNullMembers(type);
  return members.length > 0 && members.every((member) => shapeOfType(member, context).kind === "error");
}
