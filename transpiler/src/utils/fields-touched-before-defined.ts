/**
 * Code that runs while an instance is constructed and touches one of its fields before JavaScript
 * defines it (ES2022 fields: a base class's fields when its constructor starts, before its
 * parameters' defaults; a subclass's when `super()` returns; each field when its turn comes, the
 * parameter properties after the fields' initializers). JavaScript reads undefined there, whatever
 * the field's type says, and a write creates the key there, ahead of the fields defined after it.
 * Python cannot follow either where:
 *
 * - a class's construction code (its constructor, its parameters' defaults, its fields'
 *   initializers) runs a method, accessor or function-valued field that a subclass overrides, and
 *   that code touches a field a subclass declares (Python has no attribute yet: AttributeError; and
 *   JSON.stringify's list puts the key at its declaration, where JavaScript put it when written). A
 *   write of the first field the subclasses define, from the constructor's body or a default (the
 *   class's own fields all defined by then), creates the key where its definition would, and is
 *   left alone;
 * - a field's initializer runs code that reads a field of the same class defined later, or a
 *   parameter property (Python's None there is taken for null where the type admits null, and for
 *   a value of the type where it admits neither: `typeof` gives "object", arithmetic raises), unless
 *   the type admits undefined and not null, or the read only asks whether the value is there (`==
 *   null`, `=== undefined`) or sits behind that test; or writes a later field (the key comes first in
 *   JavaScript, in its declared place in Python); a parameter's default that reads a parameter
 *   property. A field a base class defines too holds the base's value until defined again, in both.
 *
 * A field declared `declare`, or a member the base declares `abstract`, is defined by no class
 * before the subclass's definition: touching it then counts as touching the subclass's field.
 *
 * Followed: `this.name`, `this["name"]`, `this!.name`, `(this as C).name`, a local holding `this`,
 * `const { name } = this`, `Object.assign(this, …)` (the keys its sources' types give),
 * `String(this)` and templates (its `toString()`), `JSON.stringify(this)` (its `toJSON()`, and every
 * field) and `console.log(this)`, in that code and in every method, accessor (the getter for a
 * read, the setter for a write) or function-valued field it reaches by calling `this.name` or
 * `super.name` or reading an accessor, as the instance's class resolves the name; arrows inside it
 * that run at once (called in place, kept in a local the code calls, or given to an array's
 * `forEach`, `map`, `filter`…). Not followed: `this` handed to other code, a method read without a
 * call (`this.onClick.bind(this)`) and arrows stored for later (an event handler), which run after
 * the construction, when every field is defined.
 */
import { ClassDeclaration, Identifier, Node, ParameterDeclaration, PropertyDeclaration, SyntaxKind } from "ts-morph";
import { definedFieldDeclarations, initializerRunsCode, parameterPropertiesOf } from "./constructor-assignments";
import { noneMeaning } from "./none-meaning";
import { thisOwner } from "./this-type";
import { isTypeOnlyWrapper, unwrapTypeOnly } from "./type-wrappers";

export interface EarlyTouch {
  /** The read or write too early (`this.field`, `this["field"]`, a destructuring of `this`, …). */
  touch: Node;
  field: string;
  /** The class that declares the field. */
  owner: ClassDeclaration;
  /** Why the field is not defined yet, for the message. */
  because: string;
  written: boolean;
  /**
   * What goes wrong: the key's place ("order"), undefined read as null ("null"), no attribute yet in
   * Python ("missing"), Python's None read as a value of the field's type ("typed"), a field shown
   * by console.log before it is defined ("shown").
   */
  effect: "order" | "null" | "missing" | "typed" | "shown";
  /** Whether a base class's code runs it for a subclass's field (else the class's own code, for its own). */
  inBase: boolean;
}

/** One read or write of a member of `this` in construction code. */
interface Touch {
  node: Node;
  name: string;
  written: boolean;
  /**
   * Read by printing the whole instance: a base's print leaves out a subclass's field not defined
   * yet, in Python as in Node; in an initializer, a later field set to None first prints as its
   * list says in JSON ("json": left out unless its type admits null), and console.log shows it
   * (`b: undefined`) where Node has no such key yet ("console").
   */
  whole?: "json" | "console";
  /** The member is called here (`this.m()`, `this.m.call(…)`), so a method's body runs; a method only read (`this.m.bind(this)`) runs later. */
  called?: boolean;
}

type Field = ParameterDeclaration | PropertyDeclaration;

/** The early touches of fields of `declaration`'s instances that Python cannot follow, one per field and runner. */
export function fieldsTouchedBeforeDefined(declaration: ClassDeclaration): EarlyTouch[] {
  const found: EarlyTouch[] = [];
  const add = (early: EarlyTouch): void => {
    // One per field and runner; one per place for a print of the whole instance.
    if (!found.some((each) => each.because === early.because && (each.field === early.field || each.touch === early.touch))) {
      found.push(early);
    }
  };
  const chain: ClassDeclaration[] = [];
  for (let current: ClassDeclaration | undefined = declaration; current !== undefined; current = current.getBaseClass()) {
    chain.push(current);
  }
  chain.forEach((runner, index) => {
    const below = notYetBelow(chain.slice(0, index).reverse(), runner);
    const runnerName = runner.getName() ?? "the base class";
    const checkBelow = (touches: Touch[], because: (owner: ClassDeclaration) => string, firstMayBeWritten: boolean): void => {
      const first = [...below.values()].find((entry) => !entry.field.hasModifier(SyntaxKind.DeclareKeyword))?.field.getName();
      for (const touch of touches) {
        const entry = below.get(touch.name);
        // `this.seen += 1` reads it too: undefined in JavaScript, no attribute in Python.
        const writtenOnly = touch.written && !isCompound(touch.node);
        if (entry !== undefined && touch.whole === undefined && !(firstMayBeWritten && writtenOnly && touch.name === first)) {
          add({
            touch: touch.node,
            field: touch.name,
            owner: entry.owner,
            because: because(entry.owner),
            written: writtenOnly,
            effect: writtenOnly ? "order" : "missing",
            inBase: true,
          });
        }
      }
    };
    const constructor = runner.getConstructors().find((candidate) => candidate.getBody() !== undefined);
    const parameterProperties = parameterPropertiesOf(runner);
    const declared = definedFieldDeclarations(runner);
    for (const { field, initializer } of runningInitializers(runner)) {
      const touches = touchesReached([initializer], declaration);
      const because = `the initializer of \`${field.getName()}\` in \`${runnerName}\` runs it`;
      checkBelow(touches, (owner) => `${because}, before \`${owner.getName() ?? "the subclass"}\` defines the field`, false);
      // A field a base class defines too holds the base's value until this one's definition, in both.
      const inherited = (name: string): boolean => runner.getBaseTypes().some((base) => base.getProperty(name) !== undefined);
      const later = new Map<string, Field>(
        [...parameterProperties, ...declared.slice(declared.indexOf(field))].filter((each) => !inherited(each.getName())).map((each) => [each.getName(), each]),
      );
      for (const touch of touches) {
        const touched = later.get(touch.name);
        const meaning = touched === undefined ? undefined : noneMeaning(touched.getType());
        // A None read there is undefined in JavaScript: right only where the type says None is
        // undefined, or where the read only asks whether it is missing (`=== undefined`, `== null`).
        const refused = touch.written
          ? Node.isPropertyDeclaration(touched) && touched !== field
          : meaning !== undefined &&
            (touch.whole === "console" || meaning.null || (!meaning.undefined && touch.whole === undefined)) &&
            !isMissingTest(touch.node, meaning.null) &&
            !(meaning.null && asksOnlyTruthiness(touch.node)) &&
            !guardedAsPresent(touch);
        if (refused) {
          add({
            touch: touch.node,
            field: touch.name,
            owner: runner,
            because: `${because}, before the field ${touch.written ? "is defined" : "is set"}`,
            written: touch.written,
            effect: touch.written ? "order" : touch.whole === "console" ? "shown" : meaning?.null === true ? "null" : "typed",
            inBase: false,
          });
        }
      }
    }
    const defaults = constructor?.getParameters().flatMap((parameter) => parameter.getInitializer() ?? []) ?? [];
    const defaultTouches = touchesReached(defaults, declaration);
    for (const touch of defaultTouches) {
      const property = parameterProperties.find((parameter) => parameter.getName() === touch.name);
      if (property !== undefined && !touch.written) {
        add({
          touch: touch.node,
          field: touch.name,
          owner: runner,
          because: `a parameter's default in \`${runnerName}\`'s constructor runs it, before the parameter property is set`,
          written: false,
          effect: "missing",
          inBase: false,
        });
      }
    }
    const body = constructor?.getBody();
    checkBelow(
      [...defaultTouches, ...(body === undefined ? [] : touchesReached([body], declaration))],
      (owner) => `the constructor of \`${runnerName}\` runs it, before \`${owner.getName() ?? "the subclass"}\` defines the field`,
      true,
    );
  });
  return found;
}

/** Fields a class defines for its instances in definition order: parameter properties, then declared fields. */
function definedFields(declaration: ClassDeclaration): Field[] {
  return [...parameterPropertiesOf(declaration), ...definedFieldDeclarations(declaration)];
}

/**
 * The fields of the classes below the runner (from the one right below it down to the instance's),
 * in the order they are defined, that nothing has defined while the runner's code runs: each
 * `declare`d one too (never defined, read as undefined). A name the runner or a class above it
 * defines (a field, or a member its type has that is no abstract or `declare`d field: an Error's
 * `name`, a member a merged interface declares) is the runner's to write.
 */
function notYetBelow(below: ClassDeclaration[], runner: ClassDeclaration): Map<string, { field: Field; owner: ClassDeclaration }> {
  const runnerType = runner.getType();
  const definedAbove = (name: string): boolean => {
    const property = runnerType.getProperty(name);
    return (
      property !== undefined &&
      !property.getDeclarations().every((node) => Node.isPropertyDeclaration(node) && (node.isAbstract() || node.hasModifier(SyntaxKind.DeclareKeyword)))
    );
  };
  const notYet = new Map<string, { field: Field; owner: ClassDeclaration }>();
  for (const owner of below) {
    const declaredOnly = owner
      .getInstanceProperties()
      .filter(Node.isPropertyDeclaration)
      .filter((property) => property.hasModifier(SyntaxKind.DeclareKeyword));
    for (const field of [...definedFields(owner), ...declaredOnly]) {
      const name = field.getName();
      if (!name.startsWith("#") && !definedAbove(name) && !notYet.has(name)) {
        notYet.set(name, { field, owner });
      }
    }
  }
  return notYet;
}

function runningInitializers(declaration: ClassDeclaration): { field: PropertyDeclaration; initializer: Node }[] {
  return definedFieldDeclarations(declaration).flatMap((field) => {
    const initializer = field.getInitializer();
    return initializer !== undefined && initializerRunsCode(field) ? [{ field, initializer }] : [];
  });
}

/** The touches of `this`'s members in the code and in what it reaches through `this.name` and `super.name`, as `view` resolves them. */
function touchesReached(code: Node[], view: ClassDeclaration): Touch[] {
  const touches: Touch[] = [];
  const visited = new Set<Node>();
  const pending = [...code];
  const instanceType = view.getType();
  const follow = (members: Node[], written: boolean | undefined, called: boolean): void => {
    for (const member of members) {
      if ((written === true && Node.isGetAccessorDeclaration(member)) || (written === false && Node.isSetAccessorDeclaration(member))) {
        continue;
      }
      if (!called && (Node.isMethodDeclaration(member) || Node.isPropertyDeclaration(member))) {
        continue; // a method or a function-valued field read, not called: it runs later, if ever
      }
      const body = reachedBody(member);
      if (body !== undefined && !visited.has(body)) {
        visited.add(body);
        pending.push(body);
      }
    }
  };
  const memberNames = instanceType.getProperties().map((property) => property.getName());
  while (pending.length > 0) {
    const node = pending.pop()!;
    const owner = thisOwnerOf(node);
    const keywords = [...(Node.isThisExpression(node) ? [node] : []), ...node.getDescendantsOfKind(SyntaxKind.ThisKeyword)].filter(
      (keyword) => thisOwner(keyword) === owner,
    );
    for (const keyword of [...keywords, ...aliasesOf(keywords, node)]) {
      if (!runsNow(keyword, node)) {
        continue;
      }
      for (const touch of touchesOf(keyword, memberNames)) {
        touches.push(touch);
        if (touch.whole === undefined) {
          // Printing the whole instance runs none of its methods or getters.
          follow(
            instanceType.getProperty(touch.name)?.getDeclarations() ?? [],
            isCompound(touch.node) ? undefined : touch.written,
            touch.called === true || isCalled(touch.node) || callsKept(touch.node, node),
          );
        }
      }
    }
    for (const keyword of node.getDescendantsOfKind(SyntaxKind.SuperKeyword)) {
      const access = keyword.getParent();
      const base = keyword.getFirstAncestorByKind(SyntaxKind.ClassDeclaration)?.getBaseClass();
      if (base !== undefined && thisOwner(keyword) === owner && runsNow(keyword, node) && Node.isPropertyAccessExpression(access)) {
        follow(base.getType().getProperty(access.getName())?.getDeclarations() ?? [], isWrite(access) ? true : undefined, isCalled(access));
      }
    }
  }
  return touches;
}

/** The uses of a local that holds `this` (`const self = this`): each touches what `this` there would. */
function aliasesOf(keywords: Node[], root: Node): Node[] {
  return keywords.flatMap((keyword) => {
    const local = localHolding(keyword);
    return local === undefined ? [] : usesOf(local, root);
  });
}

/** The local a value is kept in, through parentheses and type assertions (`const self = this`, `const go = this.handler`). */
function localHolding(value: Node): Identifier | undefined {
  let outer = value;
  while (isWrapped(outer)) {
    outer = outer.getParentOrThrow();
  }
  const declaration = outer.getParent();
  const name = Node.isVariableDeclaration(declaration) && declaration.getInitializer() === outer ? declaration.getNameNode() : undefined;
  return Node.isIdentifier(name) ? name : undefined;
}

/** The local's uses in the code, its declaration left out. */
function usesOf(local: Identifier, root: Node): Identifier[] {
  const symbol = local.getSymbol();
  return symbol === undefined
    ? []
    : root.getDescendantsOfKind(SyntaxKind.Identifier).filter((identifier) => identifier !== local && identifier.getSymbol() === symbol);
}

/** Whether the code calls the local (`const read = () => …; read()`). */
function callsLocal(local: Identifier, root: Node): boolean {
  return usesOf(local, root).some((use) => {
    const call = use.getParent();
    return Node.isCallExpression(call) && call.getExpression() === use;
  });
}

/** What one `this` touches: the member it reads or writes, the members a destructuring or Object.assign names, or every one where it is printed whole. */
function touchesOf(keyword: Node, allMembers: string[]): Touch[] {
  let outer: Node = keyword;
  while (isWrapped(outer)) {
    outer = outer.getParentOrThrow();
  }
  const parent = outer.getParent();
  // `String(this)`, `${this}`, `"" + this`: the class's toString() runs.
  const converted =
    (Node.isCallExpression(parent) && parent.getExpression().getText() === "String" && parent.getArguments()[0] === outer) ||
    Node.isTemplateSpan(parent) ||
    (Node.isBinaryExpression(parent) && parent.getOperatorToken().getKind() === SyntaxKind.PlusToken);
  if (converted) {
    return [{ node: outer, name: "toString", written: false, called: true }];
  }
  if (Node.isPropertyAccessExpression(parent) && parent.getExpression() === outer) {
    return [{ node: parent, name: parent.getName(), written: isWrite(parent) }];
  }
  if (Node.isElementAccessExpression(parent) && parent.getExpression() === outer) {
    const argument = parent.getArgumentExpression();
    if (argument !== undefined && (Node.isStringLiteral(argument) || Node.isNoSubstitutionTemplateLiteral(argument))) {
      return [{ node: parent, name: argument.getLiteralText(), written: isWrite(parent) }];
    }
    return [];
  }
  // `const { owner } = this`, `({ owner } = this)`: a read of each member named.
  const pattern = Node.isVariableDeclaration(parent) && parent.getInitializer() === outer ? parent.getNameNode() : undefined;
  if (pattern !== undefined && Node.isObjectBindingPattern(pattern)) {
    return pattern
      .getElements()
      .map((element) => ({ node: element, name: (element.getPropertyNameNode() ?? element.getNameNode()).getText(), written: false }));
  }
  if (Node.isBinaryExpression(parent) && parent.getRight() === outer && Node.isObjectLiteralExpression(unwrapTypeOnly(parent.getLeft()))) {
    const literal = unwrapTypeOnly(parent.getLeft());
    return Node.isObjectLiteralExpression(literal)
      ? literal
          .getProperties()
          .flatMap((property) =>
            Node.isPropertyAssignment(property) || Node.isShorthandPropertyAssignment(property)
              ? [{ node: property, name: property.getName(), written: false }]
              : [],
          )
      : [];
  }
  if (Node.isCallExpression(parent)) {
    const callee = parent.getExpression().getText();
    const [first, ...sources] = parent.getArguments();
    if (callee === "Object.assign" && first === outer) {
      // Each key the sources' types give is written.
      return sources.flatMap((source) =>
        source
          .getType()
          .getProperties()
          .map((property) => ({ node: source, name: property.getName(), written: true })),
      );
    }
    if (callee === "JSON.stringify" || callee.startsWith("console.")) {
      // JSON.stringify calls a toJSON() the class has; util.inspect runs none of its code.
      const toJson: Touch[] = callee === "JSON.stringify" ? [{ node: outer, name: "toJSON", written: false, called: true }] : [];
      const whole = callee === "JSON.stringify" ? "json" : "console";
      return [...toJson, ...allMembers.map((name): Touch => ({ node: outer, name, written: false, whole }))];
    }
  }
  return [];
}

/**
 * Whether the code at `node` runs when `root` runs: each arrow between them is called in place or
 * given to an array method that calls it at once; one stored or handed to other code runs later.
 */
function runsNow(node: Node, root: Node): boolean {
  for (let current = node.getParent(); current !== undefined && current !== root; current = current.getParent()) {
    if (Node.isArrowFunction(current) || Node.isFunctionExpression(current)) {
      let outer: Node = current;
      while (Node.isParenthesizedExpression(outer.getParent())) {
        outer = outer.getParentOrThrow();
      }
      const call = outer.getParent();
      // Called in place, or kept in a local that this code calls (`const read = () => …; read()`).
      const local = localHolding(current);
      const calledInPlace = (Node.isCallExpression(call) && call.getExpression() === outer) || (local !== undefined && callsLocal(local, root));
      const callee = Node.isCallExpression(call) ? call.getExpression() : undefined;
      const givenToArrayMethod =
        Node.isCallExpression(call) && call.getArguments().includes(outer) && Node.isPropertyAccessExpression(callee) && CALLING_AT_ONCE.has(callee.getName());
      if (!calledInPlace && !givenToArrayMethod) {
        return false;
      }
    }
  }
  return true;
}

/** Array (and Map, Set) methods that call their callback before they return. */
const CALLING_AT_ONCE = new Set([
  "forEach",
  "map",
  "filter",
  "reduce",
  "reduceRight",
  "some",
  "every",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
  "flatMap",
  "sort",
  "toSorted",
  "from",
  "replace",
  "replaceAll",
]);

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

/**
 * A read whose value only decides a test, or is given back only when it is truthy, which undefined
 * and a type's None (falsy wherever the type admits null) answer alike: `!x`, the condition of an
 * `if`, a loop or `?:`, the left of `||` and `??`, and `&&`/`||` operands of such a test.
 */
function asksOnlyTruthiness(read: Node): boolean {
  let outer = read;
  while (Node.isParenthesizedExpression(outer.getParent()) || Node.isNonNullExpression(outer.getParent())) {
    outer = outer.getParentOrThrow();
  }
  const parent = outer.getParent();
  if (Node.isPrefixUnaryExpression(parent)) {
    return parent.getOperatorToken() === SyntaxKind.ExclamationToken;
  }
  if (Node.isIfStatement(parent) || Node.isWhileStatement(parent) || Node.isDoStatement(parent)) {
    return parent.getExpression() === outer;
  }
  if (Node.isForStatement(parent)) {
    return parent.getCondition() === outer;
  }
  if (Node.isConditionalExpression(parent)) {
    return parent.getCondition() === outer;
  }
  if (Node.isBinaryExpression(parent)) {
    const operator = parent.getOperatorToken().getKind();
    const left = parent.getLeft() === outer;
    if (left && (operator === SyntaxKind.BarBarToken || operator === SyntaxKind.QuestionQuestionToken)) {
      return true;
    }
    return (operator === SyntaxKind.AmpersandAmpersandToken || operator === SyntaxKind.BarBarToken) && asksOnlyTruthiness(parent);
  }
  return false;
}

/**
 * A read that only asks whether the value is missing, which undefined and Python's None answer
 * alike: `== null`, `!= null`, `== undefined`, `!= undefined`, and, where the type admits no null,
 * `=== undefined` and `!== undefined`.
 */
function isMissingTest(read: Node, admitsNull: boolean): boolean {
  let outer = read;
  while (Node.isParenthesizedExpression(outer.getParent()) || Node.isNonNullExpression(outer.getParent())) {
    outer = outer.getParentOrThrow();
  }
  const parent = outer.getParent();
  if (!Node.isBinaryExpression(parent)) {
    return false;
  }
  const other = unwrapTypeOnly(parent.getLeft() === outer ? parent.getRight() : parent.getLeft());
  const isNull = Node.isNullLiteral(other);
  const isUndefined = Node.isIdentifier(other) && other.getText() === "undefined";
  switch (parent.getOperatorToken().getKind()) {
    case SyntaxKind.EqualsEqualsToken:
    case SyntaxKind.ExclamationEqualsToken:
      return isNull || isUndefined;
    case SyntaxKind.EqualsEqualsEqualsToken:
    case SyntaxKind.ExclamationEqualsEqualsToken:
      return isUndefined && !admitsNull;
    default:
      return false;
  }
}

/**
 * A read where a test of the same member has just found it present: `this.x === undefined ? "none"
 * : this.x`, `this.x !== undefined && this.x > 1`, `if (this.x != null) { … this.x … }` (its
 * branches only): what it reads is the value, never the undefined of a field not yet set.
 */
function guardedAsPresent(touch: Touch): boolean {
  let inner: Node = touch.node;
  for (let ancestor = inner.getParent(); ancestor !== undefined; inner = ancestor, ancestor = ancestor.getParent()) {
    const [test, present] = Node.isConditionalExpression(ancestor)
      ? [ancestor.getCondition(), inner === ancestor.getWhenTrue() ? true : inner === ancestor.getWhenFalse() ? false : undefined]
      : Node.isBinaryExpression(ancestor) && ancestor.getRight() === inner && ancestor.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken
        ? [ancestor.getLeft(), true]
        : Node.isIfStatement(ancestor)
          ? [ancestor.getExpression(), inner === ancestor.getThenStatement() ? true : inner === ancestor.getElseStatement() ? false : undefined]
          : [undefined, undefined];
    if (test !== undefined && present !== undefined && testsPresence(test, touch.name) === present) {
      return true;
    }
    if (Node.isFunctionLikeDeclaration(ancestor)) {
      return false;
    }
  }
  return false;
}

/** true where the test is "`this.name` is present" (`!== undefined`, `!= null`), false where "missing" (`=== undefined`, `== null`). */
function testsPresence(test: Node, name: string): boolean | undefined {
  const binary = unwrapTypeOnly(test);
  if (!Node.isBinaryExpression(binary)) {
    return undefined;
  }
  const [left, right] = [unwrapTypeOnly(binary.getLeft()), unwrapTypeOnly(binary.getRight())];
  const member = [left, right].find(
    (side) => Node.isPropertyAccessExpression(side) && Node.isThisExpression(unwrapTypeOnly(side.getExpression())) && side.getName() === name,
  );
  const other = member === left ? right : left;
  const isUndefined = Node.isIdentifier(other) && other.getText() === "undefined";
  const strict = [SyntaxKind.EqualsEqualsEqualsToken, SyntaxKind.ExclamationEqualsEqualsToken].includes(binary.getOperatorToken().getKind());
  // `!== null` lets undefined through in JavaScript, where Python's None stops.
  if (member === undefined || !(isUndefined || (Node.isNullLiteral(other) && !strict))) {
    return undefined;
  }
  switch (binary.getOperatorToken().getKind()) {
    case SyntaxKind.ExclamationEqualsToken:
    case SyntaxKind.ExclamationEqualsEqualsToken:
      return true;
    case SyntaxKind.EqualsEqualsToken:
    case SyntaxKind.EqualsEqualsEqualsToken:
      return false;
    default:
      return undefined;
  }
}

/** Whether a member read is called at once: `this.m()`, `this.m?.()`, `this.m.call(…)`, `this.m.apply(…)`, `this.m.bind(…)()`. */
function isCalled(access: Node): boolean {
  const parent = access.getParent();
  if (Node.isCallExpression(parent) && parent.getExpression() === access) {
    return true;
  }
  if (!Node.isPropertyAccessExpression(parent) || !["call", "apply", "bind"].includes(parent.getName())) {
    return false;
  }
  const methodCall = parent.getParent();
  if (!Node.isCallExpression(methodCall) || methodCall.getExpression() !== parent) {
    return false;
  }
  // `this.m.bind(this)` makes a function for later; `this.m.bind(this)()` calls it now.
  const outer = methodCall.getParent();
  return parent.getName() !== "bind" || (Node.isCallExpression(outer) && outer.getExpression() === methodCall);
}

/** A member kept in a local that the code calls (`const run = this.handler; run()`). */
function callsKept(access: Node, root: Node): boolean {
  const local = localHolding(access);
  return local !== undefined && callsLocal(local, root);
}

/** A read and a write at once (`this.count += 1`, `this.count++`, `this.x ??= 1`): both a getter and a setter run. */
function isCompound(node: Node): boolean {
  const parent = node.getParent();
  if (Node.isBinaryExpression(parent) && parent.getLeft() === node) {
    return parent.getOperatorToken().getKind() !== SyntaxKind.EqualsToken;
  }
  return Node.isPrefixUnaryExpression(parent) || Node.isPostfixUnaryExpression(parent);
}

/** Whether the access is written: assigned (`=`, `+=`, `??=`), incremented, deleted, or a target of a destructuring assignment or a `for…of` head. */
function isWrite(access: Node): boolean {
  let node: Node = access;
  let parent = node.getParent();
  // Up through a destructuring pattern written as a literal (`[this.a, this.b] = …`, `({ k: this.a } = …)`).
  while (
    parent !== undefined &&
    (Node.isArrayLiteralExpression(parent) ||
      Node.isObjectLiteralExpression(parent) ||
      (Node.isPropertyAssignment(parent) && parent.getInitializer() === node) ||
      Node.isSpreadElement(parent) ||
      Node.isSpreadAssignment(parent) ||
      Node.isParenthesizedExpression(parent))
  ) {
    node = parent;
    parent = node.getParent();
  }
  if (Node.isBinaryExpression(parent) && parent.getLeft() === node) {
    const operator = parent.getOperatorToken().getKind();
    return operator >= SyntaxKind.FirstAssignment && operator <= SyntaxKind.LastAssignment;
  }
  if ((Node.isForOfStatement(parent) || Node.isForInStatement(parent)) && parent.getInitializer() === node) {
    return true;
  }
  if (node !== access) {
    return false;
  }
  if (Node.isDeleteExpression(parent)) {
    return true;
  }
  return (
    (Node.isPrefixUnaryExpression(parent) || Node.isPostfixUnaryExpression(parent)) &&
    [SyntaxKind.PlusPlusToken, SyntaxKind.MinusMinusToken].includes(parent.getOperatorToken())
  );
}

/** Whether the node sits inside parentheses or a type assertion (`this!`, `this as C`), which leave its value as it is. */
function isWrapped(node: Node): boolean {
  const parent = node.getParent();
  return parent !== undefined && isTypeOnlyWrapper(parent);
}
