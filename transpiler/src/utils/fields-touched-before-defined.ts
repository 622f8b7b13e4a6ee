/**
 * Code that runs while an instance is constructed and touches one of its fields before JavaScript
 * defines it (ES2022 fields: a base class's fields when its constructor starts, a subclass's when
 * `super()` returns, each field when its turn comes, the parameter properties after the fields'
 * initializers). JavaScript reads undefined there, whatever the field's type says, and a write
 * creates the key there, before the fields declared ahead of it. Python cannot follow either where:
 *
 * - a base class's constructor (its body, its fields' initializers, its parameters' defaults) calls
 *   a method, getter or setter that a subclass overrides, and the override touches a field the
 *   subclass declares (Python has no attribute yet: AttributeError; and JSON.stringify's list puts
 *   the key at its declaration, where JavaScript put it when written);
 * - a field's initializer calls the class's own code that reads a field defined later (or a
 *   parameter property) typed to admit null and not undefined (Python's None there is taken for
 *   null: `String(this.name)` gives "null", `this.name === null` is true), or writes a field
 *   defined later (the key comes first in JavaScript, in its declared place in Python).
 *
 * Followed: `this.name` in that code and in every method, accessor or function-valued field it
 * reaches that way (as the instance's class resolves the name), arrows inside included (they may be
 * called at once: `forEach`). Not followed: `this` handed to other code (a registry calling back).
 */
import { ClassDeclaration, Node, ParameterDeclaration, PropertyAccessExpression, PropertyDeclaration, SyntaxKind } from "ts-morph";
import { isInert } from "./constructor-assignments";
import { noneMeaning } from "./none-meaning";
import { thisOwner } from "./this-type";

export interface EarlyTouch {
  /** The `this.field` read or written too early. */
  touch: PropertyAccessExpression;
  field: string;
  /** The class that declares the field. */
  owner: ClassDeclaration;
  /** Why the field is not defined yet, for the message. */
  because: string;
  written: boolean;
  /** Whether a base class's constructor runs the code (else the class's own initializer). */
  inBase: boolean;
}

/** The early touches of fields of `declaration`'s instances that Python cannot follow. */
export function fieldsTouchedBeforeDefined(declaration: ClassDeclaration): EarlyTouch[] {
  return [...touchedDuringBaseConstructors(declaration), ...touchedByOwnInitializers(declaration)];
}

/** Fields (declared and parameter properties) a class defines for its instances, in definition order. */
function definedFields(declaration: ClassDeclaration): (ParameterDeclaration | PropertyDeclaration)[] {
  const constructor = declaration.getConstructors().find((candidate) => candidate.getBody() !== undefined);
  const parameters = constructor?.getParameters().filter((parameter) => parameter.isParameterProperty()) ?? [];
  const declared = declaration
    .getInstanceProperties()
    .filter(Node.isPropertyDeclaration)
    .filter((property) => !property.hasModifier(SyntaxKind.DeclareKeyword) && !property.isAbstract());
  return [...parameters, ...declared];
}

/** What runs when a class's part of the construction runs: its constructor, its parameters' defaults, its fields' initializers that run code. */
function constructionCode(declaration: ClassDeclaration): Node[] {
  const constructor = declaration.getConstructors().find((candidate) => candidate.getBody() !== undefined);
  const defaults = constructor?.getParameters().flatMap((parameter) => parameter.getInitializer() ?? []) ?? [];
  const initializers = runningInitializers(declaration).map(({ initializer }) => initializer);
  return [...defaults, ...initializers, ...(constructor?.getBody() === undefined ? [] : [constructor.getBody()!])];
}

function runningInitializers(declaration: ClassDeclaration): { field: PropertyDeclaration; initializer: Node }[] {
  return declaration
    .getInstanceProperties()
    .filter(Node.isPropertyDeclaration)
    .flatMap((field) => {
      const initializer = field.getInitializer();
      return initializer === undefined || isInert(initializer) ? [] : [{ field, initializer }];
    });
}

function touchedDuringBaseConstructors(declaration: ClassDeclaration): EarlyTouch[] {
  const found: EarlyTouch[] = [];
  // Classes from the instance's own up to the one whose constructor runs: their fields are not defined yet.
  const below: ClassDeclaration[] = [declaration];
  for (let base = declaration.getBaseClass(); base !== undefined; base = base.getBaseClass()) {
    // What the base's type has (its fields, an Error's `name`, a member a merged interface declares)
    // is its own to write: a subclass redeclaring it keeps the place the base's write gave it.
    const baseType = base.getType();
    const notYet = new Map<string, ClassDeclaration>();
    for (const owner of [...below].reverse()) {
      for (const field of definedFields(owner)) {
        if (baseType.getProperty(field.getName()) === undefined && !field.getName().startsWith("#") && !notYet.has(field.getName())) {
          notYet.set(field.getName(), owner);
        }
      }
    }
    // A write to the first field defined after the base's constructor creates the key where its
    // definition would (which then replaces the value, as Python's assignment does); a later one's, ahead of others.
    const first = notYet.keys().next().value;
    if (notYet.size > 0) {
      for (const touch of touchesReached(constructionCode(base), declaration)) {
        const owner = notYet.get(touch.getName());
        if (owner !== undefined && !(isWrite(touch) && touch.getName() === first) && !found.some((each) => each.touch === touch)) {
          found.push({
            touch,
            field: touch.getName(),
            owner,
            because: `the constructor of \`${base.getName() ?? "the base class"}\` runs it, before \`${owner.getName() ?? "the subclass"}\` defines the field`,
            written: isWrite(touch),
            inBase: true,
          });
        }
      }
    }
    below.push(base);
  }
  return found;
}

function touchedByOwnInitializers(declaration: ClassDeclaration): EarlyTouch[] {
  const found: EarlyTouch[] = [];
  const fields = definedFields(declaration);
  const parameterCount = fields.filter(Node.isParameterDeclaration).length;
  for (const { field, initializer } of runningInitializers(declaration)) {
    // The fields defined from this one on, and the parameter properties (assigned after every initializer).
    const later = new Map(
      fields.filter((candidate, index) => index < parameterCount || index >= fields.indexOf(field)).map((candidate) => [candidate.getName(), candidate]),
    );
    for (const touch of touchesReached([initializer], declaration)) {
      const touched = later.get(touch.getName());
      if (touched === undefined || found.some((each) => each.touch === touch)) {
        continue;
      }
      const written = isWrite(touch);
      const meaning = noneMeaning(touched.getType());
      // A write of the field's own initializer's field keeps its place (the definition replaces the value).
      if ((written && Node.isPropertyDeclaration(touched) && touched !== field) || (!written && meaning.null && !meaning.undefined)) {
        found.push({
          touch,
          field: touch.getName(),
          owner: declaration,
          because: `the initializer of \`${field.getName()}\` runs it, before the field ${written ? "is defined" : "is set"}`,
          written,
          inBase: false,
        });
      }
    }
  }
  return found;
}

/** `this.name` in the code and in what it reaches through `this.name` (methods, accessors, function-valued fields, as `view` resolves them). */
function touchesReached(code: Node[], view: ClassDeclaration): PropertyAccessExpression[] {
  const touches: PropertyAccessExpression[] = [];
  const visited = new Set<Node>();
  const pending = [...code];
  const instanceType = view.getType();
  while (pending.length > 0) {
    const node = pending.pop()!;
    const owner = thisOwnerOf(node);
    for (const keyword of [...(Node.isThisExpression(node) ? [node] : []), ...node.getDescendantsOfKind(SyntaxKind.ThisKeyword)]) {
      const access = keyword.getParent();
      if (thisOwner(keyword) !== owner || !Node.isPropertyAccessExpression(access) || access.getExpression() !== keyword) {
        continue;
      }
      touches.push(access);
      for (const member of instanceType.getProperty(access.getName())?.getDeclarations() ?? []) {
        const body = reachedBody(member);
        if (body !== undefined && !visited.has(body)) {
          visited.add(body);
          pending.push(body);
        }
      }
    }
  }
  return touches;
}

/** Whose `this` a piece of code has: the function's whose body it is, else the enclosing one's (a class's for an initializer). */
function thisOwnerOf(node: Node): Node | undefined {
  const parent = node.getParent();
  const ownsThis =
    parent !== undefined &&
    (Node.isMethodDeclaration(parent) ||
      Node.isGetAccessorDeclaration(parent) ||
      Node.isSetAccessorDeclaration(parent) ||
      Node.isConstructorDeclaration(parent) ||
      Node.isFunctionExpression(parent));
  return ownsThis ? parent : thisOwner(node);
}

/** The code `this.name` runs: a method's or accessor's body, or the function a field holds. */
function reachedBody(member: Node): Node | undefined {
  if (Node.isMethodDeclaration(member) || Node.isGetAccessorDeclaration(member) || Node.isSetAccessorDeclaration(member)) {
    return member.getBody();
  }
  if (Node.isPropertyDeclaration(member)) {
    const initializer = member.getInitializer();
    return initializer !== undefined && (Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer)) ? initializer.getBody() : undefined;
  }
  return undefined;
}

function isWrite(access: PropertyAccessExpression): boolean {
  const parent = access.getParent();
  if (Node.isBinaryExpression(parent) && parent.getLeft() === access) {
    return parent.getOperatorToken().getKind() >= SyntaxKind.FirstAssignment && parent.getOperatorToken().getKind() <= SyntaxKind.LastAssignment;
  }
  return (
    (Node.isPrefixUnaryExpression(parent) || Node.isPostfixUnaryExpression(parent)) &&
    [SyntaxKind.PlusPlusToken, SyntaxKind.MinusMinusToken].includes(parent.getOperatorToken())
  );
}
