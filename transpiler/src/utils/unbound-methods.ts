/**
 * A method read without being called (`const f = counter.next;`, `const { next } = counter;`,
 * `items.map(formatter.format)`): JavaScript calls it later with `this` undefined (a TypeError as
 * soon as it uses `this`), where Python's attribute read gives a method bound to its object. The
 * implementation behind an interface or a base class may use `this` even when the declaration seen
 * here does not, so every such read of an instance method is refused (CS1036), whether the type is
 * a class, an interface or an object literal's; a static method only when it uses `this`.
 */
import {
  ClassDeclaration,
  ClassExpression,
  Identifier,
  MethodDeclaration,
  Node,
  ObjectLiteralExpression,
  Project,
  SourceFile,
  Symbol as MorphSymbol,
  SyntaxKind,
  Type,
} from "ts-morph";
import type { TransformContext } from "../context";
import { nodesOfFile, nodesOfFileOfKind } from "./file-nodes";
import { methodBehindPropertyReadWithoutCall, methodReadWithoutCall } from "../diagnostics";
import { bindingKey } from "./destructuring";
import { assignmentPatternKey, literalIndexMember } from "./object-literal-keys";
import { isBindToItsObject } from "./bound-methods";
import { isClassMethod } from "./static-this";
import { derivedClassesOf } from "./derived-classes";

/** The method declarations of a member, when it is a method of our own code (not JavaScript's or a host's). */
function isRefusedMethod(symbol: MorphSymbol | undefined, context: TransformContext, receiver?: Node): boolean {
  const declarations = symbol?.getDeclarations() ?? [];
  if (declarations.length === 0 || declarations.some((declaration) => context.isStandardLibrary(declaration) || context.isHostDeclaration(declaration))) {
    return false;
  }
  return declarations.some((declaration) => {
    if (Node.isMethodSignature(declaration)) {
      return true;
    }
    if (!Node.isMethodDeclaration(declaration)) {
      return false;
    }
    if (!declaration.isStatic()) {
      return true;
    }
    // A static method using `this` is a classmethod (the one test classes.ts compiles it by), bound when read; so is a subclass's override,
    // which the read may find (`k.make` of a `typeof Base` holding Sub: review S45T, H2).
    const owner = declaration.getParent();
    // Read on the class itself (`Base.make`), it can only be the class's own (review S45U, K4).
    const receiverSymbol = receiver !== undefined && Node.isIdentifier(receiver) ? receiver.getSymbol() : undefined;
    // An imported class is its alias's target (review S45V, L3).
    const classSymbol = receiverSymbol?.isAlias() === true ? receiverSymbol.getAliasedSymbol() : receiverSymbol;
    const onTheClass = classSymbol?.getDeclarations().includes(owner) === true;
    const overrides =
      Node.isClassDeclaration(owner) && !onTheClass
        ? derivedClassesOf(owner).flatMap((derived) => derived.getStaticMethods().filter((method) => method.getName() === declaration.getName()))
        : [];
    return [declaration, ...overrides].some((method) => isClassMethod(method));
  });
}

/** What may implement a function-typed property with a method: a class, or an object literal (review 27A F9). */
type MethodOwner = ClassDeclaration | ClassExpression | ObjectLiteralExpression;

/** The program's classes and object literals with a method of a name that uses `this` (or `super`), by name: one walk per project. */
const methodsUsingThis = new WeakMap<Project, Map<string, MethodOwner[]>>();

function usesThis(method: MethodDeclaration): boolean {
  return method.getDescendants().some((node) => node.getKind() === SyntaxKind.ThisKeyword || node.getKind() === SyntaxKind.SuperKeyword);
}

function ownersWithMethodUsingThis(name: string, context: TransformContext): MethodOwner[] {
  const project = context.sourceFile.getProject();
  let byName = methodsUsingThis.get(project);
  if (byName === undefined) {
    const found = new Map<string, MethodOwner[]>();
    const add = (method: MethodDeclaration, owner: MethodOwner): void => {
      if (usesThis(method)) {
        found.set(method.getName(), [...(found.get(method.getName()) ?? []), owner]);
      }
    };
    for (const sourceFile of project.getSourceFiles().filter((file) => !file.isDeclarationFile())) {
      for (const declaration of [...nodesOfFileOfKind(sourceFile, SyntaxKind.ClassDeclaration), ...nodesOfFileOfKind(sourceFile, SyntaxKind.ClassExpression)]) {
        declaration.getInstanceMethods().forEach((method) => add(method, declaration));
      }
      for (const literal of nodesOfFileOfKind(sourceFile, SyntaxKind.ObjectLiteralExpression)) {
        literal
          .getProperties()
          .filter((property) => Node.isMethodDeclaration(property))
          .forEach((method) => add(method, literal));
      }
    }
    methodsUsingThis.set(project, found);
    byName = found;
  }
  return byName.get(name) ?? [];
}

/** The program's classes with a static method of a name that uses `this` (or `super`): one walk per project. */
const staticMethodsUsingThis = new WeakMap<Project, Map<string, ClassDeclaration[]>>();

function classesWithStaticMethodUsingThis(name: string, context: TransformContext): ClassDeclaration[] {
  const project = context.sourceFile.getProject();
  let byName = staticMethodsUsingThis.get(project);
  if (byName === undefined) {
    const found = new Map<string, ClassDeclaration[]>();
    for (const sourceFile of project.getSourceFiles().filter((file) => !file.isDeclarationFile())) {
      for (const declaration of nodesOfFileOfKind(sourceFile, SyntaxKind.ClassDeclaration)) {
        for (const method of declaration.getStaticMethods().filter(isClassMethod)) {
          found.set(method.getName(), [...(found.get(method.getName()) ?? []), declaration]);
        }
      }
    }
    staticMethodsUsingThis.set(project, found);
    byName = found;
  }
  return byName.get(name) ?? [];
}

/**
 * The types an object literal is given as: where it is written (`const m: Formatter = { … }`, an
 * argument), or, for a literal kept in a `const` of its own type, where that variable is given
 * (`use(m)` with `use(f: Formatter)`, `const f: Formatter = m`).
 */
function givenTypes(literal: ObjectLiteralExpression): Type[] {
  const written = literal.getContextualType();
  if (written !== undefined) {
    return [written];
  }
  const holder = literal.getParent();
  if (!Node.isVariableDeclaration(holder) || holder.getTypeNode() !== undefined) {
    return [];
  }
  const nameNode = holder.getNameNode();
  if (!Node.isIdentifier(nameNode)) {
    return [];
  }
  return nameNode
    .findReferencesAsNodes()
    .filter((reference): reference is Identifier => reference !== nameNode && Node.isIdentifier(reference))
    .flatMap((reference) => {
      const given = reference.getContextualType();
      return given === undefined ? [] : [given];
    });
}

/** How the message names what implements the property: the class, or the object literal and its line. */
function ownerName(owner: MethodOwner): string {
  return Node.isObjectLiteralExpression(owner) ? `the object literal at line ${owner.getStartLineNumber()}` : (owner.getName() ?? "an unnamed class");
}

/**
 * A function-typed property of an interface or type (`fmt: (x: number) => string`) that a class of
 * the program implements with a method using `this`, read through a type its instances fit: the
 * read is that method, which JavaScript later calls with `this` undefined (a TypeError), where
 * Python's stays bound (review 24B F10). The class that may stand behind the read is named.
 */
function classBehindProperty(symbol: MorphSymbol | undefined, receiverType: Type, context: TransformContext): MethodOwner | undefined {
  const declarations = symbol?.getDeclarations() ?? [];
  if (symbol === undefined || !declarations.some((declaration) => Node.isPropertySignature(declaration))) {
    return undefined;
  }
  // A property whose type no function fits (`total: number`, `items: string[]`) has no method behind
  // it, whatever class has a method of its name (a generic class's `total()` made every read of a
  // data type's `total: number` in the program a refusal).
  const propertyType = symbol.getTypeAtLocation(declarations[0]!);
  const holdsNoFunction = (member: Type): boolean =>
    member.isNumber() ||
    member.isString() ||
    member.isBoolean() ||
    member.isLiteral() ||
    member.isBooleanLiteral() ||
    member.isEnum() ||
    member.isEnumLiteral() ||
    member.isArray() ||
    member.isTuple() ||
    member.isNull() ||
    member.isUndefined();
  if ((propertyType.isUnion() ? propertyType.getUnionTypes() : [propertyType]).every(holdsNoFunction)) {
    return undefined;
  }
  // A receiver of a type parameter (`f: F` with `F extends Formatter`) may be whatever fits its constraint (review 27A F8).
  const receiver = receiverType.getNonNullableType();
  const resolved = receiver.isTypeParameter() ? (receiver.getConstraint() ?? receiver) : receiver;
  const target = resolved.compilerType;
  // A class object given as the receiver's type (`const m: Maker = Sub`), whose static method reading
  // `this` (a classmethod, bound when read) stands for the property (review S45U, K3).
  // Only an interface with a method can be met by a class object: one of data only refuses it (CS1037; review S45V, L7).
  const hasMethods = resolved
    .getProperties()
    .some((property) => property.getDeclarations().some((declaration) => Node.isMethodSignature(declaration) || Node.isMethodDeclaration(declaration)));
  const classObject = (hasMethods ? classesWithStaticMethodUsingThis(symbol.getName(), context) : []).find((declaration) => {
    const staticSide = declaration.getSymbol()?.getTypeAtLocation(declaration);
    return staticSide !== undefined && context.checker.compilerObject.isTypeAssignableTo(staticSide.compilerType, target);
  });
  if (classObject !== undefined) {
    return classObject;
  }
  return ownersWithMethodUsingThis(symbol.getName(), context).find((declaration) => {
    // An object literal counts where it is given as a type that declares the member a function-typed
    // property, as the receiver's does, and fits the receiver (`const m: Formatter = { format() { …
    // this … } }`): its own structural type would fit any literal of the program with a method of
    // that name (`page.render()` in another module), and a type declaring a method is refused itself.
    if (Node.isObjectLiteralExpression(declaration)) {
      return givenTypes(declaration).some((given) => {
        const member = given.getNonNullableType().getProperty(symbol.getName());
        return (
          (member?.getDeclarations() ?? []).some((memberDeclaration) => Node.isPropertySignature(memberDeclaration)) &&
          context.checker.compilerObject.isTypeAssignableTo(given.compilerType, target)
        );
      });
    }
    // A generic class (`Tagged<T extends number>`) is its type with T left open, which fits no
    // `(value: number) => string`; by the names of the receiver's members it may stand for one (review 27A F16).
    if (declaration.getTypeParameters().length > 0) {
      const classType = declaration.getType();
      return resolved.getProperties().every((property) => classType.getProperty(property.getName()) !== undefined);
    }
    return context.checker.compilerObject.isTypeAssignableTo(declaration.getType().compilerType, target);
  });
}

/** `counter.next` (or `counter["next"]`), a method of the program read from its object: a new Python bound method at each read. */
export function readsMethod(node: Node, context: TransformContext): boolean {
  let inner = node;
  while (Node.isParenthesizedExpression(inner) || Node.isNonNullExpression(inner)) {
    inner = inner.getExpression();
  }
  const symbol = Node.isPropertyAccessExpression(inner)
    ? inner.getNameNode().getSymbol()
    : Node.isElementAccessExpression(inner)
      ? literalIndexMember(inner)
      : undefined;
  const declarations = symbol?.getDeclarations() ?? [];
  return (
    declarations.some((declaration) => Node.isMethodDeclaration(declaration) || Node.isMethodSignature(declaration)) &&
    !declarations.some((declaration) => context.isStandardLibrary(declaration) || context.isHostDeclaration(declaration))
  );
}

/** What a read's value is used for, looking through parentheses and `!`: only a call keeps JavaScript's `this`; a test of whether it is there uses no `this`. */
function isCalledOrTested(access: Node): boolean {
  let node = access;
  let parent = node.getParent();
  while (parent !== undefined && (Node.isParenthesizedExpression(parent) || Node.isNonNullExpression(parent))) {
    node = parent;
    parent = node.getParent();
  }
  if (parent === undefined) {
    return false;
  }
  if (Node.isCallExpression(parent) && parent.getExpression() === node) {
    return true;
  }
  const call = parent.getParent();
  if (Node.isPropertyAccessExpression(parent) && call !== undefined && Node.isCallExpression(call) && isBindToItsObject(call)) {
    return true; // `counter.inc.bind(counter)`: bound as Python binds it
  }
  if (
    Node.isPropertyAccessExpression(parent) &&
    ["bind", "call", "apply"].includes(parent.getName()) &&
    call !== undefined &&
    Node.isCallExpression(call) &&
    call.getExpression() === parent
  ) {
    // `a.add.bind(a, 5)`, `a.add.call(b)`: the call, bind or apply is refused itself (CS1008), with
    // the form to write; JavaScript gives these a `this`, so CS1036's reason would not hold (review 23C M2).
    return true;
  }
  if (Node.isTypeOfExpression(parent) || (Node.isPrefixUnaryExpression(parent) && parent.getOperatorToken() === SyntaxKind.ExclamationToken)) {
    return true;
  }
  if (Node.isBinaryExpression(parent)) {
    const operator = parent.getOperatorToken().getKind();
    return (
      operator === SyntaxKind.EqualsEqualsEqualsToken ||
      operator === SyntaxKind.ExclamationEqualsEqualsToken ||
      operator === SyntaxKind.EqualsEqualsToken ||
      operator === SyntaxKind.ExclamationEqualsToken ||
      (operator === SyntaxKind.EqualsToken && parent.getLeft() === node) // an assignment to it is no read
    );
  }
  return (
    ((Node.isIfStatement(parent) || Node.isWhileStatement(parent) || Node.isDoStatement(parent)) && parent.getExpression() === node) ||
    (Node.isConditionalExpression(parent) && parent.getCondition() === node)
  );
}

function reportDestructured(names: { name: string; at: Node }[], source: Type, context: TransformContext): void {
  for (const { name, at } of names) {
    const property = source.getNonNullableType().getProperty(name);
    if (isRefusedMethod(property, context)) {
      context.report(methodReadWithoutCall(at, name, true));
      continue;
    }
    const behind = classBehindProperty(property, source, context);
    if (behind !== undefined) {
      context.report(methodBehindPropertyReadWithoutCall(at, name, ownerName(behind), true, Node.isObjectLiteralExpression(behind)));
    }
  }
}

export function reportUnboundMethodReads(sourceFile: SourceFile, context: TransformContext): void {
  nodesOfFile(sourceFile).forEach((node) => {
    if (Node.isPropertyAccessExpression(node)) {
      if (node.getExpression().getKind() !== SyntaxKind.SuperKeyword && !isCalledOrTested(node)) {
        const symbol = node.getNameNode().getSymbol();
        const refused = isRefusedMethod(symbol, context, node.getExpression());
        const behind = refused ? undefined : classBehindProperty(symbol, node.getExpression().getType(), context);
        if (refused) {
          context.report(methodReadWithoutCall(node, node.getName(), false));
        } else if (behind !== undefined) {
          context.report(methodBehindPropertyReadWithoutCall(node, node.getName(), ownerName(behind), false, Node.isObjectLiteralExpression(behind)));
        }
      }
    } else if (Node.isElementAccessExpression(node)) {
      // `const f = counter["next"]`: a literal key names the member as the dot does.
      const member = literalIndexMember(node);
      if (member !== undefined && !isCalledOrTested(node)) {
        const behind = isRefusedMethod(member, context) ? undefined : classBehindProperty(member, node.getExpression().getType(), context);
        if (isRefusedMethod(member, context)) {
          context.report(methodReadWithoutCall(node, member.getName(), false));
        } else if (behind !== undefined) {
          // `f["format"]` of an interface's function-typed property (review 27A F8).
          context.report(methodBehindPropertyReadWithoutCall(node, member.getName(), ownerName(behind), false, Node.isObjectLiteralExpression(behind)));
        }
      }
    } else if (Node.isObjectBindingPattern(node)) {
      const elements = node.getElements().filter((element) => element.getDotDotDotToken() === undefined);
      const names = elements.map((element) => ({ name: bindingKey(element) ?? element.getName(), at: element }));
      reportDestructured(names, node.getType(), context);
    } else if (
      Node.isBinaryExpression(node) &&
      node.getOperatorToken().getKind() === SyntaxKind.EqualsToken &&
      Node.isObjectLiteralExpression(node.getLeft())
    ) {
      const pattern = node.getLeft();
      if (Node.isObjectLiteralExpression(pattern)) {
        const names = pattern
          .getProperties()
          .filter((property) => Node.isShorthandPropertyAssignment(property) || Node.isPropertyAssignment(property))
          .map((property) => ({ name: assignmentPatternKey(property) ?? property.getName(), at: property }));
        reportDestructured(names, node.getRight().getType(), context);
      }
    }
  });
}
