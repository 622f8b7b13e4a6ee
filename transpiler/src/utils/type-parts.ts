/**
 * The parts of a type that the checks of a value meeting a type walk into (CS1037 and CS1050 in
 * objects-as-data.ts, CS1051 in dicts-as-objects.ts): a union's members, an array's or a Map's
 * elements, and the properties two dict types share.
 */
import { Node, type Signature, ts, Type, type Symbol as TsSymbol } from "ts-morph";
import { type ValueKind, wrapType } from "./types";

/** Values that are neither a dict nor an object in Python, named for a message (`{ length: number }` given a string). */
export const VALUE_NAMES: Partial<Record<ValueKind, string>> = {
  string: "a string",
  number: "a number",
  boolean: "a boolean",
  array: "an array",
  map: "a Map",
  set: "a Set",
  function: "a function",
};

/** A union's members other than null and undefined; any other type alone. */
export function nonNullMembers(type: Type): Type[] {
  return (type.isUnion() ? type.getUnionTypes() : [type]).filter((member) => !member.isNull() && !member.isUndefined());
}

/** The element type of an array, or the value type of a Map. */
export function elementType(type: Type): Type | undefined {
  const nonNull = type.getNonNullableType();
  if (nonNull.isArray()) {
    return nonNull.getArrayElementType();
  }
  const name = nonNull.getSymbol()?.getName();
  if ((name === "Map" || name === "ReadonlyMap" || name === "ReadonlyArray") && nonNull.getTypeArguments().length > 0) {
    const typeArguments = nonNull.getTypeArguments();
    return typeArguments[typeArguments.length - 1];
  }
  return undefined;
}

/** The type of an array's elements, or of a tuple's element at that position: what an array pattern's element there takes. */
export function elementTypeAt(type: Type, position: number): Type | undefined {
  const value = type.getNonNullableType();
  return value.getArrayElementType() ?? (value.isTuple() ? value.getTupleElements()[position] : undefined);
}

/**
 * What a collection holds, for the checks of a value meeting a type: an array's elements, a Map's
 * values, a Set's members and an Iterable's elements (review S47A, F9: `Set<DictBox>` given for
 * `Set<Box<Plain>>`).
 */
export function heldType(type: Type): Type | undefined {
  const element = elementType(type);
  if (element !== undefined) {
    return element;
  }
  const nonNull = type.getNonNullableType();
  const name = nonNull.getSymbol()?.getName();
  const isSetOrIterable = name === "Set" || name === "ReadonlySet" || name === "Iterable" || name === "IterableIterator";
  return isSetOrIterable && nonNull.getTypeArguments().length > 0 ? nonNull.getTypeArguments()[0] : undefined;
}

/** "a plain object … as an element", and deeper "as an element of an element" (review S46A, F11: it said "as an element as an element"). */
export function asAnElement(reason: string): string {
  const nested = / as an element((?: of an element)*)$/;
  return nested.test(reason) ? reason.replace(nested, " as an element$1 of an element") : `${reason} as an element`;
}

/**
 * `Box<{ v: number }>` given where `Box<Plain>` is expected: the program's own generic class or
 * interface, its type arguments paired (review S46C, F9: a dict travelled inside a Box to code
 * that reads a Plain's attributes), or undefined.
 */
export function typeArgumentPairs(source: Type, target: Type): [Type, Type][] | undefined {
  const sourceReference = source.getNonNullableType();
  const targetReference = target.getNonNullableType();
  const generic = sourceReference.getTargetType();
  if (generic === undefined || generic !== targetReference.getTargetType()) {
    return undefined;
  }
  const declaration = generic.getSymbol()?.getDeclarations()[0];
  if (declaration === undefined || declaration.getSourceFile().isDeclarationFile() || !Node.isTypeParametered(declaration)) {
    return undefined;
  }
  const typeParameters = declaration.getTypeParameters();
  const count = typeParameters.length;
  const sourceArguments = ownTypeArguments(sourceReference, declaration);
  const targetArguments = ownTypeArguments(targetReference, declaration);
  if (sourceArguments.length !== count || targetArguments.length !== count) {
    return undefined;
  }
  // Only a type parameter whose values the class holds or gives out (a field's or accessor's type,
  // a method's result): a phantom one (`Id<User>`) or one only taken in (`put(x: T)`) carries no
  // value of it (review S46D, F3).
  const given = givenOutTexts(declaration);
  return sourceArguments.flatMap((argument, index): [Type, Type][] => {
    const name = new RegExp(`\\b${typeParameters[index]!.getName()}\\b`);
    return given.some((text) => name.test(text)) ? [[argument, targetArguments[index]!]] : [];
  });
}

/**
 * The type texts of what a class or interface holds or gives out: its fields', accessors' and
 * methods' results, its index and call signatures' (`{ [key: string]: T }`, `(): T`), and its base
 * types' as it names them (`extends Base<T>`: review S46E, F2, F3).
 */
function givenOutTexts(declaration: Node): string[] {
  const texts: string[] = [];
  if (!Node.isClassDeclaration(declaration) && !Node.isInterfaceDeclaration(declaration)) {
    return texts;
  }
  for (const member of declaration.getMembers()) {
    if (Node.isPropertyDeclaration(member) || Node.isPropertySignature(member) || Node.isGetAccessorDeclaration(member)) {
      texts.push(member.getType().getText(member));
    } else if (Node.isMethodDeclaration(member) || Node.isMethodSignature(member) || Node.isCallSignatureDeclaration(member)) {
      texts.push(member.getReturnType().getText(member));
    } else if (Node.isIndexSignatureDeclaration(member)) {
      texts.push(member.getReturnType().getText(member));
    } else if (Node.isConstructorDeclaration(member)) {
      texts.push(
        ...member
          .getParameters()
          .filter((parameter) => parameter.isParameterProperty())
          .map((parameter) => parameter.getType().getText(parameter)),
      );
    }
  }
  const bases = Node.isClassDeclaration(declaration) ? [declaration.getExtends()] : declaration.getExtends();
  texts.push(...bases.flatMap((base) => (base === undefined ? [] : [base.getText()])));
  return texts;
}

/** A tuple's elements before its rest (or variadic) element, that element's type, and the elements after it. */
function tupleParts(tuple: Type): { prefix: Type[]; rest: Type | undefined; suffix: Type[] } {
  const flags = (tuple.compilerType as ts.TupleTypeReference).target?.elementFlags ?? [];
  const elements = tuple.getTupleElements();
  const variable = flags.findIndex((flag) => (flag & ts.ElementFlags.Variable) !== 0);
  return variable < 0
    ? { prefix: elements, rest: undefined, suffix: [] }
    : { prefix: elements.slice(0, variable), rest: elements[variable], suffix: elements.slice(variable + 1) };
}

/**
 * A tuple's elements with the elements they meet in a tuple or an array, or undefined when neither
 * side is a tuple. Past a rest element (`[...string[], Shape]`) the places count from the end, and
 * the elements between meet the rest's type (review S46C, F11; S46D, F5).
 */
export function tupleElementPairs(source: Type, target: Type): [Type, Type][] | undefined {
  const sourceTuple = source.getNonNullableType();
  const targetTuple = target.getNonNullableType();
  if (!sourceTuple.isTuple() && !targetTuple.isTuple()) {
    return undefined;
  }
  if (!targetTuple.isTuple()) {
    const targetElement = elementType(targetTuple);
    return targetElement === undefined ? [] : sourceTuple.getTupleElements().map((element): [Type, Type] => [element, targetElement]);
  }
  const { prefix, rest, suffix } = tupleParts(targetTuple);
  if (!sourceTuple.isTuple()) {
    const sourceElement = elementType(sourceTuple);
    return sourceElement === undefined ? [] : targetTuple.getTupleElements().map((element): [Type, Type] => [sourceElement, element]);
  }
  const given = tupleParts(sourceTuple);
  const pairs: [Type, Type][] = [];
  if (given.rest === undefined) {
    const elements = given.prefix;
    elements.forEach((element, index) => {
      const fromEnd = elements.length - index;
      const place = index < prefix.length ? prefix[index] : fromEnd <= suffix.length ? suffix[suffix.length - fromEnd] : rest;
      if (place !== undefined) {
        pairs.push([element, place]);
      }
    });
    return pairs;
  }
  // Both have a rest element: the fixed places on either side, and the rests together.
  given.prefix.forEach((element, index) => {
    const place = index < prefix.length ? prefix[index] : rest;
    if (place !== undefined) {
      pairs.push([element, place]);
    }
  });
  given.suffix.forEach((element, index) => {
    const fromEnd = given.suffix.length - index;
    const place = fromEnd <= suffix.length ? suffix[suffix.length - fromEnd] : rest;
    if (place !== undefined) {
      pairs.push([element, place]);
    }
  });
  if (rest !== undefined) {
    pairs.push([given.rest, rest]);
  }
  return pairs;
}

/** Each property of `target` that `source` has too, with its type on either side. */
export function sharedProperties(source: Type, target: Type): SharedProperty[] {
  const shared: SharedProperty[] = [];
  const given = source.getNonNullableType();
  for (const property of target.getProperties()) {
    const sourceProperty = given.getProperty(property.getName());
    const declaration = property.getValueDeclaration() ?? property.getDeclarations()[0];
    const sourceDeclaration = sourceProperty?.getValueDeclaration() ?? sourceProperty?.getDeclarations()[0];
    if (sourceProperty !== undefined && declaration !== undefined && sourceDeclaration !== undefined) {
      const sourceType = sourceProperty.getTypeAtLocation(sourceDeclaration);
      const targetType = property.getTypeAtLocation(declaration);
      shared.push({
        name: property.getName(),
        source: sourceType,
        target: targetType,
        targetDeclaration: declaration,
        isInherited: sourceProperty === property,
        isOwn: sourceDeclaration.getParent()?.getSymbol() === given.getSymbol(),
        sourceWrite: writeType(sourceProperty, sourceType, given),
        targetWrite: writeType(property, targetType, target.getNonNullableType()),
      });
    }
  }
  return shared;
}

/**
 * A named property two types share: its types, where the target declares it, whether it is the
 * very same member (inherited, not overridden), and the types written to it on either side
 * (undefined where it cannot be written).
 */
interface SharedProperty extends SharedMember {
  name: string;
  targetDeclaration: Node;
  isInherited: boolean;
  /** The source declares it itself (not a base of it): a message can advise changing that declaration. */
  isOwn: boolean;
  sourceWrite: WriteType | undefined;
  targetWrite: WriteType | undefined;
}

/**
 * The type a property takes when written, and what its class's or interface's type parameters
 * stand for there, where the type is built from them (`set items(x: T[])`, whose instantiation
 * TypeScript keeps to itself): the parts standing for a type parameter are met as its argument.
 */
interface WriteType {
  type: Type;
  typeArguments?: ReadonlyMap<ts.Type, Type>;
}

/**
 * The type a property takes when written (`holder.item = value`): a setter's parameter's, which
 * TypeScript 5.1 lets differ from its getter's (review S47A, F3); a field's own type; undefined for a
 * readonly field, a getter alone or a method. TypeScript keeps the write type of a member of an
 * instantiated generic class to itself, so a setter typed by its class's type parameter (`set
 * item(x: T)`) is read through the type arguments `owner` (or a base of it) gives that class.
 */
function writeType(property: TsSymbol, readType: Type, owner: Type): WriteType | undefined {
  const declarations = property.getDeclarations();
  const setter = declarations.find((declaration) => Node.isSetAccessorDeclaration(declaration));
  if (setter !== undefined && Node.isSetAccessorDeclaration(setter)) {
    const parameter = setter.getParameters()[0];
    const getter = declarations.find((declaration) => Node.isGetAccessorDeclaration(declaration));
    const getterTypeNode = getter !== undefined && Node.isGetAccessorDeclaration(getter) ? getter.getReturnTypeNode() : undefined;
    const setterTypeNode = parameter?.getTypeNode();
    // Declared as its getter is (`get items(): T[]; set items(x: T[])`), it takes what the getter gives,
    // which TypeScript has instantiated (review S48A, F1: a `T[]` was left uninstantiated).
    // Untyped (`set items(x)`), it takes the getter's type too (review S48B, F8).
    if (parameter === undefined || setterTypeNode === undefined || (getterTypeNode !== undefined && getterTypeNode.getText() === setterTypeNode.getText())) {
      return { type: readType };
    }
    const declared = parameter.getType();
    const bare = typeArgumentFor(declared, setter, owner);
    if (bare !== undefined) {
      return { type: bare };
    }
    // Built from the type parameters otherwise (`set items(x: T[])` beside `get items(): readonly
    // T[]`, or beside a getter of another type): what each stands for in `owner`.
    const holder = setter.getParent();
    const typeArguments = new Map<ts.Type, Type>();
    for (const typeParameter of Node.isTypeParametered(holder) ? holder.getTypeParameters() : []) {
      const argument = typeArgumentFor(typeParameter.getType(), setter, owner);
      if (argument !== undefined) {
        typeArguments.set(typeParameter.getType().compilerType, argument);
      }
    }
    // A base named with a type built from the owner's own type parameters (`Wrap<U> extends
    // Base<{ inner: U }>`): what the owner gives those (review S49A, F7).
    const ownerDeclaration = owner.getSymbol()?.getDeclarations()[0];
    if (typeArguments.size > 0 && ownerDeclaration !== undefined && ownerDeclaration !== holder && Node.isTypeParametered(ownerDeclaration)) {
      const ownArguments = ownTypeArguments(owner, ownerDeclaration);
      ownerDeclaration.getTypeParameters().forEach((typeParameter, index) => {
        const argument = ownArguments[index];
        if (argument !== undefined && !typeArguments.has(typeParameter.getType().compilerType)) {
          typeArguments.set(typeParameter.getType().compilerType, argument);
        }
      });
    }
    return typeArguments.size === 0 ? { type: declared } : { type: declared, typeArguments };
  }
  const declaration = declarations[0];
  if (
    declaration === undefined ||
    Node.isGetAccessorDeclaration(declaration) ||
    Node.isMethodDeclaration(declaration) ||
    Node.isMethodSignature(declaration) ||
    ((Node.isPropertyDeclaration(declaration) || Node.isPropertySignature(declaration) || Node.isParameterDeclaration(declaration)) && declaration.isReadonly())
  ) {
    return undefined;
  }
  return { type: readType };
}

/**
 * The pairs of types a write moves, from what the target's writers store (`from`) to what the
 * source's setter takes (`to`): the two whole, and where either is built from its type parameters,
 * each part standing for one met as the type argument it stands for.
 */
function writePairs(from: WriteType, to: WriteType, at: Node): [Type, Type][] {
  const pairs: [Type, Type][] = [[from.type, to.type]];
  const argumentOf = (type: Type, typeArguments: ReadonlyMap<ts.Type, Type> | undefined): Type | undefined =>
    type.isTypeParameter() ? typeArguments?.get(type.compilerType) : type;
  if (to.typeArguments !== undefined) {
    for (const { typeParameter, given } of typeParameterPlaces(to.type, from.type, new Set(to.typeArguments.keys()), 0, at).filter((found) => found.into)) {
      const [stored, taken] = [argumentOf(given, from.typeArguments), to.typeArguments.get(typeParameter.compilerType)];
      if (stored !== undefined && taken !== undefined) {
        pairs.push([stored, taken]);
        // What it stands for built from the owner's type parameters in turn (`{ inner: U }`): met once more.
        const further = new Set([...to.typeArguments.keys()].filter((key) => key !== typeParameter.compilerType));
        for (const inner of typeParameterPlaces(taken, stored, further, 0, at).filter((found) => found.into)) {
          const innerTaken = to.typeArguments.get(inner.typeParameter.compilerType);
          if (innerTaken !== undefined) {
            pairs.push([inner.given, innerTaken]);
          }
        }
      }
    }
  } else if (from.typeArguments !== undefined) {
    for (const { typeParameter, given } of typeParameterPlaces(from.type, to.type, new Set(from.typeArguments.keys()), 0, at).filter((found) => found.into)) {
      const stored = from.typeArguments.get(typeParameter.compilerType);
      if (stored !== undefined) {
        pairs.push([stored, given]);
      }
    }
  }
  return pairs;
}

/** `declared`, a type parameter of the class or interface declaring `member`, as `owner` (or the base of it that is that class) gives it. */
function typeArgumentFor(declared: Type, member: Node, owner: Type, seen = new Set<ts.Type>()): Type | undefined {
  if (!declared.isTypeParameter() || seen.has(owner.compilerType)) {
    return undefined;
  }
  seen.add(owner.compilerType);
  const holder = member.getParent();
  if (holder === undefined || !Node.isTypeParametered(holder)) {
    return undefined;
  }
  const index = holder.getTypeParameters().findIndex((parameter) => parameter.getType().compilerType === declared.compilerType);
  if (index < 0) {
    return undefined;
  }
  if (owner.getSymbol()?.getDeclarations().includes(holder) === true) {
    return ownTypeArguments(owner, holder)[index];
  }
  // An instantiated generic class (`Mid<Data>`) has its bases on its declaration's type (`Mid<U>`).
  const bases = owner.getBaseTypes().length > 0 ? owner.getBaseTypes() : (owner.getTargetType()?.getBaseTypes() ?? []);
  for (const base of bases) {
    const found = typeArgumentFor(declared, member, base, seen);
    if (found !== undefined) {
      // A base named with the owner's own type parameters (`Mid<U> extends Base<U>`, reached as
      // `Mid<Data>`) gives U: what the owner gives U (review S49A, F7).
      return (found.isTypeParameter() ? ownArgumentFor(found, owner) : undefined) ?? found;
    }
  }
  return undefined;
}

/** `parameter`, a type parameter of `owner`'s own class or interface, as `owner` gives it, or undefined. */
function ownArgumentFor(parameter: Type, owner: Type): Type | undefined {
  const declaration = owner.getSymbol()?.getDeclarations()[0];
  if (declaration === undefined || !Node.isTypeParametered(declaration)) {
    return undefined;
  }
  const index = declaration.getTypeParameters().findIndex((typeParameter) => typeParameter.getType().compilerType === parameter.compilerType);
  return index < 0 ? undefined : ownTypeArguments(owner, declaration)[index];
}

/** A member two types share: a named property (`name`), or the values of a string index signature (`name` undefined). */
export interface SharedMember {
  name: string | undefined;
  source: Type;
  target: Type;
}

/**
 * What a value of `source` puts where `target` is read: each named property of `target` that
 * `source` has too, and the values of `target`'s string index signature (`Record<string, Plain>`)
 * against the source's index values or, without them, each of its named properties that `target`
 * does not name (review S46D, F11: a `Record<string, { v: number }>` given for a
 * `Record<string, Plain>` was never looked into).
 */
export function sharedMembers(source: Type, target: Type): SharedMember[] {
  const shared: SharedMember[] = sharedProperties(source, target);
  const targetValues = target.getNonNullableType().getStringIndexType();
  if (targetValues === undefined) {
    return shared;
  }
  const given = source.getNonNullableType();
  const sourceValues = given.getStringIndexType();
  if (sourceValues !== undefined) {
    shared.push({ name: undefined, source: sourceValues, target: targetValues });
    return shared;
  }
  for (const property of given.getProperties()) {
    const declaration = property.getValueDeclaration() ?? property.getDeclarations()[0];
    if (declaration !== undefined && target.getNonNullableType().getProperty(property.getName()) === undefined) {
      shared.push({ name: property.getName(), source: property.getTypeAtLocation(declaration), target: targetValues });
    }
  }
  return shared;
}

/**
 * A reason found at `place`: "… passed to its parameter `g`". When the reason's own last place is
 * a function's too (its parameter or result), that function is the value passed there, and says so:
 * "… passed to the parameter `p` of the function passed to its parameter `g`", not "… passed to its
 * parameter `p` passed to its parameter `g`" (review S47A, F8).
 */
export function atPlace(reason: string, place: string): string {
  const inner = /^(.*) (passed to its (parameter `[^`]*`|parameter \d+ \(`[^`]*`\))|as its result)$/s.exec(reason);
  if (inner === null || !(place.startsWith("passed to its ") || place === "as its result")) {
    return `${reason} ${place}`;
  }
  const innerPlace = inner[3] === undefined ? "as the result" : `passed to the ${inner[3]}`;
  return `${inner[1]} ${innerPlace} of the function ${place}`;
}

/** "… as its `inner`", or "… as one of its values" for an index signature's. */
export function asAMember(reason: string, name: string | undefined): string {
  return name === undefined ? `${reason} as one of its values` : `${reason} as its \`${name}\``;
}

/**
 * A value that moves when a value of one type is used as another: `from` where `to` is expected,
 * `place` naming where for a message ("as its `item`"). A parameter moves the other way: what the
 * target's callers pass is given to the parameter the source declares.
 */
export interface Flow {
  from: Type;
  to: Type;
  place: string;
  isResult: boolean;
  /** The source's parameter the value is passed to ("parameter `x`"), for a flow into one. */
  parameter?: string;
  /** The generic signature's type parameter the value is given back through (`T`), for a flow between two of its places. */
  typeParameter?: string;
  /** The given value's own declaration the value meets there, and the type the target gives it: the change a message advises. */
  retype?: Retyping;
}

/**
 * A declaration of the given value (a method's parameter, a setter, a callback's result) and the
 * type the expected type gives the same place: a refusal found there is fixed by declaring it so
 * (review S47A, F8: the advice was to write an object literal, which no caller can).
 */
export interface Retyping {
  declaration: string;
  type: string;
  /** Advice of its own, where the change is no declaration's type (`new Box<Plain>(…)`). */
  advice?: string;
}

/** A value for each pair of the compiler's own type objects (source, target). */
class TypePairMap<V> {
  private readonly bySource = new Map<ts.Type, Map<ts.Type, V>>();

  get(source: ts.Type, target: ts.Type): V | undefined {
    return this.bySource.get(source)?.get(target);
  }

  set(source: ts.Type, target: ts.Type, value: V): void {
    let targets = this.bySource.get(source);
    if (targets === undefined) {
      targets = new Map();
      this.bySource.set(source, targets);
    }
    targets.set(target, value);
  }

  delete(source: ts.Type, target: ts.Type): void {
    const targets = this.bySource.get(source);
    targets?.delete(target);
    if (targets?.size === 0) {
      this.bySource.delete(source);
    }
  }

  clear(): void {
    this.bySource.clear();
  }
}

/**
 * The pairs of types whose members are being compared, by the compiler's own type objects: a pair
 * met again inside itself adds nothing (a fluent builder's twenty `m(): this` methods, each again the
 * subclass for the base, made a compile of one call 28 s instead of 3 s: review S47A, F1).
 */
export class PairsInProgress {
  private readonly pairs = new TypePairMap<true>();
  private inProgress = 0;
  /** How many instantiations of each pair of generic declarations are being compared. */
  private readonly generics = new TypePairMap<number>();
  /**
   * The pairs this walk (one value meeting one type, while any pair is in progress) has compared
   * with nothing found, and the depth each had left then. Met again with no more depth left, it
   * holds nothing again: a path through it that was cut at a pair in progress is that pair's own,
   * compared with more depth left. Without it, an API of interfaces whose overloaded methods return
   * one another met each pair once per path, (flows per pair)^depth times: 303 s for four
   * interfaces of 16 methods (review S48A, F6).
   */
  private readonly explored = new TypePairMap<number>();

  /**
   * Runs `compare` unless the pair is being compared already (then undefined), or two instantiations
   * of the same two generic declarations are, twice already: `Wrap<number[][]>` for
   * `Chain<number[][]>` inside `Wrap<number[]>` inside `Wrap<number>` meets the same members again,
   * with type arguments built from the outer ones, which the outer pairs meet themselves (a chain
   * whose eleven methods each return another instantiation, `list(): Chain<T[]>`, `pair():
   * Chain<[T, T]>`, took 33.6 s: review S48B, F1). One nested instantiation is still met, for type
   * arguments written there (`child(): Node<Plain>` against `child(): INode<{ v: number }>`).
   */
  unlessInProgress<T>(source: Type, target: Type, compare: () => T | undefined): T | undefined {
    if (this.pairs.get(source.compilerType, target.compilerType) !== undefined) {
      return undefined;
    }
    const [sourceGeneric, targetGeneric] = [source.getTargetType()?.compilerType, target.getTargetType()?.compilerType];
    const isGeneric = sourceGeneric !== undefined || targetGeneric !== undefined;
    const genericPair: [ts.Type, ts.Type] = [sourceGeneric ?? source.compilerType, targetGeneric ?? target.compilerType];
    const nested = isGeneric ? (this.generics.get(...genericPair) ?? 0) : 0;
    if (nested >= 2) {
      return undefined;
    }
    this.pairs.set(source.compilerType, target.compilerType, true);
    if (isGeneric) {
      this.generics.set(...genericPair, nested + 1);
    }
    this.inProgress += 1;
    try {
      return compare();
    } finally {
      this.inProgress -= 1;
      this.pairs.delete(source.compilerType, target.compilerType);
      // Back to what it was; a count of none is no entry (the map outlives each compile: a type
      // kept here keeps its whole program, and a 20,000-program fuzz run grew to 3.5 GB a process).
      if (isGeneric && nested > 0) {
        this.generics.set(...genericPair, nested);
      } else if (isGeneric) {
        this.generics.delete(...genericPair);
      }
    }
  }

  /** As unlessInProgress, and undefined for a pair this walk found nothing in with as much depth left (`depthLeft`). */
  unlessExplored<T>(source: Type, target: Type, depthLeft: number, compare: () => T | undefined): T | undefined {
    if (this.inProgress === 0) {
      this.explored.clear(); // a new walk: what another found nothing in may hold something here
    }
    const known = this.explored.get(source.compilerType, target.compilerType);
    if (known !== undefined && known >= depthLeft) {
      return undefined;
    }
    let ran = false;
    const result = this.unlessInProgress(source, target, () => {
      ran = true;
      return compare();
    });
    if (ran && result === undefined) {
      this.explored.set(source.compilerType, target.compilerType, Math.max(known ?? -1, depthLeft));
    }
    return result;
  }
}

/** Each pair of types once: the first flow between them is the one a message names (overloads and signatures repeat pairs). */
function distinctFlows(flows: Flow[]): Flow[] {
  const seen = new TypePairMap<true>();
  return flows.filter((flow) => {
    const isNew = seen.get(flow.from.compilerType, flow.to.compilerType) === undefined;
    seen.set(flow.from.compilerType, flow.to.compilerType, true);
    return isNew;
  });
}

/**
 * A function given for a function type: what the callers pass flows into its parameters (the
 * target's parameter types into the source's), and its result flows back to them.
 */
export function callFlows(source: Type, target: Type, at: Node): Flow[] | undefined {
  // An optional method (`get?(): T`) is a function or undefined (review S47A, F2); a class given for
  // a constructor type (`new (p: Plain) => Shape`) is called by `new` (F4).
  const given = source.getNonNullableType();
  const expected = target.getNonNullableType();
  const constructs = given.getCallSignatures().length === 0;
  const sourceSignatures = constructs ? given.getConstructSignatures() : given.getCallSignatures();
  const targetSignatures = constructs ? expected.getConstructSignatures() : expected.getCallSignatures();
  if (sourceSignatures.length === 0 || targetSignatures.length === 0) {
    return undefined;
  }
  if (sourceSignatures.length > 1) {
    return overloadFlows(sourceSignatures, targetSignatures, at);
  }
  const sourceSignature = sourceSignatures[0]!;
  // A signature TypeScript made up (a union's) has no declaration, and one a type declares (`type
  // Getter<T> = () => T`) is no function a message can point at: no change is advised there.
  const name = sourceSignature.compilerSignature.declaration === undefined ? undefined : functionName(sourceSignature.getDeclaration());
  const flows: Flow[] = [];
  // Each of the target's signatures is one way its callers call (review S47A, F5).
  for (const targetSignature of targetSignatures) {
    // Called more than one way, the function takes what each way passes: no one type to advise.
    const advised = targetSignatures.length === 1 && name !== undefined;
    const passed = parameterFlows(sourceSignature.getParameters(), targetSignature.getParameters(), at);
    for (const flow of passed) {
      flows.push({
        ...flow,
        retype: advised && flow.retype !== undefined ? { ...flow.retype, declaration: `${flow.retype.declaration} of ${name}` } : undefined,
      });
    }
    for (const flow of typeParameterFlows(sourceSignature, targetSignature, passed, at, constructs ? "in the instances it builds" : "as its result")) {
      flows.push(flow);
    }
    const [result, expected] = [sourceSignature.getReturnType(), targetSignature.getReturnType()];
    flows.push({
      from: result,
      to: expected,
      place: constructs ? "in the instances it builds" : "as its result",
      isResult: true,
      retype: advised && typeForAdvice(expected, at) !== undefined ? { declaration: `the result of ${name}`, type: expected.getText(at) } : undefined,
    });
  }
  return distinctFlows(flows);
}

/**
 * A function with overloads given for a function type (review S47A, F5: `over(x: string)`,
 * `over(x: { v: number })` given for `(p: Plain) => number`). TypeScript takes it when one of its
 * overloads is related to each of the type's signatures (parameters either way, as for methods);
 * the body then reads what the callers pass as its implementation declares (`x: string | { v:
 * number }`), so the callers' parameters meet the implementation's, not each overload's (review
 * S48A, F4: `put(x: Plain)`, `put(x: Data)` given for `put(x: Plain | Data)` took each overload for
 * the whole union). An implementation's parameter that says nothing (`any`, `unknown`), or none at
 * all (an interface's overloads, a declared function), leaves it to the overloads that fit. What
 * the callers get back is what the fitting overloads give (the implementation's result meets each
 * overload's where it is declared: objects-as-data.ts, reportOverloadsAgainstImplementation).
 */
function overloadFlows(sourceSignatures: Signature[], targetSignatures: Signature[], at: Node): Flow[] {
  const implementation = implementationOf(sourceSignatures[0]!);
  const implementationParameters = implementation?.getSignature().getParameters();
  const saysNothing = (implementationParameters ?? []).some((parameter) => {
    const type = parameter.getTypeAtLocation(at);
    return type.isAny() || type.isUnknown();
  });
  const flows: Flow[] = [];
  for (const targetSignature of targetSignatures) {
    const targetParameters = targetSignature.getParameters();
    const fits = (signature: Signature, own: ReadonlySet<ts.Type>): boolean =>
      signature.getParameters().every((parameter, index) => {
        const passed = passedAt(targetParameters, index, at);
        const taken = parameter.getTypeAtLocation(at);
        return passed === undefined || passed.isAssignableTo(taken) || taken.isAssignableTo(passed) || holdsTypeParameter(taken, own, 0);
      });
    // A generic overload's parameters holding its type parameters fit what is passed (TypeScript
    // instantiates them with it); it then gives back what the callers pass it: its type parameters'
    // flows, and its result where that is no type parameter's.
    const fitting = sourceSignatures.filter((signature) =>
      fits(signature, new Set(signature.getTypeParameters().map((typeParameter) => typeParameter.compilerType))),
    );
    const readers = implementationParameters === undefined ? [] : [implementationParameters];
    if (implementationParameters === undefined || saysNothing) {
      readers.push(...fitting.map((overload) => overload.getParameters()));
    }
    for (const parameters of readers) {
      flows.push(...parameterFlows(parameters, targetParameters, at).map((flow) => ({ ...flow, retype: undefined })));
    }
    for (const overload of fitting) {
      const result = overload.getReturnType();
      const own = new Set(overload.getTypeParameters().map((typeParameter) => typeParameter.compilerType));
      if (!holdsTypeParameter(result, own, 0)) {
        flows.push({ from: result, to: targetSignature.getReturnType(), place: "as its result", isResult: true });
      }
      // A generic overload gives back what the callers pass it, as a type they may read otherwise.
      for (const flow of typeParameterFlows(overload, targetSignature, parameterFlows(overload.getParameters(), targetParameters, at), at)) {
        flows.push(flow);
      }
    }
  }
  return distinctFlows(flows);
}

/**
 * A generic function given for a function type (`<T>(x: T): T` given for `(p: Data) => Plain`):
 * TypeScript instantiates its own type parameters with what the type's callers pass, so a value they
 * pass comes back where they read another type, and only the pair shows it (review S48B, F9: each
 * side alone met a bare `T`). Where a type parameter stands in the function's parameters it is given
 * the callers' values; where it stands in its result it gives them back; a callback's parameters
 * turn that round (`<T>(x: T, each: (t: T) => void)`: the body passes T's values to the callers'
 * callback). Each value a type parameter is given flows to each place it gives one.
 */
export function typeParameterFlows(sourceSignature: Signature, targetSignature: Signature, passed: Flow[], at: Node, resultPlace = "as its result"): Flow[] {
  const typeParameters = sourceSignature.getTypeParameters();
  if (typeParameters.length === 0) {
    return [];
  }
  const own = new Set(typeParameters.map((typeParameter) => typeParameter.compilerType));
  const places: TypeParameterPlace[] = [
    ...passed.flatMap((flow) => typeParameterPlaces(flow.to, flow.from, own, 0, at, { into: true, place: flow.place })),
    ...typeParameterPlaces(sourceSignature.getReturnType(), targetSignature.getReturnType(), own, 0, at, { into: false, place: resultPlace }),
  ];
  const declaration = sourceSignature.compilerSignature.declaration === undefined ? undefined : sourceSignature.getDeclaration();
  const name = (declaration === undefined ? undefined : functionName(declaration)) ?? "the generic function";
  // Each type a type parameter is given or gives once (nested unions repeat them by the thousand:
  // review S49A, F10 overflowed the stack), and each pair of them once.
  const distinct = (into: boolean): TypeParameterPlace[] => {
    const seen = new TypePairMap<true>();
    return places.filter((found) => {
      if (found.into !== into || seen.get(found.typeParameter.compilerType, found.given.compilerType) !== undefined) {
        return false;
      }
      seen.set(found.typeParameter.compilerType, found.given.compilerType, true);
      return true;
    });
  };
  const given = distinct(true);
  const givenBack = distinct(false);
  const flows: Flow[] = [];
  // A member standing for T's values (`T["item"]`) meets the member of what stands for the whole.
  const memberOf = (type: Type, member: string | undefined): Type | undefined =>
    member === undefined ? type : type.getProperty(member)?.getTypeAtLocation(at);
  for (const into of given) {
    for (const out of givenBack.filter((found) => found.typeParameter.compilerType === into.typeParameter.compilerType)) {
      const typeParameter = into.typeParameter.getText(at);
      const sameMember = into.member === out.member;
      const from = sameMember ? into.given : (memberOf(into.given, out.member) ?? into.given);
      const to = sameMember ? out.given : (memberOf(out.given, into.member) ?? out.given);
      flows.push({
        from,
        to,
        place: `${out.place} (the value ${into.place}, of its type parameter \`${typeParameter}\`)`,
        isResult: false,
        typeParameter,
        retype: {
          declaration: name,
          type: typeParameter,
          advice: `give a function of the expected type's own parameter and result types instead of ${name}, whose \`${typeParameter}\` stands for what the callers pass and gives it back where they read another kind of value`,
        },
      });
    }
  }
  return distinctFlows(flows);
}

/** The type the callers pass at a parameter's place: a rest parameter's element from its place on. */
function passedAt(parameters: TsSymbol[], index: number, at: Node): Type | undefined {
  const last = parameters.at(-1);
  const declaration = last?.getValueDeclaration();
  if (
    last !== undefined &&
    index >= parameters.length - 1 &&
    declaration !== undefined &&
    Node.isParameterDeclaration(declaration) &&
    declaration.isRestParameter()
  ) {
    const rest = last.getTypeAtLocation(at);
    return elementType(rest) ?? rest;
  }
  return parameters[index]?.getTypeAtLocation(at);
}

/** The implementation of an overloaded function, method or constructor, when the program writes one. */
export function implementationOf(signature: Signature): (Node & { getSignature(): Signature }) | undefined {
  const declaration = signature.compilerSignature.declaration === undefined ? undefined : signature.getDeclaration();
  return declaration !== undefined &&
    (Node.isFunctionDeclaration(declaration) || Node.isMethodDeclaration(declaration) || Node.isConstructorDeclaration(declaration))
    ? declaration.getImplementation()
    : undefined;
}

/**
 * A type as a message can advise declaring it, or undefined when it names a type parameter: one of
 * the target's own signature (`put<T extends Plain>(x: T)`) or of the code around the value (`use<U>`)
 * is unknown where the given value is declared (review S48A, F3).
 */
export function typeForAdvice(type: Type, at: Node): string | undefined {
  const mentions = (part: Type, depth: number): boolean =>
    part.isTypeParameter() ||
    (depth < 4 &&
      [
        ...part.getTypeArguments(),
        ...(part.isUnion() ? part.getUnionTypes() : []),
        ...(part.isIntersection() ? part.getIntersectionTypes() : []),
        ...(part.isArray() ? [part.getArrayElementTypeOrThrow()] : []),
      ].some((inner) => mentions(inner, depth + 1)));
  return mentions(type, 0) ? undefined : type.getText(at);
}

/** "`readsDict`", "the constructor of `Shape`", "the function", for a message naming a function's declaration; undefined for a function type's. */
function functionName(declaration: Node): string | undefined {
  if (!Node.isFunctionLikeDeclaration(declaration)) {
    return undefined;
  }
  const owner = declaration.getParent();
  if (Node.isConstructorDeclaration(declaration) && owner !== undefined && Node.isClassDeclaration(owner) && owner.getName() !== undefined) {
    return `the constructor of \`${owner.getName()}\``;
  }
  const named = Node.isArrowFunction(declaration) || Node.isFunctionExpression(declaration) ? owner : declaration;
  const name =
    named !== undefined && (Node.isFunctionDeclaration(named) || Node.isVariableDeclaration(named) || Node.isMethodDeclaration(named))
      ? named.getName()
      : undefined;
  return name === undefined ? "the function" : `\`${name}\``;
}

/**
 * The call flows a check looks at: a function written where it is given (`at` an arrow, a function
 * expression or a method) is not looked at for its result: its returns meet the type themselves,
 * and an object literal it returns is built as an object there. A function deeper than the value
 * (a callback the value takes or gives) is written against one side's type only, so its result
 * meets the other's (`(make: () => { v: number }) => make().v` given for `(make: () => Plain) =>
 * number`: the callers' makers return instances, which the body read as dicts).
 */
export function checkedCallFlows(source: Type, target: Type, at: Node, depth: number): Flow[] | undefined {
  const written = depth === 0 && (Node.isArrowFunction(at) || Node.isFunctionExpression(at) || Node.isMethodDeclaration(at));
  return callFlows(source, target, at)?.filter((flow) => !flow.isResult || !written);
}

/**
 * What the callers pass (the target's parameters) into the parameters the source declares, place by
 * place; a rest parameter takes every argument from its place on, each of its elements (review
 * S47A, F6: `(...xs: { v: number }[])` given for `(p: Plain) => number`).
 */
export function parameterFlows(sourceParameters: TsSymbol[], targetParameters: TsSymbol[], at: Node): Flow[] {
  const flows: Flow[] = [];
  const isRest = (parameter: TsSymbol | undefined): boolean => {
    const declaration = parameter?.getValueDeclaration();
    return declaration !== undefined && Node.isParameterDeclaration(declaration) && declaration.isRestParameter();
  };
  const sourceRest = isRest(sourceParameters.at(-1));
  const targetRest = isRest(targetParameters.at(-1));
  const count = Math.max(
    sourceRest ? targetParameters.length : Math.min(sourceParameters.length, targetParameters.length),
    targetRest ? sourceParameters.length : 0,
  );
  for (let index = 0; index < count; index++) {
    const sourceParameter = sourceParameters[Math.min(index, sourceParameters.length - 1)];
    const targetParameter = targetParameters[Math.min(index, targetParameters.length - 1)];
    if (
      sourceParameter === undefined ||
      targetParameter === undefined ||
      (index >= sourceParameters.length && !sourceRest) ||
      (index >= targetParameters.length && !targetRest)
    ) {
      continue;
    }
    const sourceIsRest = isRest(sourceParameter) && index >= sourceParameters.length - 1;
    const targetIsRest = isRest(targetParameter) && index >= targetParameters.length - 1;
    let from = targetParameter.getTypeAtLocation(at);
    let to = sourceParameter.getTypeAtLocation(at);
    if (sourceIsRest !== targetIsRest) {
      // One side's rest meets the other's single parameters: its elements do, a tuple's each in its
      // place (`...args: [T, number]`: review S49A, F5).
      from = targetIsRest ? (restElementAt(from, index - (targetParameters.length - 1)) ?? from) : from;
      to = sourceIsRest ? (restElementAt(to, index - (sourceParameters.length - 1)) ?? to) : to;
    }
    const label = parameterLabel(sourceParameter, Math.min(index, sourceParameters.length - 1));
    // A rest parameter is declared as an array of what each argument is (`...xs: Plain[]`).
    const advised = typeForAdvice(from, at);
    const declared = advised === undefined ? undefined : sourceIsRest && !targetIsRest ? `${advised}[]` : advised;
    flows.push({
      from,
      to,
      place: `passed to its ${label}`,
      isResult: false,
      parameter: label,
      retype: declared === undefined ? undefined : { declaration: `the ${label}`, type: declared },
    });
    if (sourceIsRest && targetIsRest) {
      break; // the two rests meet once, as arrays
    }
  }
  return flows;
}

/** The element of a rest parameter's type (`T[]`, `[T, number]`, `[string, ...T[]]`) the argument at `position` from its place takes. */
function restElementAt(rest: Type, position: number): Type | undefined {
  if (!rest.isTuple()) {
    return elementType(rest);
  }
  const { prefix, rest: variadic } = tupleParts(rest);
  // Past the fixed elements, the variadic element's (what follows it is left to it: rare).
  return position < prefix.length ? prefix[position] : variadic;
}

/** "parameter `x`", or for a destructured one, which TypeScript names `__0`, "parameter 1 (`{ v }`)" (review S47A, F11). */
function parameterLabel(parameter: TsSymbol, index: number): string {
  const declaration = parameter.getValueDeclaration();
  if (declaration !== undefined && Node.isParameterDeclaration(declaration) && !Node.isIdentifier(declaration.getNameNode())) {
    return `parameter ${index + 1} (\`${declaration.getNameNode().getText()}\`)`;
  }
  return `parameter \`${parameter.getName()}\``;
}

/** A generic class's or interface's own type arguments, before the `this` TypeScript adds after a class's. */
function ownTypeArguments(type: Type, declaration: Node | undefined): Type[] {
  const count = declaration !== undefined && Node.isTypeParametered(declaration) ? declaration.getTypeParameters().length : 0;
  return type.getTypeArguments().slice(0, count);
}

/**
 * The same class or interface with the same type arguments: the type a heritage clause names is its
 * own object (TypeScript gives it the subclass as `this`), not the one a variable of it is declared with.
 */
function isSameReference(one: Type, other: Type): boolean {
  if (one.compilerType === other.compilerType) {
    return true;
  }
  const symbol = one.getSymbol();
  if (symbol === undefined || symbol !== other.getSymbol()) {
    return false;
  }
  const declaration = symbol.getDeclarations()[0];
  const oneArguments = ownTypeArguments(one, declaration);
  const otherArguments = ownTypeArguments(other, declaration);
  return (
    oneArguments.length === otherArguments.length && oneArguments.every((argument, index) => argument.compilerType === otherArguments[index]!.compilerType)
  );
}

/**
 * `source` is a class that names `target` in its `extends` or `implements` (or a base of it does):
 * its members meet the target's where the class is declared (objects-as-data.ts,
 * reportOverridesOfBase), so a value of it given for the target says nothing new.
 */
export function namesAsItsBase(source: Type, target: Type, seen = new Set<Node>()): boolean {
  for (const declaration of source.getSymbol()?.getDeclarations() ?? []) {
    if (!Node.isClassDeclaration(declaration) || seen.has(declaration)) {
      continue;
    }
    seen.add(declaration);
    for (const named of declaration.getHeritageClauses().flatMap((clause) => clause.getTypeNodes())) {
      const type = named.getType();
      if (isSameReference(type, target) || namesAsItsBase(type, target, seen)) {
        return true;
      }
    }
  }
  return false;
}

/**
 * Another class, or a subclass, given for the program's class or interface (`class DictBox extends
 * Box<{ v: number }>` for `Box<Plain>`, `class H { get() { return { v: 7 }; } }` for
 * `Holder<Plain>`): each field and accessor it holds and each method's result flows to the target's
 * readers, and what they pass its methods flows into its methods' parameters (review S46D, F1).
 * Members the two share (inherited, not overridden) are left out: they are the same.
 */
export function memberFlows(source: Type, target: Type, at: Node): Flow[] {
  const flows: Flow[] = [];
  const owner = ownerName(source, at);
  for (const { name, source: given, target: expected, targetDeclaration, isInherited, isOwn, sourceWrite, targetWrite } of sharedProperties(source, target)) {
    if (isInherited) {
      continue;
    }
    // A member a base declares with its own type argument (`class DictBox extends Box<{ v: number }>`) is changed there, not here.
    const retype = (declaration: string, type: Type | string): Retyping | undefined => {
      const text = typeof type === "string" ? type : typeForAdvice(type, at);
      return isOwn && text !== undefined ? { declaration, type: text } : undefined;
    };
    if (!Node.isMethodDeclaration(targetDeclaration) && !Node.isMethodSignature(targetDeclaration)) {
      flows.push({ from: given, to: expected, place: `as its \`${name}\``, isResult: false, retype: retype(`${owner} \`${name}\``, expected) });
      // What the target's writers store goes to the source's setter, when either side writes another
      // type than it reads (review S47A, F3); a field of one type is the read's mirror, already met.
      if (
        sourceWrite !== undefined &&
        targetWrite !== undefined &&
        (sourceWrite.type.compilerType !== given.compilerType || targetWrite.type.compilerType !== expected.compilerType)
      ) {
        for (const [stored, taken] of writePairs(targetWrite, sourceWrite, at)) {
          flows.push({
            from: stored,
            to: taken,
            place: `stored in its \`${name}\``,
            isResult: false,
            // A setter built from its class's type parameters is no declaration to retype for one instantiation.
            retype: sourceWrite.typeArguments === undefined ? retype(`the setter of ${owner} \`${name}\``, targetWrite.type) : undefined,
          });
        }
      }
      continue;
    }
    const method = `${name}()`;
    for (const flow of callFlows(given, expected, at) ?? []) {
      const { parameter } = flow;
      const [place, declaration] = flow.isResult
        ? [`as the result of its \`${method}\``, `the result of ${owner} \`${method}\``]
        : parameter !== undefined
          ? [`passed to the ${parameter} of its \`${method}\``, `the ${parameter} of ${owner} \`${method}\``]
          : [flow.place.replace(/\bits /g, `its \`${method}\`'s `), undefined];
      flows.push({
        ...flow,
        place,
        isResult: false,
        parameter: undefined,
        retype: flow.retype === undefined || declaration === undefined ? undefined : retype(declaration, flow.retype.type),
      });
    }
  }
  return distinctFlows(flows);
}

/** "`DictSlot`'s" for a class's instances, "`DictMaker`'s static" for its static side, "the given value's" for an object type without a name. */
function ownerName(source: Type, at: Node): string {
  const given = source.getNonNullableType();
  const name = given.getSymbol()?.getName();
  if (name === undefined || name.startsWith("__")) {
    return "the given value's";
  }
  const text = given.getText(at);
  // A class's static side (`typeof DictMaker`): its members as written (review S48A, F7).
  return text.startsWith("typeof ") ? `\`${text.slice("typeof ".length)}\`'s static` : `\`${text}\`'s`;
}

/** `source` is a union one of whose members is `target` (or fits it), or an array of such unions. */
export function picksAMember(source: Type, target: Type): boolean {
  if (source.isUnion()) {
    return source.getUnionTypes().some((member) => !member.isNull() && !member.isUndefined() && member.isAssignableTo(target));
  }
  const sourceElement = elementType(source);
  const targetElement = elementType(target);
  return sourceElement !== undefined && targetElement !== undefined && picksAMember(sourceElement, targetElement);
}

/** Whether a type holds a type parameter: itself, a member, an element, a type argument, a property, an index signature's or a callback's result. */
export function holdsTypeParameter(type: Type, own: ReadonlySet<ts.Type>, depth: number, seen = new Map<ts.Type, number>()): boolean {
  if (type.isTypeParameter()) {
    return own.has(type.compilerType);
  }
  // Each type once, unless met again with more depth left: the program's interfaces whose methods
  // return one another were walked once per path, 8^6 times (review S49A, F9: 160 s for one file).
  const metAt = seen.get(type.compilerType);
  if (depth > 6 || (metAt !== undefined && metAt <= depth)) {
    return false;
  }
  seen.set(type.compilerType, depth);
  const parts: Type[] = [];
  if (type.isUnion()) {
    parts.push(...type.getUnionTypes());
  } else if (type.isIntersection()) {
    parts.push(...type.getIntersectionTypes());
  } else if (type.isTuple()) {
    parts.push(...type.getTupleElements());
  } else if (elementType(type) !== undefined) {
    parts.push(elementType(type)!);
  } else if (type.isObject()) {
    // A class or interface that is not generic is declared elsewhere than the signature whose
    // type parameters are asked for, and cannot name them: not walked (the
    // program's interfaces whose methods take and return one another made each ask a walk of all
    // of them: review S49A, F9).
    const declaration = type.getSymbol()?.getDeclarations()[0];
    if (
      declaration !== undefined &&
      (Node.isClassDeclaration(declaration) || Node.isInterfaceDeclaration(declaration)) &&
      declaration.getTypeParameters().length === 0 &&
      // (One declared inside a generic function or method may name its type parameters: review S49C, H6.)
      (Node.isSourceFile(declaration.getParent()) || Node.isModuleBlock(declaration.getParent())) &&
      type.getAliasTypeArguments().length === 0
    ) {
      return false;
    }
    for (const signature of [...type.getCallSignatures(), ...type.getConstructSignatures()]) {
      const declaration = signature.compilerSignature.declaration === undefined ? undefined : signature.getDeclaration();
      parts.push(signature.getReturnType());
      for (const parameter of signature.getParameters()) {
        const location = declaration ?? parameter.getDeclarations()[0];
        if (location !== undefined) {
          parts.push(parameter.getTypeAtLocation(location));
        }
      }
    }
    parts.push(...type.getTypeArguments(), ...type.getAliasTypeArguments()); // `Readonly<T>` is a mapped type whose T only its alias shows
    for (const property of type.getProperties()) {
      // The program's own members only: the standard library's methods have type parameters of their own (`map<U>`).
      const declaration = property.getValueDeclaration() ?? property.getDeclarations()[0];
      if (declaration !== undefined && !declaration.getSourceFile().isDeclarationFile()) {
        parts.push(property.getTypeAtLocation(declaration));
      }
    }
    const index = type.getStringIndexType() ?? type.getNumberIndexType();
    if (index !== undefined) {
      parts.push(index);
    }
  }
  return parts.some((part) => holdsTypeParameter(part, own, depth + 1, seen));
}

/** How many lists deep a type is: `T` 0, `T[]` and `[T, T]` 1, `T[][]` 2. */
function listDepth(type: Type, limit = 8): number {
  const inner = type.isTuple() ? type.getTupleElements()[0] : elementType(type);
  return inner === undefined || limit === 0 ? 0 : 1 + listDepth(inner, limit - 1); // a type may hold itself (`type Tree = Tree[]`)
}

/**
 * A type parameter where the declared type holds one, paired with what the given type holds in its
 * place, whether values come into the type parameter there (`into`: an argument's, a callback's
 * result) or go out of it (a callback's parameter, a result), and where (`place`, for a message).
 */
export interface TypeParameterPlace {
  typeParameter: Type;
  given: Type;
  into: boolean;
  place: string;
  /** The member of the type parameter's values that stands there (`T["item"]`), where not the whole value. */
  member?: string;
}

/** Where a type parameter stands: a walk's starting place (`place`) and the direction values move there (`into`). */
export interface PlaceOfWalk {
  into: boolean;
  place: string;
  /**
   * False for a call's arguments, whose type parameters TypeScript has inferred (the check of the
   * inferred type arguments meets the rest, and advises writing them): only unions, tuples, arrays,
   * Maps and object properties are walked there.
   */
  deep?: boolean;
}

/**
 * Walks the declared type beside the given one: a union's members to the given members of their
 * kind, arrays, tuples, Maps, Sets and Iterables to their elements, an object type's properties and
 * index signature to the given's, an intersection's members, `Readonly<T>` and `Partial<T>` to T,
 * and a function type's parameters (which turn the direction round) and result. Values in a
 * container that can be written (an array, a Map, a Set, a property not `readonly`) move both ways:
 * what reads it may also store into it (`pushInto<T>(xs: T[], x: T)`, review S49A, F6).
 */
export function typeParameterPlaces(
  declared: Type,
  given: Type,
  own: ReadonlySet<ts.Type>,
  depth: number,
  at: Node,
  where: PlaceOfWalk = { into: true, place: "" },
  walked = new TypePairMap<boolean[]>(),
): TypeParameterPlace[] {
  if (depth > 4) {
    return [];
  }
  const { into, place, deep = true } = where;
  if (declared.isTypeParameter()) {
    return own.has(declared.compilerType) ? [{ typeParameter: declared, given, into, place }] : [];
  }
  const inner = (innerDeclared: Type, innerGiven: Type, innerWhere = where): TypeParameterPlace[] =>
    typeParameterPlaces(innerDeclared, innerGiven, own, depth + 1, at, innerWhere, walked);
  const bothWays = (places: TypeParameterPlace[]): TypeParameterPlace[] => [
    ...places,
    ...places.map((found) => ({ ...found, into: !found.into, place: found.place === "" ? "" : `stored into the value ${found.place}` })),
  ];
  const isList = (type: Type): boolean => type.isTuple() || heldType(type) !== undefined;
  if (declared.isUnion()) {
    const declaredMembers = declared.getUnionTypes().filter((member) => !member.isNull() && !member.isUndefined());
    const givenMembers = given.isUnion() ? given.getUnionTypes().filter((member) => !member.isNull() && !member.isUndefined()) : [given];
    // A given member that fits one of the members holding no type parameter is that member's
    // (`describe("circle")` for `x: T | string`), not T's (review S46A, F5).
    const generic = declaredMembers.filter((member) => holdsTypeParameter(member, own, 0));
    const plain = declaredMembers.filter((member) => !generic.includes(member));
    return givenMembers
      .filter((givenMember) => !plain.some((member) => givenMember.isAssignableTo(member)))
      .flatMap((givenMember) => {
        // As TypeScript infers: a given member meets the members built around a type parameter
        // (`T[]`, `{ item: T }`) before a bare `T`, and a list the members as deep as itself
        // (`Data[][]` for `T[][]`, not for `T[]`, in `T | T[] | T[][]`: review S49A, F11, where
        // `T` was taken as `Data[]` and refused where it is given back as `Data`).
        const kin = generic.filter((member) => isList(member) === isList(givenMember));
        const built = kin.filter((member) => !member.isTypeParameter());
        const asDeep = built.filter((member) => listDepth(member) === listDepth(givenMember));
        // Of several members as deep, the ones that take it apart the furthest (fewest unions left for
        // the type parameter): `(T | T[])[]` before `T[]` for a `(Data | Data[])[]` (review S49A, F11).
        const closest = (members: Type[]): TypeParameterPlace[] => {
          const each = members.map((member) => inner(member, givenMember)).filter((places) => places.length > 0);
          const unions = (places: TypeParameterPlace[]): number => places.filter((found) => nonNullMembers(found.given).length > 1).length;
          const fewest = Math.min(...each.map(unions));
          return each.filter((places) => unions(places) === fewest).flat();
        };
        const met = [closest(asDeep), closest(built)];
        return met.find((places) => places.length > 0) ?? kin.filter((member) => member.isTypeParameter()).flatMap((member) => inner(member, givenMember));
      });
  }
  if (declared.isIntersection() && deep) {
    // `NonNullable<T>` is `T & {}`: each member holding a type parameter meets the whole value (review S49A, F4).
    return declared
      .getIntersectionTypes()
      .filter((member) => holdsTypeParameter(member, own, 0))
      .flatMap((member) => inner(member, given));
  }
  const alias = declared.getAliasSymbol()?.getName();
  if (alias !== undefined && deep && MAPPED_OVER_ITS_TYPE.has(alias) && declared.getAliasTypeArguments().length === 1) {
    // `Readonly<T>`, `Partial<T>`: the given object (or its own `Readonly<Data>`'s Data) is T's (review S49A, F4).
    const givenArguments = given.getAliasSymbol()?.getName() === alias ? given.getAliasTypeArguments() : [];
    return inner(declared.getAliasTypeArguments()[0]!, givenArguments.length === 1 ? givenArguments[0]! : given);
  }
  if (deep && isDeferred(declared)) {
    // A type TypeScript leaves unresolved inside the signature (`T extends number ? never : T`,
    // `T["item"]`, `Pick<T, keyof T>`, `Awaited<T>`, `ReturnType<F>`): which of T's values it gives
    // cannot be told, so it stands for T itself there (review S49C, H2: it was not followed, and a
    // dict given for T was read back as an object where the callers read one).
    // `T["item"]`: the member of T's values.
    const indexed = declared.compilerType as ts.IndexedAccessType;
    if ((indexed.flags & ts.TypeFlags.IndexedAccess) !== 0 && own.has(indexed.objectType) && (indexed.indexType.flags & ts.TypeFlags.StringLiteral) !== 0) {
      return [{ typeParameter: wrapType(declared, indexed.objectType), given, into, place, member: (indexed.indexType as ts.StringLiteralType).value }];
    }
    return deferredTypeParameters(declared.compilerType, own, 0).map((typeParameter) => ({
      typeParameter: wrapType(declared, typeParameter),
      given,
      into,
      place,
    }));
  }
  if (declared.isTuple()) {
    const givenElements = given.isTuple() ? given.getTupleElements() : undefined;
    const givenElement = heldType(given);
    const writable = !declared.getText().startsWith("readonly ");
    const places = declared.getTupleElements().flatMap((element, index) => {
      const inPlace = givenElements === undefined ? givenElement : givenElements[index];
      return inPlace === undefined ? [] : inner(element, inPlace);
    });
    return writable ? bothWays(places) : places;
  }
  const declaredElement = deep ? heldType(declared) : elementType(declared);
  if (declaredElement !== undefined) {
    // Arrays, Maps and Sets can be written; a `readonly T[]`, a ReadonlyMap or an Iterable only read (review S49A, F3, F6).
    const name = declared.getNonNullableType().getSymbol()?.getName();
    const writable = declared.getNonNullableType().isArray() ? !declared.getText().startsWith("readonly ") : name === "Map" || name === "Set";
    const places = given.isTuple()
      ? given.getTupleElements().flatMap((element) => inner(declaredElement, element))
      : heldType(given) === undefined
        ? []
        : inner(declaredElement, heldType(given)!);
    return writable ? bothWays(places) : places;
  }
  // Functions and objects each pair of types once in a walk, each way: a class whose methods return
  // the class met itself once per path (a union's members, tried in turn, are not cut so).
  const ways = walked.get(declared.compilerType, given.compilerType) ?? [];
  if (ways.includes(into) || !holdsTypeParameter(declared, own, 0)) {
    return [];
  }
  walked.set(declared.compilerType, given.compilerType, [...ways, into]);
  // A function or a constructor: what it is passed goes the other way to what it gives back (review
  // S49A, F2; S49C, H3: `build<T>(C: new () => T): T`). Each of the given's signatures meets the one
  // in its place, or each of them where the two have not as many (an overloaded method: S49C, H5).
  const constructs = declared.getNonNullableType().getCallSignatures().length === 0;
  const signaturesOf = (type: Type): Signature[] =>
    constructs ? type.getNonNullableType().getConstructSignatures() : type.getNonNullableType().getCallSignatures();
  const declaredSignatures = signaturesOf(declared);
  const givenSignatures = signaturesOf(given);
  if (declaredSignatures.length > 0 && givenSignatures.length > 0 && deep) {
    const ofTheFunction = place === "" ? "" : place === "as its result" ? " of the function it returns" : ` of the function ${place}`;
    const pairs: [Signature, Signature][] =
      declaredSignatures.length === givenSignatures.length
        ? declaredSignatures.map((signature, index) => [signature, givenSignatures[index]!])
        : declaredSignatures.flatMap((signature) => givenSignatures.map((other): [Signature, Signature] => [signature, other]));
    return pairs.flatMap(([declaredSignature, givenSignature]) => [
      // Parameters as a function given for a function type meets them: rest parameters and tuples
      // take each argument in its place (review S49C, H1, H4).
      ...parameterFlows(declaredSignature.getParameters(), givenSignature.getParameters(), at).flatMap((flow) =>
        inner(flow.to, flow.from, { into: !into, place: `passed to the ${flow.parameter ?? "parameter"}${ofTheFunction}` }),
      ),
      ...inner(declaredSignature.getReturnType(), givenSignature.getReturnType(), {
        into,
        place: constructs ? `in the instances built${ofTheFunction}` : `as the result${ofTheFunction}`,
      }),
    ]);
  }
  // A class's instance too, in a full walk (`new <T>(item: T) => Box<T>` given for `new (x: Data) => PlainBox`: review S49A, F8).
  if (
    declared.isObject() &&
    (deep || !declared.isClass()) &&
    declaredSignatures.length === 0 &&
    declared.getNonNullableType().getCallSignatures().length === 0
  ) {
    const places = sharedProperties(given, declared).flatMap((property) => {
      const found = inner(property.target, property.source, { ...where, place: place === "" ? "" : `${place}, as its \`${property.name}\`` });
      const declaration = property.targetDeclaration;
      const isReadonly = (Node.isPropertySignature(declaration) || Node.isPropertyDeclaration(declaration)) && declaration.isReadonly();
      return isReadonly || Node.isMethodSignature(declaration) || Node.isMethodDeclaration(declaration) ? found : bothWays(found);
    });
    // `Record<string, T>` and an index signature: the given's values, or each of its properties (review S49A, F1).
    const declaredValues = declared.getStringIndexType() ?? declared.getNumberIndexType();
    if (declaredValues !== undefined && deep) {
      const givenValues = given.getStringIndexType() ?? given.getNumberIndexType();
      // Without an index signature, an object literal's type gives its properties as the values
      // (TypeScript infers T from them); an interface or a class fits no Record so: its fields are no
      // values of T (review S49C, H7: `Data` in `T | Record<string, T>` took T as Data's `v: number`).
      const isLiteral = given.getSymbol()?.getName().startsWith("__") === true;
      const values =
        givenValues !== undefined
          ? [givenValues]
          : !isLiteral
            ? []
            : given.getProperties().flatMap((property) => {
                const declaration = property.getValueDeclaration() ?? property.getDeclarations()[0];
                return declaration === undefined ? [] : [property.getTypeAtLocation(declaration)];
              });
      places.push(...bothWays(values.flatMap((value) => inner(declaredValues, value))));
    }
    return places;
  }
  return [];
}

/** The standard library's mapped types whose values are their one type argument's (`Readonly<T>`: T's object, read only). */
const MAPPED_OVER_ITS_TYPE = new Set(["Readonly", "Partial", "Required"]);

/**
 * A conditional, indexed access, substitution or mapped type over type parameters, which
 * TypeScript resolves only once they are known. (A mapped type with members or an index signature
 * is resolved: `Record<string, T>` holds T's values at its index. `keyof T` gives keys, not T's values.)
 */
function isDeferred(type: Type): boolean {
  const flags = type.compilerType.flags;
  if ((flags & (ts.TypeFlags.Conditional | ts.TypeFlags.IndexedAccess | ts.TypeFlags.Substitution)) !== 0) {
    return true;
  }
  return (
    (flags & ts.TypeFlags.Object) !== 0 &&
    ((type.compilerType as ts.ObjectType).objectFlags & ts.ObjectFlags.Mapped) !== 0 &&
    type.getProperties().length === 0 &&
    type.getStringIndexType() === undefined &&
    type.getNumberIndexType() === undefined
  );
}

/** The type parameters of `own` a deferred type is built from: its alias's arguments, a conditional's checked and extended types, an indexed access's object, and what they hold. */
function deferredTypeParameters(type: ts.Type, own: ReadonlySet<ts.Type>, depth: number): ts.Type[] {
  if ((type.flags & ts.TypeFlags.TypeParameter) !== 0) {
    return own.has(type) ? [type] : [];
  }
  if (depth > 4) {
    return [];
  }
  const parts: ts.Type[] = [...(type.aliasTypeArguments ?? [])];
  if ((type.flags & ts.TypeFlags.Conditional) !== 0) {
    parts.push((type as ts.ConditionalType).checkType, (type as ts.ConditionalType).extendsType);
  } else if ((type.flags & ts.TypeFlags.IndexedAccess) !== 0) {
    // `T["item"]` gives a member of T's values; its key's type gives none.
    parts.push((type as ts.IndexedAccessType).objectType);
  } else if ((type.flags & ts.TypeFlags.Substitution) !== 0) {
    parts.push((type as ts.SubstitutionType).baseType);
  } else if ((type.flags & ts.TypeFlags.UnionOrIntersection) !== 0) {
    parts.push(...(type as ts.UnionOrIntersectionType).types);
  } else if ((type.flags & ts.TypeFlags.Object) !== 0 && ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) !== 0) {
    // (The arguments TypeScript keeps on a reference it has resolved: an internal field.)
    parts.push(...((type as ts.TypeReference & { resolvedTypeArguments?: readonly ts.Type[] }).resolvedTypeArguments ?? []));
  }
  return [...new Set(parts.flatMap((part) => deferredTypeParameters(part, own, depth + 1)))];
}
