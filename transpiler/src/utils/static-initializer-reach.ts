/**
 * The code a class's static initializer or static block may run, followed conservatively: every
 * function, method or accessor it names, called or not, with the same-named members of subclasses,
 * the constructors (with their parameters' defaults) and instance field initializers of the classes
 * it makes, and every function written inside reached code, with what the language and the library
 * run without naming it (text conversions, `toJSON`, iterators, getters a destructuring reads). Code
 * it cannot follow (a call of a parameter whose function is handed over, of a `let`, of a member
 * another value may stand for or the program replaces, `new` of a value, the class handed over) is
 * named, so a check can count it as doing anything. Used by the statics check
 * (statics-read-before-defined.ts) and the class-binding check (class-named-while-defined.ts).
 */
import {
  ArrowFunction,
  ClassDeclaration,
  ClassExpression,
  FunctionDeclaration,
  FunctionExpression,
  Node,
  ParameterDeclaration,
  Project,
  SyntaxKind,
  Type,
  VariableDeclaration,
  VariableDeclarationKind,
} from "ts-morph";
import { isAssignedByPattern } from "./assignment-patterns";
import { isInert } from "./constructor-assignments";
import { nodesOfFileOfKind } from "./file-nodes";
import { calleeDeclarations, declarationsOf, isLibraryCallee, isLibraryDeclaration } from "./named-declarations";
import { namesakesInSubclasses } from "./overriding-members";
import { holdsProgramValue, mayBeAnotherValue, programClasses, programMembersByName } from "./program-members";
import { conversionsAt } from "./conversion-sites";
import { isReplacedMember } from "./replaced-members";
import { unwrapTypeOnly, wrappedOutermost } from "./type-wrappers";
import { isAssignmentOperator } from "./assignments";
import { derivedClassesOf } from "./derived-classes";

/** The code a class member runs while the class's statics are made: a static block's body, a static field's initializer unless it is inert (a literal, a name, a function). */
export function staticRunnerCode(member: Node): Node | undefined {
  if (Node.isClassStaticBlockDeclaration(member)) {
    return member.getBody();
  }
  const initializer = Node.isPropertyDeclaration(member) && member.isStatic() ? member.getInitializer() : undefined;
  return initializer === undefined || isInert(initializer) ? undefined : initializer;
}

/** What a runner's code reaches: the code it may run, and the first place it runs code the check cannot follow, if any. */
export interface Reached {
  code: Node[];
  unfollowed?: Node;
  /** The first call or `new` it cannot follow, if any: code it cannot see runs there (the class handed over runs none by itself). */
  unfollowedCode?: Node;
}

/**
 * The code a piece of code may run: itself, and the bodies of every function, method or accessor it
 * names (called or not: a reference may be called by what it is given to, a static holding one by
 * what reads it; an imported one through its import), with the same-named members of subclasses (a
 * static method's `this` may be one, an instance a subclass's), the constructors (with their
 * parameters' defaults) and field initializers of the classes it constructs, the getters a
 * destructuring reads, and the `toString`/`valueOf`, `toJSON` and iterator methods that joining,
 * printing or spreading an instance runs. Code it cannot follow (a call of a parameter, of a
 * reassigned `let`, of an interface's or an object literal's member, `new` of a value or of `this`,
 * the class itself handed over as a value) is `unfollowed`: it may read any static field.
 */
export function reachedCode(code: Node, declaration: ClassDeclaration): Reached {
  // The statics check and the class-binding check walk each runner: once for each class it is
  // walked for (the walk resolves `this` by the class; the construction check walks a base's code
  // for each subclass).
  let byClass = reachedByRunner.get(code);
  if (byClass === undefined) {
    byClass = new Map();
    reachedByRunner.set(code, byClass);
  }
  let found = byClass.get(declaration);
  if (found === undefined) {
    found = walkReachedCode(code, declaration);
    byClass.set(declaration, found);
  }
  return found;
}

const reachedByRunner = new WeakMap<Node, Map<ClassDeclaration, Reached>>();

function walkReachedCode(code: Node, declaration: ClassDeclaration): Reached {
  const reached: Node[] = [code];
  const seen = new Set<Node>([code]);
  let unfollowed: Node | undefined;
  let unfollowedCode: Node | undefined;
  const add = (node: Node | undefined): void => {
    if (node !== undefined && !seen.has(node)) {
      seen.add(node);
      reached.push(node);
    }
  };
  // `runsCode`: a name whose value the walk cannot tell (a `let` given a function it cannot see) may run anything.
  const cannotFollow = (node: Node, runsCode = !Node.isIdentifier(node)): void => {
    unfollowed ??= node;
    if (runsCode) {
      unfollowedCode ??= node;
    }
  };
  const followMember = (member: Node): void => {
    bodiesOf(member).forEach(add);
    // A static method's `this` may be a subclass, an instance a subclass's: its member of that name runs.
    const isStatic = Node.isStaticable(member) && member.isStatic();
    namesakesInSubclasses(member)
      .filter((override) => (Node.isStaticable(override) && override.isStatic()) === isStatic)
      .forEach((override) => bodiesOf(override).forEach(add));
  };
  // The program's members of a value's type that the language calls by itself (`${item}`, JSON.stringify(item), `[...item]`).
  const followImplicit = (value: Node, names: readonly string[]): void => {
    for (const member of value.getType().getNonNullableType().isUnion() ? value.getType().getNonNullableType().getUnionTypes() : [value.getType()]) {
      for (const name of names) {
        (member.getProperty(name)?.getDeclarations() ?? []).filter((found) => !isLibraryDeclaration(found)).forEach(followMember);
      }
    }
  };
  // A value holding an object of the program's, given to the library or joined into text: the
  // library may call the toString, valueOf, toJSON or iterator of any class whose instances the
  // value may hold (an array's `join`, `Array.from`, an element's `toJSON`, a value typed by an
  // interface; review S54C, G2, G3, G8, G10).
  const followHeld = (value: Node): void => {
    // `object`, `{}`, `unknown` and what holds them may be any class's instance too (review S56C, S1).
    const held = heldObjectTypes(value.getType(), 0);
    if (held.length === 0) {
      return;
    }
    for (const owner of programClasses(value.getProject())) {
      for (const property of owner
        .getType()
        .getProperties()
        .filter((each) => isCalledImplicitly(each.getName()))) {
        property
          .getDeclarations()
          .filter((found) => !isLibraryDeclaration(found) && held.some((type) => type === ANYTHING || mayBeMemberOf(found, type)))
          .forEach(followMember);
      }
    }
  };
  // Where the types do not tell which object a member is read from (an interface, a type
  // parameter, a string key, a nested pattern), the program's accessors of that name on any object
  // that may be of the receiver's type may run (review S56, S1); reading every key of an object
  // (`Object.values`, a spread) runs an object literal's own getters; iterating a value the types
  // do not pin to the library's collections runs the program's iterators of that type (review S56, S2).
  const members = programMembersByName(code);
  const followAccessorsNamed = (name: string, receiver: Type | undefined): void =>
    (members.get(name) ?? [])
      .filter(
        (member) =>
          (Node.isGetAccessorDeclaration(member) || Node.isSetAccessorDeclaration(member)) && (receiver === undefined || mayBeMemberOf(member, receiver)),
      )
      .forEach(followMember);
  // A member read or called where another object than its declaration's may stand (an object
  // literal's member through a `let`, a parameter, an array's element; review S56B, S1): every
  // accessor, method and function-valued member of that name on an object that may be of the receiver's type.
  const followMembersNamed = (name: string, receiver: Type | undefined): void =>
    (members.get(name) ?? []).filter((member) => receiver === undefined || mayBeMemberOf(member, receiver)).forEach(followMember);
  const objectLiteralGetters = (found: readonly Node[], receiver: Type): Node[] =>
    found.filter((member) => Node.isGetAccessorDeclaration(member) && Node.isObjectLiteralExpression(member.getParent()) && mayBeMemberOf(member, receiver));
  const followOwnGetters = (value: Node): void => followOwnGettersOf(value.getType(), value);
  const followOwnGettersOf = (of: Type | typeof ANYTHING, value: Node | undefined): void => {
    if (of === ANYTHING) {
      [...members.values()]
        .flat()
        .filter((member) => Node.isGetAccessorDeclaration(member) && Node.isObjectLiteralExpression(member.getParent()))
        .forEach(followMember);
      return;
    }
    const type = of.getNonNullableType();
    if (!mayHoldObject(type)) {
      return;
    }
    const properties = type.getProperties();
    if (properties.length === 0) {
      [...members.values()].flatMap((found) => objectLiteralGetters(found, type)).forEach(followMember);
    }
    for (const property of properties) {
      const declarations = declarationsOf(property);
      objectLiteralGetters(declarations, type).forEach(followMember);
      if (mayBeAnotherMember(declarations, value)) {
        objectLiteralGetters(members.get(property.getName()) ?? [], type).forEach(followMember);
      }
    }
  };
  const followIterators = (source: Node): void => {
    const type = source.getType().getNonNullableType();
    // A generator method of a class no other value may stand for is its own (followed with the class's implicit members).
    const ownGenerator = (part: Type): boolean => {
      const declarations = declarationsOf(part.getProperties().find((property) => property.getName().startsWith("__@iterator")));
      return (
        declarations.length > 0 &&
        declarations.every(
          (found) =>
            Node.isMethodDeclaration(found) && found.getAsteriskToken() !== undefined && !isLibraryDeclaration(found) && !mayBeAnotherValue(found, source),
        )
      );
    };
    const parts = (type.isUnion() ? type.getUnionTypes() : [type]).filter((part) => !isLibraryIterable(part) && !ownGenerator(part));
    let handWritten = false;
    for (const [name, found] of members) {
      if (name.startsWith("__@iterator")) {
        for (const iterator of found.filter((member) => parts.some((part) => mayBeMemberOf(member, part)))) {
          followMember(iterator);
          // An iterator that is no generator returns an object whose `next` runs.
          handWritten ||= !(Node.isMethodDeclaration(iterator) && iterator.getAsteriskToken() !== undefined);
        }
      }
    }
    if (handWritten || parts.some((part) => part.getProperty("next") !== undefined)) {
      for (const name of ["next", "return"]) {
        (members.get(name) ?? []).forEach(followMember);
      }
    }
  };
  for (let index = 0; index < reached.length; index++) {
    const node = reached[index]!;
    for (const named of [node, ...node.getDescendants()]) {
      // Made text, a number or a key (`${item}`, `"x" + item`, `String(item)`, `{ [key]: 1 }`,
      // `record[key]`, `key in record`, `+item`): its toString or valueOf runs, and those of what it
      // may hold (review S60, t09: a computed key's toString reading a static defined later).
      for (const { value } of conversionsAt(named)) {
        followImplicit(value, TEXT_METHODS);
        followHeld(value);
      }
      if (Node.isIdentifier(named)) {
        const symbol = named.getSymbol();
        const declarations = declarationsOf(symbol);
        for (const found of declarations) {
          followMember(found);
          // A `let` holds what was last assigned to it (review S56, a14).
          if (Node.isVariableDeclaration(found)) {
            const assigned = functionsAssignedTo(found);
            if (assigned === undefined) {
              cannotFollow(named, true);
            }
            assigned?.forEach(add);
          }
        }
        const parent = named.getParent();
        if (Node.isPropertyAccessExpression(parent) && parent.getNameNode() === named && mayBeAnotherMember(declarations, parent.getExpression())) {
          followMembersNamed(named.getText(), parent.getExpression().getType());
        } else if (isAssignmentPatternKey(named)) {
          followAccessorsNamed(named.getText(), undefined);
        }
        // The class handed over as a value (`build(Item)`, `const k = Item`): what it is given to may make or read it.
        if (declarations.includes(declaration) && isHandedOver(named)) {
          cannotFollow(named);
        }
      } else if (Node.isCallExpression(named)) {
        const callee = unwrapTypeOnly(named.getExpression());
        const given = passedFunctions(callee) ?? libraryCallbackValues(callee);
        if (given === undefined && !isFollowedCallee(callee)) {
          cannotFollow(named);
        }
        given?.forEach(add);
        // A parameter may hold one of the library's functions too (`JSON.stringify`), run on what it is given.
        if (isLibraryCallee(callee) || given !== undefined) {
          [...(Node.isPropertyAccessExpression(callee) ? [callee.getExpression()] : []), ...named.getArguments()].forEach(followHeld);
        }
        const calleeText = named.getExpression().getText();
        if (calleeText === "JSON.stringify" || calleeText === "structuredClone") {
          // Every object literal nested in the value has its getters read (review S56B, S2).
          named.getArguments().forEach((argument) => heldObjectTypes(argument.getType(), 0).forEach((held) => followOwnGettersOf(held, undefined)));
        }
        if (OBJECT_READERS.has(calleeText)) {
          const [first, ...rest] = named.getArguments();
          (calleeText === "Object.assign" ? rest : named.getArguments()).forEach(followOwnGetters);
          if (calleeText === "Object.assign" && first !== undefined) {
            // The target's setters of the sources' keys.
            rest.forEach((source) =>
              source
                .getType()
                .getProperties()
                .forEach((property) => followAccessorsNamed(property.getName(), first.getType())),
            );
          }
        }
        if (isLibraryCallee(callee)) {
          named.getArguments().filter(isIterable).forEach(followIterators);
        }
        if (named.getExpression().getText() === "JSON.stringify") {
          // Its `toJSON`, and the getters an object literal has as its own properties.
          named.getArguments().forEach((argument) =>
            followImplicit(argument, [
              "toJSON",
              ...argument
                .getType()
                .getProperties()
                .map((property) => property.getName()),
            ]),
          );
        }
      } else if (Node.isNewExpression(named)) {
        const expression = unwrapTypeOnly(named.getExpression());
        const symbol = expression.getSymbol();
        const made = declarationsOf(symbol)[0];
        if (!Node.isClassDeclaration(made) || Node.isThisExpression(expression)) {
          if (made === undefined || !isLibraryDeclaration(made)) {
            cannotFollow(named);
          }
          named.getArguments().forEach(followHeld); // `new Set(range)` runs its iterator
          named.getArguments().filter(isIterable).forEach(followIterators);
          continue;
        }
        for (let current: ClassDeclaration | undefined = made; current !== undefined; current = current.getBaseClass()) {
          const constructor = current.getConstructors().find((candidate) => candidate.getBody() !== undefined);
          constructor?.getParameters().forEach((parameter) => {
            add(parameter.getInitializer());
            parameterPatterns([parameter]).forEach(add);
          });
          add(constructor?.getBody());
          current
            .getInstanceProperties()
            .filter(Node.isPropertyDeclaration)
            .forEach((property) => add(property.getInitializer()));
        }
      } else if (Node.isSpreadElement(named) || Node.isForOfStatement(named) || Node.isArrayBindingPattern(named)) {
        const iterated = Node.isSpreadElement(named) ? named.getExpression() : Node.isForOfStatement(named) ? named.getExpression() : named.getParent();
        const source = Node.isVariableDeclaration(iterated) ? iterated.getInitializer() : iterated;
        if (source !== undefined) {
          followHeld(source);
          followIterators(source);
          followImplicit(source, [
            "__@iterator",
            ...source
              .getType()
              .getProperties()
              .filter((property) => property.getName().startsWith("__@iterator"))
              .map((property) => property.getName()),
          ]);
        }
      } else if (Node.isYieldExpression(named) && named.getAsteriskToken() !== undefined) {
        const delegated = named.getExpression();
        if (delegated !== undefined) {
          followHeld(delegated);
          followIterators(delegated);
        }
      } else if (Node.isSpreadAssignment(named)) {
        followOwnGetters(named.getExpression());
      } else if (Node.isElementAccessExpression(named)) {
        // `h["v"]` reads that key; a computed key, any of the value's (review S56, a01, a11).
        const key = named.getArgumentExpression();
        const receiver = named.getExpression();
        const type = receiver.getType().getNonNullableType();
        const keys =
          Node.isStringLiteral(key) || Node.isNoSubstitutionTemplateLiteral(key)
            ? [key.getLiteralText()]
            : mayHoldObject(type)
              ? type.getProperties().map((property) => property.getName())
              : [];
        for (const name of keys) {
          const declarations = declarationsOf(type.getProperty(name));
          declarations.filter((found) => !isLibraryDeclaration(found)).forEach(followMember);
          if (mayBeAnotherMember(declarations, receiver)) {
            followMembersNamed(name, type);
          }
        }
        if (!Node.isStringLiteral(key) && !Node.isNoSubstitutionTemplateLiteral(key) && mayHoldObject(type) && type.getProperties().length === 0) {
          [...members.keys()].forEach((name) => followAccessorsNamed(name, type));
        }
      } else if (Node.isObjectBindingPattern(named)) {
        // `const { inner: { v } } = box`: each key read from the value the pattern takes (review S56, a03);
        // `...rest` reads every own key.
        const type = named.getType();
        for (const element of named.getElements()) {
          if (element.getDotDotDotToken() !== undefined) {
            followOwnGetters(named);
            continue;
          }
          const key = (element.getPropertyNameNode() ?? element.getNameNode()).getText();
          const declarations = declarationsOf(type.getProperty(key));
          declarations.filter((found) => !isLibraryDeclaration(found)).forEach(followMember);
          if (mayBeAnotherMember(declarations, undefined)) {
            followAccessorsNamed(key, type);
          }
        }
        // `const { label } = card` reads `label`: a getter runs.
        const holder = named.getParent();
        const source = Node.isVariableDeclaration(holder) || Node.isParameterDeclaration(holder) ? (holder.getInitializer() ?? holder) : undefined;
        if (source !== undefined) {
          followImplicit(
            source,
            named.getElements().map((element) => (element.getPropertyNameNode() ?? element.getNameNode()).getText()),
          );
        }
      }
    }
  }
  return { code: reached, unfollowed, unfollowedCode };
}

/** The library's functions that read every own key of the objects they are given (the target of `Object.assign` is written). */
const OBJECT_READERS = new Set(["Object.values", "Object.entries", "Object.assign", "JSON.stringify", "structuredClone"]);

/** The library's collections, which iterate without running the program's code. */
const LIBRARY_COLLECTIONS = new Set(["Array", "ReadonlyArray", "Map", "ReadonlyMap", "Set", "ReadonlySet", "String"]);

/** Whether every value of the type is iterated by the library's own code: an array, a tuple, a text, a Map or a Set. */
function isLibraryIterable(type: Type): boolean {
  const value = type.getNonNullableType();
  if (value.isUnion()) {
    return value.getUnionTypes().every(isLibraryIterable);
  }
  if (value.isArray() || value.isTuple() || value.isString() || value.isStringLiteral() || value.isTemplateLiteral()) {
    return true;
  }
  const symbol = value.getSymbol();
  return symbol !== undefined && LIBRARY_COLLECTIONS.has(symbol.getName()) && symbol.getDeclarations().every(isLibraryDeclaration);
}

/** Whether a value has an iterator (`[Symbol.iterator]`), so that the library may iterate it. */
function isIterable(value: Node): boolean {
  const type = value.getType().getNonNullableType();
  return (type.isUnion() ? type.getUnionTypes() : [type]).some(
    (member) => member.isAny() || member.isUnknown() || member.getProperties().some((property) => property.getName().startsWith("__@iterator")),
  );
}

/**
 * Whether a member of a class or an object literal may be the member of a value of the type: the
 * type is `any`, `unknown`, `object` or `{}`, a type parameter whose constraint allows it, or one
 * its owner's type is assignable to (a generic class's: one it has every member of, by name).
 */
function mayBeMemberOf(member: Node, type: Type, depth = 0): boolean {
  // `NonNullable<T>` of a type parameter is `T & {}`: a bound on the walk through its parts.
  if (depth > 6) {
    return true;
  }
  const value = type.getNonNullableType();
  if (value.isAny() || value.isUnknown() || value.getText() === "object" || value.getText() === "{}") {
    return true;
  }
  if (value.isTypeParameter()) {
    const constraint = value.getConstraint();
    return constraint === undefined || mayBeMemberOf(member, constraint, depth + 1);
  }
  const parts = value.isUnion() ? value.getUnionTypes() : value.isIntersection() ? value.getIntersectionTypes() : undefined;
  if (parts !== undefined) {
    return parts.some((part) => mayBeMemberOf(member, part, depth + 1));
  }
  // A cast from `any` or `unknown` may have given a value of any type this one (review S56B, S3).
  if (castTargets(member).some((target) => target.isAssignableTo(value))) {
    return true;
  }
  const owner = member.getParent();
  if (Node.isObjectLiteralExpression(owner)) {
    return owner.getType().isAssignableTo(value);
  }
  if (Node.isClassDeclaration(owner)) {
    // A subclass inherits the member: its instances may fit where the class's do not (review S56B, S4).
    return [owner, ...derivedClassesOf(owner)].some((each) => classMayBe(each, member, value));
  }
  if (Node.isClassExpression(owner)) {
    return classMayBe(owner, member, value);
  }
  return true;
}

function classMayBe(owner: ClassDeclaration | ClassExpression, member: Node, value: Type): boolean {
  const ownerType = Node.isStaticable(member) && member.isStatic() ? owner.getSymbol()?.getTypeAtLocation(owner) : owner.getType();
  if (ownerType === undefined) {
    return true;
  }
  if (owner.getTypeParameters().length > 0) {
    // A generic class's instances' member types vary with its type arguments: it has the type's members by name.
    return value
      .getProperties()
      .filter((property) => !property.isOptional())
      .every((property) => ownerType.getProperty(property.getName()) !== undefined);
  }
  return ownerType.isAssignableTo(value);
}

const castsByProject = new WeakMap<Project, readonly Type[]>();

/** The types the program casts a value of type `any` or `unknown` to (`x as unknown as Shape`, `JSON.parse(text) as Shape`): what a value of such a type is, the types do not say. */
function castTargets(node: Node): readonly Type[] {
  const project = node.getProject();
  let targets = castsByProject.get(project);
  if (targets === undefined) {
    const found: Type[] = [];
    for (const sourceFile of project.getSourceFiles().filter((each) => !each.isDeclarationFile())) {
      for (const cast of [...nodesOfFileOfKind(sourceFile, SyntaxKind.AsExpression), ...nodesOfFileOfKind(sourceFile, SyntaxKind.TypeAssertionExpression)]) {
        const operand = cast.getExpression().getType();
        if (operand.isAny() || operand.isUnknown()) {
          found.push(cast.getType().getNonNullableType());
        }
      }
    }
    targets = found;
    castsByProject.set(project, targets);
  }
  return targets;
}

/** Stands for any type in `heldObjectTypes`: a value the types do not bound (`unknown`, a type parameter, a nesting past eight levels). */
const ANYTHING = Symbol("anything");

/** The object types a value of the type may be or hold (its union's members, its elements and type arguments, its properties', to eight levels). */
function heldObjectTypes(type: Type, depth: number, seen = new Set<Type>()): (Type | typeof ANYTHING)[] {
  const value = type.getNonNullableType();
  if (seen.has(value)) {
    return [];
  }
  seen.add(value);
  if (depth > 8 || value.isAny() || value.isUnknown() || value.getText() === "object" || value.getText() === "{}") {
    return [ANYTHING];
  }
  const parts = value.isUnion() ? value.getUnionTypes() : value.isIntersection() ? value.getIntersectionTypes() : undefined;
  if (parts !== undefined) {
    return parts.flatMap((part) => heldObjectTypes(part, depth + 1, seen));
  }
  if (value.isTypeParameter()) {
    const constraint = value.getConstraint();
    return constraint === undefined ? [ANYTHING] : heldObjectTypes(constraint, depth + 1, seen);
  }
  if (!value.isObject() || value.getCallSignatures().length > 0) {
    return [];
  }
  const element = value.getArrayElementType();
  const index = value.getStringIndexType() ?? value.getNumberIndexType();
  const inner = [...value.getTypeArguments(), ...(element === undefined ? [] : [element]), ...(index === undefined ? [] : [index])];
  const library = (value.getSymbol()?.getDeclarations() ?? []).every(isLibraryDeclaration);
  // A library container holds what its type arguments say; an object of the program's, what its properties hold too.
  const properties = library
    ? []
    : value.getProperties().flatMap((property) =>
        property
          .getDeclarations()
          .slice(0, 1)
          .map((declared) => property.getTypeAtLocation(declared)),
      );
  return [...(library ? [] : [value]), ...[...inner, ...properties].flatMap((held) => heldObjectTypes(held, depth + 1, seen))];
}

/** Whether a value of the type may be an object of the program's: one the types show, or `unknown`, `any`, `object`, a type parameter. */
function mayHoldObject(type: Type): boolean {
  const value = type.getNonNullableType();
  return (
    holdsProgramValue(value, false, 0) ||
    value.isAny() ||
    value.isUnknown() ||
    value.isTypeParameter() ||
    value.getText() === "object" ||
    value.getText() === "{}"
  );
}

/**
 * Whether a member read or written through `receiver` (undefined: a pattern's key) may be another
 * value's of that name than its declarations say: an interface's or a type literal's member (any
 * object of that shape, an object literal's getter among them), a class's member another value may
 * stand for, or a member the types do not declare (`any`, `unknown`). The library's members are
 * the library's values'.
 */
function mayBeAnotherMember(declarations: Node[], receiver: Node | undefined): boolean {
  if (declarations.length === 0) {
    return receiver === undefined || mayHoldObject(receiver.getType());
  }
  return declarations.some(
    (found) =>
      !isLibraryDeclaration(found) &&
      (Node.isPropertySignature(found) ||
        Node.isMethodSignature(found) ||
        (Node.isObjectLiteralExpression(found.getParent()) && !isHeldByConst(found.getParentOrThrow(), receiver)) ||
        mayBeAnotherValue(found, receiver) ||
        mayBeCast(found, receiver)),
  );
}

/**
 * The program's members that reading, writing or calling a member `name` through a value of the
 * type (`receiver`, undefined for a pattern's key) may run besides its declarations: those of
 * another object of that shape where the types do not tell which it is (see `mayBeAnotherMember`),
 * and the subclasses' members of that name (`fmt.describe()` of a `CbFmt`).
 */
export function otherMembersRun(declarations: Node[], receiver: Node | undefined, name: string, type: Type, where: Node): Node[] {
  // `this` is typed by a type parameter without constraint; its values are the class's and its subclasses'.
  const of = receiver !== undefined && Node.isThisExpression(unwrapTypeOnly(receiver)) ? type.getApparentType() : type;
  const others = mayBeAnotherMember(declarations, receiver)
    ? (programMembersByName(where).get(name) ?? []).filter((member) => !declarations.includes(member) && mayBeMemberOf(member, of))
    : [];
  return [...others, ...declarations.flatMap((declared) => namesakesInSubclasses(declared))];
}

/** Whether the receiver is a `const` whose initializer is that object literal (`const ops = { run() {…} }`, `ops.run`): no other object stands there. */
function isHeldByConst(literal: Node, receiver: Node | undefined): boolean {
  const value = receiver === undefined ? undefined : unwrapTypeOnly(receiver);
  if (!Node.isIdentifier(value)) {
    return false;
  }
  return declarationsOf(value.getSymbol()).some(
    (declared) =>
      Node.isVariableDeclaration(declared) &&
      declared.getVariableStatement()?.getDeclarationKind() === VariableDeclarationKind.Const &&
      declared.getInitializer() !== undefined &&
      unwrapTypeOnly(declared.getInitializer()!) === literal,
  );
}

/** Whether a value of the receiver's type may have been made another type's by a cast from `any` or `unknown` (`h as unknown as Shape`): the types then say nothing of its members (review S56B, S3). */
function mayBeCast(member: Node, receiver: Node | undefined): boolean {
  const type = receiver?.getType().getNonNullableType();
  return type !== undefined && castTargets(member).some((target) => target.isAssignableTo(type));
}

/** A key of a destructuring assignment's pattern (`({ v } = h)`, `({ inner: { v: w } } = box)`): any of the program's accessors of that name may be read. */
function isAssignmentPatternKey(identifier: Node): boolean {
  const parent = identifier.getParent();
  if ((Node.isShorthandPropertyAssignment(parent) || Node.isPropertyAssignment(parent)) && parent.getNameNode() === identifier) {
    let pattern: Node = parent.getParentOrThrow();
    while (true) {
      const container = pattern.getParent();
      if (
        Node.isPropertyAssignment(container) ||
        Node.isShorthandPropertyAssignment(container) ||
        Node.isSpreadAssignment(container) ||
        Node.isSpreadElement(container)
      ) {
        pattern = container.getParentOrThrow();
      } else if (Node.isArrayLiteralExpression(container) || Node.isParenthesizedExpression(container)) {
        pattern = container;
      } else {
        break;
      }
    }
    return isDestructuringTarget(pattern);
  }
  return false;
}

/** The members the language or the library calls without naming them: text conversions, `toJSON`, iterators. */
function isCalledImplicitly(name: string): boolean {
  return name === "toString" || name === "valueOf" || name === "toJSON" || name.startsWith("__@iterator");
}

/** What joining an instance into text runs (`${item}`, `"x" + item`, `String(item)`). */
const TEXT_METHODS = ["toString", "valueOf"];

/**
 * Whether a call's callee is code the walk follows: a function or method of the program or of the
 * library, a member or `const` holding a function, a function written in place, where no other
 * value may stand for its class and the program replaces no member of that name. A parameter, a
 * `let` (it may be given another function), an interface's member, the result of another call:
 * any code may run.
 */
function isFollowedCallee(callee: Node): boolean {
  if (Node.isArrowFunction(callee) || Node.isFunctionExpression(callee) || Node.isSuperExpression(callee)) {
    return true;
  }
  if (!Node.isIdentifier(callee) && !Node.isPropertyAccessExpression(callee)) {
    return false;
  }
  const declarations = calleeDeclarations(callee);
  // Another value of the class's shape may stand for it (an object literal, another class: review S54C, G6, G12).
  const receiver = Node.isPropertyAccessExpression(callee) ? callee.getExpression() : undefined;
  return declarations.length > 0 && declarations.every((found) => isFollowedDeclaration(found) && !mayBeAnotherValue(found, receiver));
}

/** A declaration whose call runs only what the walk follows: the library's, a function, a method or member holding a function that nothing replaces, a `const` holding one. */
function isFollowedDeclaration(found: Node): boolean {
  return (
    isLibraryDeclaration(found) ||
    Node.isFunctionDeclaration(found) ||
    ((Node.isMethodDeclaration(found) || Node.isPropertyAssignment(found) || Node.isPropertyDeclaration(found)) &&
      bodiesOf(found).length > 0 &&
      !isReplacedMember(found)) ||
    (Node.isVariableDeclaration(found) && found.getVariableStatement()?.getDeclarationKind() === VariableDeclarationKind.Const && bodiesOf(found).length > 0)
  );
}

/**
 * A call of a parameter (`step(item)` in `mapAll(items, step)`): the functions every call of its
 * function passes there, written in place or named, when each call passes one so; else undefined.
 */
function passedFunctions(callee: Node): Node[] | undefined {
  const called = calledParameter(callee);
  if (called === undefined || called.parameter.isRestParameter()) {
    return undefined;
  }
  const { parameter, owner } = called;
  const holder = owner.getParent();
  const holderName =
    Node.isVariableDeclaration(holder) && holder.getVariableStatement()?.getDeclarationKind() === VariableDeclarationKind.Const
      ? holder.getNameNode()
      : undefined;
  const name = Node.isFunctionDeclaration(owner) ? owner.getNameNode() : Node.isIdentifier(holderName) ? holderName : undefined;
  if (name === undefined) {
    return undefined;
  }
  const position = owner.getParameters().indexOf(parameter);
  const passed: Node[] = [];
  for (const reference of name.findReferencesAsNodes()) {
    const call = reference.getParent();
    if (reference === name || Node.isExportSpecifier(call) || Node.isImportSpecifier(call)) {
      continue;
    }
    if (!Node.isCallExpression(call) || call.getExpression() !== reference) {
      return undefined; // the function handed over: what calls it there may pass anything
    }
    // A spread may give the parameter anything (`run(...pair)`; review S56, a15).
    if (call.getArguments().some((each, index) => index <= position && Node.isSpreadElement(each))) {
      return undefined;
    }
    const argument = call.getArguments()[position];
    const value = argument === undefined ? undefined : unwrapTypeOnly(argument);
    if (value === undefined) {
      continue;
    }
    if (Node.isArrowFunction(value) || Node.isFunctionExpression(value)) {
      passed.push(value);
      continue;
    }
    const declarations = Node.isIdentifier(value) || Node.isPropertyAccessExpression(value) ? calleeDeclarations(value) : [];
    if (declarations.length === 0 || !declarations.every(isFollowedDeclaration)) {
      return undefined;
    }
    declarations.forEach((found) => passed.push(...bodiesOf(found)));
  }
  return passed;
}

/** The parameter a call calls (`step(item)`), of a function, an arrow or a function expression that never gives it another value. */
function calledParameter(callee: Node): { parameter: ParameterDeclaration; owner: FunctionDeclaration | ArrowFunction | FunctionExpression } | undefined {
  const parameter = Node.isIdentifier(callee) ? callee.getSymbol()?.getDeclarations()[0] : undefined;
  if (!Node.isParameterDeclaration(parameter)) {
    return undefined;
  }
  const owner = parameter.getParent();
  if ((!Node.isFunctionDeclaration(owner) && !Node.isArrowFunction(owner) && !Node.isFunctionExpression(owner)) || isReassigned(parameter)) {
    return undefined;
  }
  return { parameter, owner };
}

/**
 * A call of an array's element, given by the library to a function written in place for it (`make()`
 * in `makers.map((make) => make())`): the functions the array may hold, where the walk can tell them
 * from how it is made (see `functionsHeldBy`); else undefined.
 */
function libraryCallbackValues(callee: Node): Node[] | undefined {
  const called = calledParameter(callee);
  if (
    called === undefined ||
    Node.isFunctionDeclaration(called.owner) ||
    called.owner.getParameters()[0] !== called.parameter ||
    writesItsArray(called.owner)
  ) {
    return undefined;
  }
  const { owner } = called;
  const call = wrappedOutermost(owner).getParent();
  const method = Node.isCallExpression(call) ? unwrapTypeOnly(call.getExpression()) : undefined;
  if (
    !Node.isCallExpression(call) ||
    call.getArguments()[0] !== wrappedOutermost(owner) ||
    !Node.isPropertyAccessExpression(method) ||
    !ELEMENT_FIRST.has(method.getName()) ||
    !isLibraryCallee(method) ||
    !method.getExpression().getType().isArray()
  ) {
    return undefined;
  }
  return functionsHeldBy(method.getExpression());
}

/**
 * The functions assigned to a variable after its declaration (`g = () => …`), which it then holds:
 * none for a `const` or a variable of a type no function fits; undefined where one assigned is not
 * a function the walk can tell (`g = pick()`, a destructuring).
 */
function functionsAssignedTo(variable: VariableDeclaration, seen = new Set<Node>()): Node[] | undefined {
  if (seen.has(variable)) {
    return [];
  }
  seen.add(variable);
  const name = variable.getNameNode();
  const type = variable.getType().getNonNullableType();
  const holdsFunction = (type.isUnion() ? type.getUnionTypes() : [type]).some(
    (member) => member.getCallSignatures().length > 0 || member.isAny() || member.isUnknown(),
  );
  if (
    isLibraryDeclaration(variable) ||
    variable.getVariableStatement()?.getDeclarationKind() === VariableDeclarationKind.Const ||
    !Node.isIdentifier(name) ||
    !holdsFunction
  ) {
    return [];
  }
  const assigned: Node[] = [];
  for (const reference of name.findReferencesAsNodes()) {
    if (reference === name) {
      continue;
    }
    const outer = wrappedOutermost(reference);
    const parent = outer.getParent();
    if (Node.isBinaryExpression(parent) && parent.getLeft() === outer && isAssignmentOperator(parent.getOperatorToken().getKind())) {
      const functions = functionValue(parent.getRight(), seen);
      if (functions === undefined) {
        return undefined;
      }
      assigned.push(...functions);
    } else if (isAssignedByPattern(outer)) {
      return undefined;
    }
  }
  return assigned;
}

/** Whether the function assigns its parameter another value (`step = other`), which its calls then run. */
function isReassigned(parameter: ParameterDeclaration): boolean {
  const symbol = parameter.getSymbol();
  return (
    parameter
      .getParentOrThrow()
      .getDescendantsOfKind(SyntaxKind.BinaryExpression)
      .some((assignment) => isAssignmentOperator(assignment.getOperatorToken().getKind()) && unwrapTypeOnly(assignment.getLeft()).getSymbol() === symbol) ||
    parameter
      .getParentOrThrow()
      .getDescendants()
      .some((node) => isDestructuringTarget(node) && [node, ...node.getDescendants()].some((inner) => Node.isIdentifier(inner) && inner.getSymbol() === symbol))
  );
}

/** The left of a destructuring assignment (`[step, other] = pair`), or what a `for…of` assigns without declaring (`for (step of steps)`). */
function isDestructuringTarget(node: Node): boolean {
  const parent = node.getParent();
  return (
    (Node.isBinaryExpression(parent) && parent.getLeft() === node && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken) ||
    ((Node.isForOfStatement(parent) || Node.isForInStatement(parent)) && parent.getInitializer() === node)
  );
}

/** A callback taking the array it walks (`(f, i, array) => …`), which it may write another function into (review S56, a14). */
function writesItsArray(callback: Node): boolean {
  return (Node.isArrowFunction(callback) || Node.isFunctionExpression(callback)) && callback.getParameters().length >= 3;
}

/** The array methods whose callback takes an element first. */
const ELEMENT_FIRST = new Set(["map", "forEach", "filter", "find", "findIndex", "findLast", "findLastIndex", "some", "every", "flatMap"]);

/** The array methods whose result holds only the receiver's elements. */
const KEEPING_ELEMENTS = new Set(["filter", "slice", "reverse", "sort", "toReversed", "toSorted"]);

/**
 * The functions an array may hold, where how it is made tells: an array literal of functions written
 * in place or named (`[() => 1, format]`), a `map` whose callback returns such, or `filter`, `slice`
 * and the like of such an array. Undefined for any other array (a variable may have been given any
 * function since), which the caller counts as code it cannot follow.
 */
function functionsHeldBy(array: Node): Node[] | undefined {
  const value = unwrapTypeOnly(array);
  if (Node.isArrayLiteralExpression(value)) {
    const held: Node[] = [];
    for (const element of value.getElements()) {
      const functions = functionValue(element);
      if (functions === undefined) {
        return undefined;
      }
      held.push(...functions);
    }
    return held;
  }
  if (!Node.isCallExpression(value)) {
    return undefined;
  }
  const method = unwrapTypeOnly(value.getExpression());
  if (!Node.isPropertyAccessExpression(method) || !isLibraryCallee(method) || !method.getExpression().getType().isArray()) {
    return undefined;
  }
  const callback = value.getArguments()[0] === undefined ? undefined : unwrapTypeOnly(value.getArguments()[0]!);
  if ((Node.isArrowFunction(callback) || Node.isFunctionExpression(callback)) && writesItsArray(callback)) {
    return undefined;
  }
  if (KEEPING_ELEMENTS.has(method.getName())) {
    return functionsHeldBy(method.getExpression());
  }
  if (method.getName() !== "map" || (!Node.isArrowFunction(callback) && !Node.isFunctionExpression(callback))) {
    return undefined;
  }
  const body = callback.getBody();
  const returned = Node.isBlock(body)
    ? body
        .getDescendantsOfKind(SyntaxKind.ReturnStatement)
        .filter((statement) => statement.getFirstAncestor((ancestor) => Node.isFunctionLikeDeclaration(ancestor)) === callback)
    : undefined;
  const results = returned === undefined ? [body] : returned.map((statement) => statement.getExpression());
  const held: Node[] = [];
  const element = callback.getParameters()[0];
  for (const result of results) {
    // `map((f) => f)` gives the elements back (review S56, w02).
    const given =
      result !== undefined && element !== undefined && !isReassigned(element) && Node.isIdentifier(unwrapTypeOnly(result))
        ? unwrapTypeOnly(result).getSymbol()?.getDeclarations()[0] === element
        : false;
    const functions = given ? functionsHeldBy(method.getExpression()) : result === undefined ? [] : functionValue(result);
    if (functions === undefined) {
      return undefined;
    }
    held.push(...functions);
  }
  return held;
}

/** The code of a function value written in place or named by a declaration the walk follows; undefined for any other value. */
function functionValue(value: Node, seen = new Set<Node>()): Node[] | undefined {
  const unwrapped = unwrapTypeOnly(value);
  if (Node.isArrowFunction(unwrapped) || Node.isFunctionExpression(unwrapped)) {
    return [unwrapped];
  }
  if (!Node.isIdentifier(unwrapped) && !Node.isPropertyAccessExpression(unwrapped)) {
    return undefined;
  }
  const declarations = calleeDeclarations(unwrapped);
  const receiver = Node.isPropertyAccessExpression(unwrapped) ? unwrapped.getExpression() : undefined;
  // A `let` first given a function written in place holds it or one assigned to it later.
  const variable = declarations.length === 1 ? declarations[0] : undefined;
  if (
    Node.isVariableDeclaration(variable) &&
    !isLibraryDeclaration(variable) &&
    variable.getVariableStatement()?.getDeclarationKind() !== VariableDeclarationKind.Const
  ) {
    const initial = bodiesOf(variable);
    const assigned = initial.length === 0 ? undefined : functionsAssignedTo(variable, seen);
    return assigned === undefined ? undefined : [...initial, ...assigned];
  }
  if (
    declarations.length === 0 ||
    !declarations.every((found) => isFollowedDeclaration(found) && !isLibraryDeclaration(found) && !mayBeAnotherValue(found, receiver))
  ) {
    return undefined;
  }
  return declarations.flatMap(bodiesOf);
}

/** The class named as a value given somewhere (an argument, an initializer, an element), not as the receiver of its own member or of `new`. */
function isHandedOver(name: Node): boolean {
  const outer = wrappedOutermost(name);
  const parent = outer.getParent();
  if (parent === undefined) {
    return false;
  }
  if ((Node.isPropertyAccessExpression(parent) || Node.isElementAccessExpression(parent)) && parent.getExpression() === outer) {
    return false;
  }
  if (Node.isNewExpression(parent) && parent.getExpression() === outer) {
    return false;
  }
  // A type position, `instanceof`, `typeof`, a heritage clause, a declaration's own name: no value given.
  if (
    Node.isTypeNode(parent) ||
    Node.isTypeQuery(parent) ||
    Node.isExpressionWithTypeArguments(parent) ||
    Node.isTypeOfExpression(parent) ||
    (Node.isBinaryExpression(parent) && parent.getOperatorToken().getKind() === SyntaxKind.InstanceOfKeyword && parent.getRight() === outer) ||
    (parent as { getNameNode?: () => Node | undefined }).getNameNode?.() === outer
  ) {
    return false;
  }
  return Node.isExpression(outer);
}

/** The destructuring patterns of parameters (`labelOf({ label }: Shape)`), which read the value given: its getters run (review S58D, F1). */
export function parameterPatterns(parameters: readonly ParameterDeclaration[]): Node[] {
  return parameters.map((parameter) => parameter.getNameNode()).filter((name) => Node.isObjectBindingPattern(name) || Node.isArrayBindingPattern(name));
}

/** The code a declaration runs when called or read: a function's, a method's or an accessor's body (and parameter defaults), or the function a variable, field or property holds. */
export function bodiesOf(declaration: Node): Node[] {
  if (
    Node.isFunctionDeclaration(declaration) ||
    Node.isMethodDeclaration(declaration) ||
    Node.isGetAccessorDeclaration(declaration) ||
    Node.isSetAccessorDeclaration(declaration)
  ) {
    const body = declaration.getBody();
    return [
      ...declaration.getParameters().flatMap((parameter) => parameter.getInitializer() ?? []),
      ...parameterPatterns(declaration.getParameters()),
      ...(body === undefined ? [] : [body]),
    ];
  }
  if (Node.isVariableDeclaration(declaration) || Node.isPropertyDeclaration(declaration) || Node.isPropertyAssignment(declaration)) {
    const initializer = declaration.getInitializer();
    return initializer !== undefined && (Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer)) ? [initializer] : [];
  }
  return [];
}
