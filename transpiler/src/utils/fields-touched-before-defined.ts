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
 *   that code touches a field a subclass declares (Python has no attribute yet: AttributeError,
 *   where JavaScript reads undefined, or throws TypeError for a subclass's `#private` field; and
 *   JSON.stringify's list puts the key at its declaration, where JavaScript put it when written). A
 *   write of the first field the subclasses define, from the constructor's body or a default (the
 *   class's own fields all defined by then), creates the key where its definition would, and is
 *   left alone;
 * - a field's initializer runs code that reads a field of the same class defined later, a
 *   parameter property, or an earlier field without initializer (undefined until the constructor's
 *   body assigns it), or the constructor's body or a parameter's default reads such a field before
 *   the statement that assigns it (Python's None there is taken for null where the type admits
 *   null, and for a value of the type where it admits neither: `typeof` gives "object", arithmetic
 *   raises), unless the type admits undefined and not null, or the read only asks whether the value
 *   is there (`== null`, `=== undefined`), sits behind that test, or (a type admitting null) only
 *   tests it; or writes a later field (the key comes first in JavaScript, in its declared place in
 *   Python); touches a later `#private` field (JavaScript throws TypeError); a parameter's default
 *   that reads a parameter property. A field a base class defines too holds the base's value until
 *   defined again, in both.
 *
 * A field declared `declare`, or a member the base declares `abstract` (or, for a read, by a merged
 * interface), is defined by no class before the subclass's definition: touching it then counts as
 * touching the subclass's field.
 *
 * Followed: `this.name`, `this["name"]`, `this!.name`, `(this as C).name`, locals holding `this`,
 * `const { name } = this`, `Object.assign(this, …)` (the keys its sources' types give),
 * `String(this)`, templates and `+=` (its `toString()`), `JSON.stringify(this)` (its `toJSON()`,
 * and every field) and `console.log(this)`, in that code and in every method, accessor (the getter
 * for a read, the setter for a write) or function-valued field it reaches by calling `this.name`
 * or `super.name` (with its parameters' defaults) or reading an accessor, as the instance's class
 * resolves the name, and what a member returning `this` gives back. The check is conservative
 * where it cannot see: a function made there (an arrow, a method read, a bound method) runs at once
 * unless it is stored for later (`isStored`: an event handler, a listener list, the program's code
 * that only stores it and runs nothing else); `this` given to the program's function, a method no
 * other value may stand for (`mayBeAnotherValue`) and nothing replaces, or a class's constructor
 * (`super(…)` too) is followed into that parameter's uses (`parameterGiven`; a field keeping it is
 * read wherever its class's hierarchy reads it), and handed to any other code (a method, an
 * element, a spread, a key list) counts as a read and a write of every member there.
 */
import {
  ClassDeclaration,
  Identifier,
  Node,
  ParameterDeclaration,
  PropertyAccessExpression,
  PropertyDeclaration,
  SyntaxKind,
  Type,
  VariableDeclarationKind,
} from "ts-morph";
import { declarationsOf, isLibraryCallee } from "./named-declarations";
import { reachedCode } from "./static-initializer-reach";
import { declaredOnlyFields, definedFieldDeclarations, initializerRunsCode, parameterPropertiesOf } from "./constructor-assignments";
import { nodesOfFileOfKind } from "./file-nodes";
import { noneMeaning } from "./none-meaning";
import { namesakesInSubclasses } from "./overriding-members";
import { holdsProgramValue, mayBeAnotherValue, programSetterNames } from "./program-members";
import { isReplacedMember } from "./replaced-members";
import { thisOwner } from "./this-type";
import { unwrapTypeOnly, wrappedOutermost } from "./type-wrappers";

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
  effect: "order" | "null" | "missing" | "typed" | "shown" | "private";
  /** Whether the instance reaches code the check cannot follow there (`register(this)`), which may read the field: for the message. */
  handedOver?: boolean;
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
  /** The member is called here (`this.m()`, `this.m.call(…)`), so a method's body runs; a method only stored (`onClick = this.m.bind(this)`) runs later. */
  called?: boolean;
  /** `this` handed to code the check cannot follow (an argument, a returned value, an element): it may read any member. */
  handedOver?: boolean;
}

type Field = ParameterDeclaration | PropertyDeclaration;

/** The early touches of fields of `declaration`'s instances that Python cannot follow, one per field and runner. */
export function fieldsTouchedBeforeDefined(declaration: ClassDeclaration): EarlyTouch[] {
  const chain: ClassDeclaration[] = [];
  for (let current: ClassDeclaration | undefined = declaration; current !== undefined; current = current.getBaseClass()) {
    chain.push(current);
  }
  // Each runner's findings, reported from the instance's class up to its bases.
  const foundByRunner: EarlyTouch[][] = chain.map(() => []);
  let found: EarlyTouch[] = [];
  const add = (early: EarlyTouch): void => {
    // One per field and runner; one per place for a print of the whole instance.
    if (!foundByRunner.flat().some((each) => each.because === early.because && (each.field === early.field || each.touch === early.touch))) {
      found.push(early);
    }
  };
  // The instance kept by another object is reachable through it from then on: in the runner's
  // later code (`link = new Link(this)`, then `this.link.host`) and in its subclasses' (the runners
  // are walked as construction runs them, bases first).
  const kept: KeptInstance = { keepers: [], receivers: new Set(), escaped: false, closures: initializerClosures(chain) };
  [...chain.keys()].reverse().forEach((index) => {
    const runner = chain[index]!;
    found = foundByRunner[index]!;
    const below = notYetBelow(chain.slice(0, index).reverse(), runner);
    const runnerName = runner.getName() ?? "the base class";
    const checkBelow = (touches: Touch[], because: (owner: ClassDeclaration) => string, firstMayBeWritten: boolean): void => {
      const first = [...below.values()]
        .find((entry) => !entry.field.hasModifier(SyntaxKind.DeclareKeyword) && !isPrivateName(entry.field.getName()))
        ?.field.getName();
      for (const touch of touches) {
        const isPrivate = isPrivateName(touch.name);
        const entry = below.get(isPrivate ? privateKey(touch.name, touch.node) : touch.name);
        // `this.seen += 1` reads it too: undefined in JavaScript, no attribute in Python.
        const writtenOnly = touch.written && !isCompound(touch.node);
        if (
          entry !== undefined &&
          touch.whole === undefined &&
          !(firstMayBeWritten && writtenOnly && touch.name === first) &&
          !(writtenOnly && entry.writable)
        ) {
          add({
            touch: touch.node,
            field: touch.name,
            owner: entry.owner,
            because: because(entry.owner),
            written: writtenOnly,
            effect: isPrivate ? "private" : writtenOnly ? "order" : "missing",
            inBase: true,
            handedOver: touch.handedOver,
          });
        }
      }
    };
    const constructor = runner.getConstructors().find((candidate) => candidate.getBody() !== undefined);
    const parameterProperties = parameterPropertiesOf(runner);
    const declared = definedFieldDeclarations(runner);
    // A field without initializer is undefined until the constructor's body assigns it, as a
    // parameter property is: while any initializer runs, and in the body until it is assigned.
    const unset = declared.filter((field) => !field.hasInitializer());
    // A base's abstract or `declare`d member, or one a merged interface declares, defines nothing (review S56, c13, c17).
    const inherited = (name: string): boolean =>
      runner.getBaseTypes().some((base) => {
        const declarations = base.getProperty(name)?.getDeclarations();
        return declarations !== undefined && !declarations.every((node) => definesNothing(node) || isMergedInterfaceMember(node));
      });
    // A field a base class has too holds the base's value until its definition, in both; one declared
    // again without initializer is undefined from its definition on, where Python has None (review S54A, F19).
    const own = (fields: Field[], isDefined: (field: Field) => boolean = () => false): Map<string, Field> =>
      new Map(
        fields
          .filter((each) => !inherited(each.getName()) || (Node.isPropertyDeclaration(each) && !each.hasInitializer() && isDefined(each)))
          .map((each): [string, Field] => [each.getName(), each]),
      );
    const checkOwn = (touches: Touch[], notYet: Map<string, Field>, definedYet: (touched: Field) => boolean, because: string): void => {
      for (const touch of touches) {
        const touched = notYet.get(touch.name);
        if (touched === undefined) {
          continue;
        }
        const meaning = noneMeaning(touched.getType());
        // JavaScript throws TypeError for a `#private` field read or written before its definition
        // (one without initializer is defined, holding undefined).
        const isPrivate = touch.name.startsWith("#") && !definedYet(touched);
        // A None read there is undefined in JavaScript: right only where the type says None is
        // undefined, or where the read only asks whether it is missing (`=== undefined`, `== null`),
        // or, where the type admits null, only whether it is truthy or nullish (`!x`, `x ?? d`).
        const refused =
          isPrivate ||
          (touch.written
            ? !definedYet(touched)
            : (touch.whole === "console" || meaning.null || (!meaning.undefined && touch.whole === undefined)) &&
              !isMissingTest(touch.node, meaning.null) &&
              !(meaning.null && asksOnlyTruthiness(touch.node)) &&
              !guardedAsPresent(touch));
        if (refused) {
          add({
            touch: touch.node,
            field: touch.name,
            owner: runner,
            because: `${because}, before the field ${touch.written ? "is defined" : "is set"}`,
            written: touch.written,
            effect: isPrivate ? "private" : touch.written ? "order" : touch.whole === "console" ? "shown" : meaning.null ? "null" : "typed",
            inBase: false,
            handedOver: touch.handedOver,
          });
        }
      }
    };
    // What an initializer's code writes is set from then on (`start()` setting `this.notes`).
    const writtenByInitializers = new Set<string>();
    for (const { field, initializer } of runningInitializers(runner)) {
      const touches = touchesReached([initializer], declaration, kept);
      const because = `the initializer of \`${field.getName()}\` in \`${runnerName}\` runs it`;
      checkBelow(touches, (owner) => `${because}, before \`${owner.getName() ?? "the subclass"}\` defines the field`, false);
      // A field a base class defines too holds the base's value until this one's definition, in both.
      const after = declared.slice(declared.indexOf(field));
      // Writing a field defined before it (one without initializer) sets the value in its place, in both.
      const definedYet = (touched: Field): boolean => !(Node.isPropertyDeclaration(touched) && touched !== field && after.includes(touched));
      const unsetNow = unset.filter((each) => !writtenByInitializers.has(each.getName()));
      checkOwn(
        touches,
        own([...parameterProperties, ...unsetNow, ...after], (each) => !after.includes(each as PropertyDeclaration)),
        definedYet,
        because,
      );
      sureWrites(initializer, "constructor").forEach((name) => writtenByInitializers.add(name));
    }
    const defaults = constructor?.getParameters().flatMap((parameter) => parameter.getInitializer() ?? []) ?? [];
    const defaultTouches = touchesReached(defaults, declaration, kept);
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
          handedOver: touch.handedOver,
        });
      }
    }
    checkOwn(defaultTouches, own(unset), () => true, `a parameter's default in \`${runnerName}\`'s constructor runs it`);
    const body = constructor?.getBody();
    checkBelow(
      [...defaultTouches, ...(body === undefined ? [] : touchesReached([body], declaration, kept))],
      (owner) => `the constructor of \`${runnerName}\` runs it, before \`${owner.getName() ?? "the subclass"}\` defines the field`,
      true,
    );
    // The body's statements in turn: a field without initializer read before the statement that
    // assigns it (a write anywhere in a statement counts for the statements after it; a local
    // holding `this` counts where it is declared).
    const notAssigned = own(
      unset.filter((each) => !writtenByInitializers.has(each.getName())),
      () => true,
    );
    for (const statement of notAssigned.size > 0 && Node.isBlock(body) ? body.getStatements() : []) {
      const touches = touchesReached([statement], declaration, kept, body);
      checkOwn(touches, notAssigned, () => true, `the constructor of \`${runnerName}\` runs it`);
      // Only a write that runs whatever happens sets the field for the statements after it (review S56E).
      sureWrites(statement, "constructor").forEach((name) => notAssigned.delete(name));
    }
  });
  return foundByRunner.flat();
}

/**
 * The fields a statement or an expression of construction code sets whatever happens (review S56E,
 * S56F): `this.x = …` not under a short-circuit, `?:`, an optional chain or a function written
 * there; both branches of an `if`; the `try` and the `catch` (or the `finally`); every case of a
 * `switch` with a `default`; a `do` body; a block's statements up to one that may leave it (a
 * `break`, a `continue`, or, in a method, a `return`); and what a method of the instance called
 * there sets whatever happens (not a generator's, nor one a subclass overrides). A `throw` ends
 * the construction, so what follows it in a block counts. Anything else (a loop, a label, a
 * callback, `Object.assign`, a destructuring, a local holding `this`) sets nothing for sure.
 */
function sureWrites(code: Node, context: "constructor" | "method", depth = 0): Set<string> {
  const written = new Set<string>();
  const all = (sets: Set<string>[]): Set<string> => {
    const [first, ...rest] = sets;
    return new Set([...(first ?? [])].filter((name) => rest.every((each) => each.has(name))));
  };
  const leaves = (statement: Node): boolean =>
    [statement, ...statement.getDescendants()].some(
      (node) =>
        ((Node.isBreakStatement(node) || Node.isContinueStatement(node)) && !insideLoopOrSwitch(node, statement)) ||
        (context === "method" &&
          Node.isReturnStatement(node) &&
          node.getFirstAncestor((ancestor) => Node.isFunctionLikeDeclaration(ancestor)) ===
            statement.getFirstAncestor((ancestor) => Node.isFunctionLikeDeclaration(ancestor))),
    );
  if (Node.isBlock(code) || Node.isCaseClause(code) || Node.isDefaultClause(code)) {
    for (const statement of code.getStatements()) {
      // A statement that may leave the block may do so before its own writes.
      if (leaves(statement)) {
        break;
      }
      sureWrites(statement, context, depth).forEach((name) => written.add(name));
    }
    return written;
  }
  if (Node.isIfStatement(code)) {
    const otherwise = code.getElseStatement();
    const branches =
      otherwise === undefined ? new Set<string>() : all([sureWrites(code.getThenStatement(), context, depth), sureWrites(otherwise, context, depth)]);
    return new Set([...sureWrites(code.getExpression(), context, depth), ...branches]);
  }
  if (Node.isTryStatement(code)) {
    const finished = code.getFinallyBlock();
    // A `finally` that may end abruptly (`return`, `break`, `continue`, `throw`) may swallow what the `try` threw (review S56G).
    if (
      finished !== undefined &&
      [finished, ...finished.getDescendants()].some(
        (node) => Node.isReturnStatement(node) || Node.isBreakStatement(node) || Node.isContinueStatement(node) || Node.isThrowStatement(node),
      )
    ) {
      return sureWrites(finished, context, depth);
    }
    const attempted = sureWrites(code.getTryBlock(), context, depth);
    const caught = code.getCatchClause();
    const either = caught === undefined ? attempted : all([attempted, sureWrites(caught.getBlock(), context, depth)]);
    return new Set([...either, ...(finished === undefined ? [] : sureWrites(finished, context, depth))]);
  }
  if (Node.isSwitchStatement(code)) {
    const clauses = code.getClauses();
    const cases = clauses.some(Node.isDefaultClause) ? all(clauses.map((clause) => sureWrites(clause, context, depth))) : new Set<string>();
    return new Set([...sureWrites(code.getExpression(), context, depth), ...cases]);
  }
  if (Node.isDoStatement(code)) {
    return leaves(code.getStatement()) ? new Set() : sureWrites(code.getStatement(), context, depth);
  }
  if (
    Node.isForStatement(code) ||
    Node.isForOfStatement(code) ||
    Node.isForInStatement(code) ||
    Node.isWhileStatement(code) ||
    Node.isLabeledStatement(code) ||
    Node.isFunctionLikeDeclaration(code) ||
    Node.isClassDeclaration(code)
  ) {
    return written;
  }
  // An expression, an expression statement, a declaration, a `return` or `throw`: its writes and calls that run for sure.
  for (const node of [code, ...code.getDescendants()]) {
    if (!runsForSure(node, code)) {
      continue;
    }
    if (Node.isBinaryExpression(node) && node.getOperatorToken().getKind() === SyntaxKind.EqualsToken) {
      const target = unwrapTypeOnly(node.getLeft());
      if (Node.isPropertyAccessExpression(target) && Node.isThisExpression(unwrapTypeOnly(target.getExpression()))) {
        written.add(target.getName());
      }
    } else if (Node.isCallExpression(node) && depth < 4) {
      const callee = unwrapTypeOnly(node.getExpression());
      const receiver = Node.isPropertyAccessExpression(callee) ? unwrapTypeOnly(callee.getExpression()) : undefined;
      if (receiver === undefined || (!Node.isThisExpression(receiver) && !Node.isSuperExpression(receiver))) {
        continue;
      }
      const declarations = declarationsOf((callee as PropertyAccessExpression).getNameNode().getSymbol());
      const method = declarations.length === 1 ? declarations[0] : undefined;
      const body = Node.isMethodDeclaration(method) && method.getAsteriskToken() === undefined && method.getBody() !== undefined ? method.getBody() : undefined;
      // Not one a subclass overrides, nor one the program replaces on an instance (`this.setX = () => {}`; review S56G).
      if (body !== undefined && (Node.isSuperExpression(receiver) || namesakesInSubclasses(method!).length === 0) && !isReplacedMember(method!)) {
        sureWrites(body, "method", depth + 1).forEach((name) => written.add(name));
      }
    }
  }
  return written;
}

/** A `break` or `continue` that stays inside a loop or `switch` of the statement (it does not leave it). */
function insideLoopOrSwitch(jump: Node, statement: Node): boolean {
  if (Node.isBreakStatement(jump) || Node.isContinueStatement(jump)) {
    if (jump.getLabel() !== undefined) {
      return false;
    }
  }
  for (let current = jump.getParent(); current !== undefined && current !== statement; current = current.getParent()) {
    if (
      Node.isForStatement(current) ||
      Node.isForOfStatement(current) ||
      Node.isForInStatement(current) ||
      Node.isWhileStatement(current) ||
      Node.isDoStatement(current) ||
      (Node.isSwitchStatement(current) && Node.isBreakStatement(jump))
    ) {
      return true;
    }
  }
  return false;
}

/** Whether a node runs whenever the code holding it runs: nothing between them that may skip it. */
function runsForSure(node: Node, code: Node): boolean {
  for (let current: Node = node, parent = node.getParent(); parent !== undefined && current !== code; current = parent, parent = parent.getParent()) {
    // Inside a function written there (an object literal's method or accessor too), `this` is another object, and it runs when called (review S56G).
    if (Node.isFunctionLikeDeclaration(parent) || Node.isClassExpression(parent) || Node.isClassDeclaration(parent)) {
      return false;
    }
    if (
      mayBeSkipped(parent) &&
      !(Node.isBinaryExpression(parent) && parent.getLeft() === current) &&
      !(Node.isConditionalExpression(parent) && parent.getCondition() === current)
    ) {
      return false;
    }
    // A link after an optional one in the same chain (`o?.items.push(…)`) may not run.
    if ((Node.isPropertyAccessExpression(parent) || Node.isElementAccessExpression(parent) || Node.isCallExpression(parent)) && inOptionalChain(parent)) {
      return false;
    }
  }
  return true;
}

/** Whether an access or call is part of an optional chain (`a?.b.c(…)`: every link after the `?.`). */
function inOptionalChain(node: Node): boolean {
  for (let current: Node | undefined = node; current !== undefined;) {
    if (
      (Node.isPropertyAccessExpression(current) || Node.isElementAccessExpression(current) || Node.isCallExpression(current)) &&
      current.hasQuestionDotToken()
    ) {
      return true;
    }
    current =
      Node.isPropertyAccessExpression(current) || Node.isElementAccessExpression(current) || Node.isCallExpression(current)
        ? current.getExpression()
        : undefined;
  }
  return false;
}

/** A construct whose parts may not run: a branch, a short-circuit, a `try`, a `switch`, a loop. */
function mayBeSkipped(node: Node): boolean {
  if (Node.isBinaryExpression(node)) {
    const kind = node.getOperatorToken().getKind();
    return (
      kind === SyntaxKind.AmpersandAmpersandToken ||
      kind === SyntaxKind.BarBarToken ||
      kind === SyntaxKind.QuestionQuestionToken ||
      kind === SyntaxKind.AmpersandAmpersandEqualsToken ||
      kind === SyntaxKind.BarBarEqualsToken ||
      kind === SyntaxKind.QuestionQuestionEqualsToken
    );
  }
  return (
    Node.isIfStatement(node) ||
    Node.isConditionalExpression(node) ||
    Node.isTryStatement(node) ||
    Node.isCatchClause(node) ||
    Node.isSwitchStatement(node) ||
    Node.isForStatement(node) ||
    Node.isForOfStatement(node) ||
    Node.isForInStatement(node) ||
    Node.isWhileStatement(node) ||
    Node.isDoStatement(node) ||
    Node.isArrowFunction(node) ||
    Node.isFunctionExpression(node) ||
    ((Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node) || Node.isCallExpression(node)) && node.hasQuestionDotToken())
  );
}

/** Fields a class defines for its instances in definition order: parameter properties, then declared fields. */
function definedFields(declaration: ClassDeclaration): Field[] {
  return [...parameterPropertiesOf(declaration), ...definedFieldDeclarations(declaration)];
}

/**
 * The fields of the classes below the runner (from the one right below it down to the instance's),
 * in the order they are defined, that nothing has defined while the runner's code runs: each
 * `declare`d one too (never defined, read as undefined). A name the runner or a class above it
 * defines (a field, a method, an accessor, or a member of a library base such as an Error's `name`)
 * is the runner's; one it only declares (abstract or `declare`d) is not. A member an interface
 * merged with a class above declares is the runner's to write (the key is made there, and a
 * subclass's definition keeps its place) but not to read (Python has no attribute yet).
 */
function notYetBelow(below: ClassDeclaration[], runner: ClassDeclaration): Map<string, NotYet> {
  const runnerType = runner.getType();
  const declarationsAbove = (name: string): Node[] | undefined => runnerType.getProperty(name)?.getDeclarations();
  const definedAbove = (name: string): boolean => {
    const declarations = declarationsAbove(name);
    return declarations !== undefined && !declarations.every((node) => definesNothing(node) || isMergedInterfaceMember(node));
  };
  const notYet = new Map<string, NotYet>();
  for (const owner of below) {
    for (const field of [...definedFields(owner), ...declaredOnlyFields(owner)]) {
      const name = field.getName();
      if (isPrivateName(name)) {
        // Each class's `#name` is its own field, never one a class above defines.
        notYet.set(privateKey(name, field), { field, owner, writable: false });
      } else if (!definedAbove(name) && !notYet.has(name)) {
        notYet.set(name, { field, owner, writable: declarationsAbove(name)?.some(isMergedInterfaceMember) === true });
      }
    }
  }
  return notYet;
}

function isPrivateName(name: string): boolean {
  return name.startsWith("#");
}

/**
 * `#name` means the field of the class whose body the code is written in (a base's `#name` and a
 * subclass's are two fields): the key of a subclass's `#private` field among those not defined yet.
 */
function privateKey(name: string, writtenIn: Node): string {
  const owner = writtenIn.getFirstAncestor((ancestor) => Node.isClassDeclaration(ancestor) || Node.isClassExpression(ancestor));
  return `${name}@${owner?.getPos() ?? -1}`;
}

/** A field of a class below the runner, not defined while the runner's code runs. */
interface NotYet {
  field: Field;
  owner: ClassDeclaration;
  /** Declared above by a merged interface: written there, the key is made where a definition would. */
  writable: boolean;
}

/** A member declared by an interface of the program merged with a class (`interface Shape { kind: string }` beside `class Shape`). */
function isMergedInterfaceMember(node: Node): boolean {
  const owner = node.getParent();
  return (
    (Node.isPropertySignature(node) || Node.isMethodSignature(node)) &&
    Node.isInterfaceDeclaration(owner) &&
    !owner.getSourceFile().isDeclarationFile() &&
    (owner.getSymbol()?.getDeclarations() ?? []).some((declaration) => Node.isClassDeclaration(declaration))
  );
}

/**
 * A declaration that defines no property on an instance: a `declare`d field, an abstract member (a
 * field, a method or an accessor a subclass defines).
 */
function definesNothing(node: Node): boolean {
  if (Node.isPropertyDeclaration(node) && node.hasModifier(SyntaxKind.DeclareKeyword)) {
    return true;
  }
  if (Node.isPropertyDeclaration(node) || Node.isMethodDeclaration(node) || Node.isGetAccessorDeclaration(node) || Node.isSetAccessorDeclaration(node)) {
    return node.isAbstract();
  }
  return false;
}

function runningInitializers(declaration: ClassDeclaration): { field: PropertyDeclaration; initializer: Node }[] {
  return definedFieldDeclarations(declaration).flatMap((field) => {
    const initializer = field.getInitializer();
    return initializer !== undefined && initializerRunsCode(field) ? [{ field, initializer }] : [];
  });
}

/** The touches of `this`'s members in the code and in what it reaches through `this.name` and `super.name`, as `view` resolves them. */
function touchesReached(code: Node[], view: ClassDeclaration, kept: KeptInstance, aliasScope?: Node): Touch[] {
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
        continue; // a method or a function-valued field stored for later: it runs after the construction, if ever
      }
      // Its parameters' defaults run first, where the call leaves an argument out.
      for (const code of [...parameterDefaults(member), reachedBody(member)]) {
        if (code !== undefined && !visited.has(code)) {
          visited.add(code);
          pending.push(code);
        }
      }
    }
  };
  const memberNames = instanceType.getProperties().map((property) => property.getName());
  const { keepers, receivers } = kept;
  // The code walked so far: a kept field is read wherever it reads it.
  const walked: Node[] = [];
  const keptReadsFound = new Set<Node>();
  // How many keepers and receivers this walk has looked for reads of.
  const announced = { keepers: 0, receivers: 0 };
  const scannedForEscape = new Set<Node>();
  // The constructors' parameters hold what the caller gave, made before the instance: never it.
  const constructorParameters = new Set<Node>();
  for (let current: ClassDeclaration | undefined = view; current !== undefined; current = current.getBaseClass()) {
    current.getConstructors().forEach((constructor) => constructor.getParameters().forEach((parameter) => constructorParameters.add(parameter)));
  }
  while (pending.length > 0) {
    const node = pending.pop()!;
    walked.push(node);
    const owner = thisOwnerOf(node);
    const keywords = [...(Node.isThisExpression(node) ? [node] : []), ...node.getDescendantsOfKind(SyntaxKind.ThisKeyword)].filter(
      (keyword) => thisOwner(keyword) === owner,
    );
    // A local holding `this` in the code given is used in `aliasScope` (the rest of a constructor's body).
    const scope = aliasScope !== undefined && code.includes(node) ? aliasScope : node;
    // `this`, the locals holding it, and what gives it back (`this.self()`, a getter `this.me`).
    const subjects = [...keywords, ...aliasesOf(keywords, scope)];
    // A parameter `this` is given to (`new Child(this)`), used in its function's code.
    const scopes = new Map<Node, Node>();
    // A field keeping the instance, read in this code (`this.link.host.name` in the constructed class's initializer).
    const addKeptReads = (found: { read: Node; root: Node }[]): void => {
      for (const { read, root } of found) {
        for (const each of [read, ...aliasesOf([read], read.getSourceFile())]) {
          if (!keptReadsFound.has(each) && !subjects.includes(each)) {
            keptReadsFound.add(each);
            subjects.push(each);
            scopes.set(each, root);
          }
        }
      }
    };
    // Where a field keeps the instance (found in this walk or an earlier one of the same
    // construction), its reads in the keeper's classes and the classes the instance was handed to
    // count in this walk too, as code there may run now; in the code walked, where it stands.
    const announceKept = (): void => {
      if (keepers.length > announced.keepers || receivers.size > announced.receivers) {
        const receiving = [...receivers].flatMap((receiver) => [...hierarchyOf(receiver)]);
        addKeptReads(keepers.flatMap((keeper) => [...keptFieldReads(keeper, [...keeper.hierarchy, ...receiving]), ...keptFieldReads(keeper, walked)]));
        announced.keepers = keepers.length;
        announced.receivers = receivers.size;
      } else {
        addKeptReads(keepers.flatMap((keeper) => keptFieldReads(keeper, [node])));
      }
    };
    announceKept();
    // Once the instance has escaped, a value that may be it, read in this code or in the code it runs, is a subject.
    const scanEscaped = (root: Node): void => {
      if (scannedForEscape.has(root)) {
        return;
      }
      scannedForEscape.add(root);
      const reach = reachedCode(root, view);
      // In code the construction runs outside its own walk (a function it calls, a stored arrow it
      // calls back), `this` of the construction's arrows is the instance too (review S56D, A).
      for (const reached of [root, ...reach.code]) {
        addKeptReads(instanceReceivers(reached, view, constructorParameters, reached !== root).map((read) => ({ read, root: reached })));
        // Destructured from a value that may be it (`for (const { later } of registry)`; review S56D, C).
        touches.push(...instanceDestructurings(reached, view, memberNames));
      }
      // Converted to text or JSON, joined, sorted or printed in the construction code or the code it
      // runs, it runs its toString/toJSON or is read whole (review S56C, S4; S56D, B). In code reached
      // otherwise than by a named call, a type parameter's value (a generic container's element) is not taken for it.
      const called = new Set([root, ...calledBodies(root)]);
      for (const reached of [root, ...reach.code]) {
        for (const converted of instanceConversions(reached, view, called.has(reached))) {
          if (runsNow(converted, reached)) {
            touches.push(...handedOver(converted, memberNames));
          }
        }
      }
    };
    if (kept.escaped) {
      scanEscaped(node);
    }
    // A call the check cannot follow (an element, a parameter, an object literal's member) may call
    // a function kept for later that holds the instance (`getters.push(() => this.later)`, then
    // `getters[0]()`; `handlers = { go: () => this.later }`, then `this.handlers.go()`; review S56D, A).
    if (kept.closures.length > 0 && [node, ...calledBodies(node)].some(callsUnfollowed)) {
      for (const closure of kept.closures) {
        if (!visited.has(closure)) {
          visited.add(closure);
          pending.push(closure);
        }
      }
    }
    for (let index = 0; index < subjects.length; index++) {
      const keyword = subjects[index]!;
      const subjectScope = scopes.get(keyword) ?? scope;
      const now = runsNow(keyword, subjectScope);
      // A function kept for later that holds the instance lets it go as much as storing it does (`registry.push(() => this)`; review S56C, S3).
      if (!now) {
        const closure = keptClosure(keyword, subjectScope);
        if (closure !== undefined && !kept.closures.includes(closure)) {
          kept.closures.push(closure);
        }
      }
      if (!kept.escaped && (!now || escapes(keyword))) {
        kept.escaped = true;
        walked.forEach(scanEscaped);
      }
      if (!now) {
        continue;
      }
      const handed = parameterGiven(keyword);
      if (handed !== undefined) {
        const uses = usesOf(handed.name, handed.code);
        for (const use of [...uses, ...aliasesOf(uses, handed.code)]) {
          if (!subjects.includes(use)) {
            subjects.push(use);
            scopes.set(use, handed.code);
          }
        }
        // A field of the new instance that keeps it (a parameter property, `this.parent = parent`):
        // every read of that field in its class (`this.parent.name`, in any member) counts.
        const parameter = handed.name.getParent();
        const owner = handed.code.getParent();
        if (Node.isClassDeclaration(owner)) {
          // Kept from the parameter or a local holding it (`const p = parent; this.parent = p`; review S54A, F14).
          const keeping = new Set([...uses, ...aliasesOf(uses, handed.code)].flatMap((use) => fieldKeeping(use)));
          if (Node.isParameterDeclaration(parameter) && parameter.isParameterProperty()) {
            keeping.add(handed.name.getText());
          }
          // Read in the class, its bases or its subclasses, through `this` or any value of theirs:
          // `(this as Child).parent`, `this["parent"]` (review S54A, F6), `const { parent } = this`,
          // a base's `this.parent`, a static helper's `child.parent` (review S54C, G5, G11, G13);
          // and through a third object, in the code walked and in every class the instance was
          // handed to (`this.link.host.name`, `Link` keeping the instance a `Child` forwarded:
          // review S54A, b14).
          if (keeping.size > 0 && !keepers.some((keeper) => keeper.owner === owner && [...keeping].every((name) => keeper.keeping.has(name)))) {
            keepers.push({ owner, keeping, hierarchy: hierarchyOf(owner) });
          }
          receivers.add(owner);
          announceKept();
        }
        continue;
      }
      for (const touch of touchesOf(keyword, memberNames)) {
        touches.push(touch);
        const result =
          touch.handedOver === true || touch.whole !== undefined
            ? undefined
            : resultIfThis(touch, instanceType.getProperty(touch.name)?.getDeclarations() ?? []);
        if (result !== undefined && !subjects.includes(result)) {
          subjects.push(result, ...aliasesOf([result], subjectScope));
        }
        if (touch.whole === undefined && touch.handedOver !== true) {
          // Printing the whole instance runs none of its methods or getters; code handed the
          // instance is taken to read every member.
          const called = touch.called === true || isCalled(touch.node) || !keptForLater(referenceOf(touch.node), subjectScope);
          follow(instanceType.getProperty(touch.name)?.getDeclarations() ?? [], isCompound(touch.node) ? undefined : touch.written, called);
          const property = instanceType.getProperty(touch.name);
          const holdsFunction = property !== undefined && property.getTypeAtLocation(view).getNonNullableType().getCallSignatures().length > 0;
          if (called && !touch.written && holdsFunction) {
            // A function the class's code stores in that field (`this.cb = () => …`), called through it.
            const stored = functionsStoredIn(touch.name, view);
            if (stored === undefined) {
              touches.push(...handedOver(touch.node, memberNames));
            }
            for (const code of stored ?? []) {
              if (!visited.has(code)) {
                visited.add(code);
                pending.push(code);
              }
            }
          }
        }
      }
    }
    for (const keyword of node.getDescendantsOfKind(SyntaxKind.SuperKeyword)) {
      const access = keyword.getParent();
      const base = keyword.getFirstAncestorByKind(SyntaxKind.ClassDeclaration)?.getBaseClass();
      if (base !== undefined && thisOwner(keyword) === owner && runsNow(keyword, node) && Node.isPropertyAccessExpression(access)) {
        follow(
          base.getType().getProperty(access.getName())?.getDeclarations() ?? [],
          isWrite(access) ? true : undefined,
          isCalled(access) || !keptForLater(referenceOf(access), scope),
        );
      }
    }
  }
  return touches;
}

/** The uses of a local that holds `this` (`const self = this`, `const other = self`): each touches what `this` there would. */
function aliasesOf(keywords: Node[], root: Node): Node[] {
  const uses: Node[] = [];
  const pending = [...keywords];
  while (pending.length > 0) {
    const local = localHolding(pending.pop()!);
    for (const use of local === undefined ? [] : usesOf(local, root)) {
      if (!uses.includes(use)) {
        uses.push(use);
        pending.push(use);
      }
    }
  }
  return uses;
}

/** The local a value is kept in, through parentheses and type assertions (`const self = this`, `const go = this.handler`). */
function localHolding(value: Node): Identifier | undefined {
  const outer = wrappedOutermost(value);
  const declaration = outer.getParent();
  const name = Node.isVariableDeclaration(declaration) && declaration.getInitializer() === outer ? declaration.getNameNode() : undefined;
  return Node.isIdentifier(name) ? name : undefined;
}

/** The local's uses in the code, its declaration left out. */
function usesOf(local: Identifier, root: Node): Identifier[] {
  const symbol = local.getSymbol();
  // A parameter property's name gives the property's symbol; a use in the body, the parameter's.
  const declaration = local.getParent();
  return symbol === undefined
    ? []
    : root.getDescendantsOfKind(SyntaxKind.Identifier).filter((identifier) => {
        // `this.parent` names a parameter property's field, no use of the parameter itself.
        const parent = identifier.getParent();
        const memberName = Node.isPropertyAccessExpression(parent) && parent.getNameNode() === identifier;
        const used = identifier.getSymbol();
        return identifier !== local && !memberName && (used === symbol || used?.getDeclarations().includes(declaration) === true);
      });
}

/**
 * Whether a function value (an arrow, a method read, `this.m.bind(this)`) is only kept for later
 * where it stands: stored (see `isStored`), given to the program's code whose parameter only stores
 * it, or held in a local whose every use does either. Anything else (called, returned, handed to
 * other code, put in a literal) may call it now.
 */
function keptForLater(value: Node, root: Node): boolean {
  if (storedWhereItStands(value)) {
    return true;
  }
  const local = localHolding(value);
  return local !== undefined && usesOf(local, root).every((use) => storedWhereItStands(use));
}

/** Stored (see `isStored`), or given to the program's code that only stores it (`source.on("data", (d) => …)`). */
function storedWhereItStands(value: Node): boolean {
  if (isStored(value)) {
    return true;
  }
  const outer = wrappedOutermost(value);
  const taking = parameterTaking(outer);
  const parameter = taking?.name.getParent();
  // A parameter property keeps it in a field the callee's code may call at once (`this.first = this.cb()`).
  return (
    taking !== undefined &&
    !(Node.isParameterDeclaration(parameter) && parameter.isParameterProperty()) &&
    runsNothingElse(taking.code) &&
    usesOf(taking.name, taking.code).every((use) => isStored(use))
  );
}

/**
 * Whether the callee that stores a function runs no code besides (no call but a storing one, no
 * `new`, no accessor, no text made of an object): otherwise that code may reach the store and
 * call the function at once (`subscribe(fn) { this.subs.push(fn); this.replay(); }`). A
 * constructor also runs its class's field initializers and its base's constructor.
 */
function runsNothingElse(code: Node): boolean {
  if (Node.isConstructorDeclaration(code)) {
    const owner = code.getParent();
    if (!Node.isClassDeclaration(owner) || owner.getBaseClass() !== undefined || definedFieldDeclarations(owner).some((field) => initializerRunsCode(field))) {
      return false;
    }
  }
  return code.getDescendants().every((node) => {
    if (Node.isCallExpression(node)) {
      const callee = node.getExpression();
      return (Node.isPropertyAccessExpression(callee) && isStoringCall(callee)) || isLibraryCallRunningNothing(node);
    }
    if (Node.isNewExpression(node) || Node.isTaggedTemplateExpression(node)) {
      return false;
    }
    if (Node.isPropertyAccessExpression(node)) {
      return !(node.getNameNode().getSymbol()?.getDeclarations() ?? []).some(
        (found) => Node.isGetAccessorDeclaration(found) || Node.isSetAccessorDeclaration(found),
      );
    }
    if (Node.isTemplateSpan(node) || (Node.isBinaryExpression(node) && node.getOperatorToken().getKind() === SyntaxKind.PlusToken)) {
      const parts = Node.isTemplateSpan(node) ? [node.getExpression()] : [node.getLeft(), node.getRight()];
      return parts.every((part) => !part.getType().getNonNullableType().isObject());
    }
    return true;
  });
}

/** What a member read gives on as a function value: `this.m.bind(…)` for a bound method, else the read itself. */
function referenceOf(access: Node): Node {
  const parent = access.getParent();
  const call = parent?.getParent();
  return Node.isPropertyAccessExpression(parent) && parent.getName() === "bind" && Node.isCallExpression(call) && call.getExpression() === parent
    ? call
    : access;
}

/**
 * Whether a value is stored where it stands, for code that runs later: a field's initializer, a
 * property or an element it is assigned to, an array, Map or Set it is pushed, set or added to, or
 * a member or element of a literal stored so (an event handler, a listener list).
 */
function isStored(value: Node): boolean {
  const outer = wrappedOutermost(value);
  const parent = outer.getParent();
  if (Node.isPropertyDeclaration(parent)) {
    return parent.getInitializer() === outer;
  }
  if (Node.isBinaryExpression(parent)) {
    const target = unwrapTypeOnly(parent.getLeft());
    // A setter there runs code with the value (`set onChange(f) { this.seen = f(); }`).
    // Through an interface or another class TypeScript lets stand for the type, any class's setter of that name may run.
    const setter =
      Node.isPropertyAccessExpression(target) &&
      ((target.getNameNode().getSymbol()?.getDeclarations() ?? []).some(Node.isSetAccessorDeclaration) || programSetterNames(target).has(target.getName()));
    return (
      parent.getRight() === outer &&
      parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken &&
      (Node.isPropertyAccessExpression(target) || Node.isElementAccessExpression(target)) &&
      !setter
    );
  }
  if (Node.isCallExpression(parent)) {
    const callee = parent.getExpression();
    return parent.getArguments().includes(outer) && Node.isPropertyAccessExpression(callee) && isStoringCall(callee);
  }
  if (Node.isPropertyAssignment(parent) && parent.getInitializer() === outer) {
    return isStored(parent.getParentOrThrow());
  }
  return Node.isArrayLiteralExpression(parent) && isStored(parent);
}

/** `list.push(…)`, `list.unshift(…)`, `map.set(…)`, `set.add(…)` of an array, a Map or a Set: they keep their arguments and call nothing. */
function isStoringCall(callee: PropertyAccessExpression): boolean {
  // `parent?.children.push(this)`: the optional chain's receiver may be undefined, then nothing is called (review S56C, R2).
  const receiver = callee.getExpression().getType().getNonNullableType();
  const collection = receiver.isArray() ? "Array" : receiver.getSymbol()?.getName();
  return STORING_METHODS.get(callee.getName())?.includes(collection ?? "") === true;
}

const STORING_METHODS = new Map([
  ["push", ["Array"]],
  ["unshift", ["Array"]],
  ["set", ["Map", "WeakMap"]],
  ["add", ["Set", "WeakSet"]],
]);

/** What one `this` touches: the member it reads or writes, the members a destructuring or Object.assign names, or every one where it is printed whole. */
function touchesOf(keyword: Node, allMembers: string[]): Touch[] {
  const outer = wrappedOutermost(keyword);
  const parent = outer.getParent();
  // `String(this)`, `${this}`, `"" + this`, `text += this`: the class's toString() runs.
  const converted =
    (Node.isCallExpression(parent) && parent.getExpression().getText() === "String" && parent.getArguments()[0] === outer) ||
    Node.isTemplateSpan(parent) ||
    (Node.isBinaryExpression(parent) && parent.getOperatorToken().getKind() === SyntaxKind.PlusToken) ||
    (Node.isBinaryExpression(parent) && parent.getOperatorToken().getKind() === SyntaxKind.PlusEqualsToken && parent.getRight() === outer);
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
    return handedOver(outer, allMembers); // `this[key]`: any member
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
    const [, replacer] = parent.getArguments();
    // A replacer's key list reads getters, its function is called with each value; `%s` in a
    // format runs toString(): code the check does not follow.
    const printedWhole =
      (callee === "JSON.stringify" && first === outer && (replacer === undefined || Node.isNullLiteral(replacer))) ||
      (callee.startsWith("console.") &&
        (first === outer || ((Node.isStringLiteral(first) || Node.isNoSubstitutionTemplateLiteral(first)) && !first.getLiteralText().includes("%"))));
    if (printedWhole) {
      // JSON.stringify calls a toJSON() the class has; util.inspect runs none of its code.
      const toJson: Touch[] = callee === "JSON.stringify" ? [{ node: outer, name: "toJSON", written: false, called: true }] : [];
      const whole = callee === "JSON.stringify" ? "json" : "console";
      return [...toJson, ...allMembers.map((name): Touch => ({ node: outer, name, written: false, whole }))];
    }
  }
  // Positions that hand the instance to no code: kept in a local (whose uses are followed), stored
  // for later, compared, tested, left as a statement, returned by a member (its callers' use of the
  // result is followed: `resultIfThis`), or the `this` of a member's own `.call`, `.apply` or
  // `.bind` (the member is followed as called, or stored).
  const alone =
    localHolding(outer) !== undefined ||
    (returnedByMember(outer) && !isParameterUse(keyword)) ||
    isThisOfMemberCall(outer) ||
    // Stored by code given the instance that runs other code, which may reach the store at once
    // (`subscribe(l) { this.subs.push(l); this.emit(); }`; review S54A, F17), is handed over.
    (isStored(outer) && !(isParameterUse(keyword) && !runsNothingElse(functionOf(keyword)))) ||
    Node.isExpressionStatement(parent) ||
    Node.isTypeOfExpression(parent) ||
    (Node.isPrefixUnaryExpression(parent) && parent.getOperatorToken() === SyntaxKind.ExclamationToken) ||
    (Node.isBinaryExpression(parent) && COMPARISONS.has(parent.getOperatorToken().getKind()));
  return alone ? [] : handedOver(outer, allMembers);
}

/**
 * The parameter the instance is given to when it is an argument of the program's function, of a
 * method no subclass overrides, or of a class's constructor (`new Child(this, kid)`,
 * `bus.subscribe(this)`): its uses there touch what `this` would. A rest parameter or a pattern: none.
 */
function parameterGiven(subject: Node): { name: Identifier; code: Node } | undefined {
  const outer = wrappedOutermost(subject);
  return parameterTaking(outer);
}

/** The parameter of the program's code that an argument goes to (see `parameterGiven`). */
function parameterTaking(argument: Node): { name: Identifier; code: Node } | undefined {
  const call = argument.getParent();
  if (!Node.isCallExpression(call) && !Node.isNewExpression(call)) {
    return undefined;
  }
  const args = call.getArguments();
  const index = args.indexOf(argument);
  if (index < 0 || args.slice(0, index).some((each) => Node.isSpreadElement(each))) {
    return undefined;
  }
  const symbol = call.getExpression().getSymbol();
  const declaration = declarationsOf(symbol)[0];
  // A member the program replaces by assignment (`bus.subscribe = …`) may run another function.
  const isSuperCall = Node.isSuperExpression(call.getExpression());
  if (!isSuperCall && (declaration === undefined || isReplacedMember(declaration))) {
    return undefined;
  }
  // A `let` may hold another function by then.
  const initializer =
    Node.isVariableDeclaration(declaration) && declaration.getVariableStatement()?.getDeclarationKind() === VariableDeclarationKind.Const
      ? declaration.getInitializer()
      : undefined;
  // A subclass's method of that name, or another class's that TypeScript lets stand for the class, may run instead.
  const callee = call.getExpression();
  const receiver = Node.isPropertyAccessExpression(callee) ? callee.getExpression() : undefined;
  const overridden = Node.isMethodDeclaration(declaration) && (namesakesInSubclasses(declaration).length > 0 || mayBeAnotherValue(declaration, receiver));
  // `super(owner)`: the base class's constructor (review S54C, W1b).
  const constructed = isSuperCall
    ? call.getFirstAncestorByKind(SyntaxKind.ClassDeclaration)?.getBaseClass()
    : Node.isNewExpression(call) && Node.isClassDeclaration(declaration)
      ? declaration
      : undefined;
  const target =
    constructed !== undefined
      ? constructed.getConstructors().find((constructor) => constructor.getBody() !== undefined)
      : Node.isNewExpression(call)
        ? undefined
        : Node.isFunctionDeclaration(declaration) || (Node.isMethodDeclaration(declaration) && !overridden)
          ? declaration
          : Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer)
            ? initializer
            : undefined;
  // A `this` parameter (`fire(this: Bus, handler)`) takes no argument.
  const parameter = target?.getParameters().filter((each) => each.getName() !== "this")[index];
  const name = parameter?.getNameNode();
  return target === undefined || target.getBody() === undefined || parameter === undefined || parameter.isRestParameter() || !Node.isIdentifier(name)
    ? undefined
    : { name, code: target };
}

/**
 * The functions a class's code (or its bases') writes to a field of its instance (`this.cb = () =>
 * …`, `this.run = this.step.bind(this)`): the arrow, or the body of the method bound; undefined
 * where one writes a value the check cannot see into (a local, a parameter, another field).
 */
function functionsStoredIn(name: string, view: ClassDeclaration): Node[] | undefined {
  const stored: Node[] = [];
  for (let current: ClassDeclaration | undefined = view; current !== undefined; current = current.getBaseClass()) {
    for (const assignment of current.getDescendantsOfKind(SyntaxKind.BinaryExpression)) {
      const target = unwrapTypeOnly(assignment.getLeft());
      if (
        assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken ||
        !Node.isPropertyAccessExpression(target) ||
        !Node.isThisExpression(unwrapTypeOnly(target.getExpression())) ||
        target.getName() !== name
      ) {
        continue;
      }
      let value = unwrapTypeOnly(assignment.getRight());
      if (Node.isCallExpression(value) && Node.isPropertyAccessExpression(value.getExpression()) && value.getExpression().getText().endsWith(".bind")) {
        value = unwrapTypeOnly((value.getExpression() as PropertyAccessExpression).getExpression());
      }
      if (Node.isArrowFunction(value) || Node.isFunctionExpression(value)) {
        stored.push(value);
      } else if (
        Node.isPropertyAccessExpression(value) &&
        Node.isThisExpression(unwrapTypeOnly(value.getExpression())) &&
        (view.getType().getProperty(value.getName())?.getDeclarations() ?? []).every(
          (member) => !Node.isPropertyDeclaration(member) && !Node.isParameterDeclaration(member),
        )
      ) {
        for (const member of view.getType().getProperty(value.getName())?.getDeclarations() ?? []) {
          const body = reachedBody(member);
          if (body !== undefined) {
            stored.push(body, ...parameterDefaults(member));
          }
        }
      } else {
        // A local, a parameter, another field, a call's result: a function the check does not see.
        return undefined;
      }
    }
  }
  return stored;
}

/** The field of its own instance a value is written to where it stands (`this.parent = parent`). */
function fieldKeeping(value: Node): string[] {
  const outer = wrappedOutermost(value);
  const assignment = outer.getParent();
  const target = Node.isBinaryExpression(assignment) ? unwrapTypeOnly(assignment.getLeft()) : undefined;
  return Node.isBinaryExpression(assignment) &&
    assignment.getRight() === outer &&
    assignment.getOperatorToken().getKind() === SyntaxKind.EqualsToken &&
    Node.isPropertyAccessExpression(target) &&
    Node.isThisExpression(unwrapTypeOnly(target.getExpression()))
    ? [target.getName()]
    : [];
}

/**
 * A call of the library's (`this.handlers.get(name)`) given no function and no object of the
 * program's, on a receiver holding no object of the program's: it runs none of the program's code
 * (a callback, a `toString`, an iterator). A receiver holding functions is read, not called: only
 * a method given a function calls them.
 */
function isLibraryCallRunningNothing(call: Node): boolean {
  if (!Node.isCallExpression(call)) {
    return false;
  }
  const callee = call.getExpression();
  return (
    isLibraryCallee(callee) &&
    (!Node.isPropertyAccessExpression(callee) || !holdsProgramValue(callee.getExpression().getType(), false, 0)) &&
    call.getArguments().every((argument) => !holdsProgramValue(argument.getType(), true, 0))
  );
}

/** The function, method, accessor or constructor whose code a node is in. */
function functionOf(node: Node): Node {
  return node.getFirstAncestor((ancestor) => Node.isFunctionLikeDeclaration(ancestor)) ?? node.getSourceFile();
}

/**
 * Where the instance constructed is kept by another object, across the walks of one construction:
 * the fields keeping it, and the classes it was handed to.
 */
interface KeptInstance {
  keepers: Keeper[];
  receivers: Set<ClassDeclaration>;
  /**
   * Whether the instance has gone where the check does not follow it (pushed, set in a Map or a
   * static field, assigned to another object, handed to a function): from then on any value that
   * may be it may be it (`registry[0].later`, `Holder.current.later`; review S56B, S6).
   */
  escaped: boolean;
  /** The functions kept for later that hold the instance (`() => this.later`): code the check cannot follow may call them. */
  closures: Node[];
}

/**
 * Whether a use of the instance (or of a value holding it) lets it go where the check does not
 * follow: anything but a member access on it, a local holding it (followed), a comparison, or a
 * statement of its own.
 */
function escapes(subject: Node): boolean {
  const outer = wrappedOutermost(subject);
  const parent = outer.getParent();
  if ((Node.isPropertyAccessExpression(parent) || Node.isElementAccessExpression(parent)) && parent.getExpression() === outer) {
    return false;
  }
  if (Node.isVariableDeclaration(parent) && parent.getInitializer() === outer && Node.isIdentifier(parent.getNameNode())) {
    return false;
  }
  if (Node.isBinaryExpression(parent) && COMPARISONS.has(parent.getOperatorToken().getKind())) {
    return false;
  }
  return !Node.isExpressionStatement(parent);
}

/**
 * The values in a piece of code that may be the instance, read or called through (`registry[0]!` in
 * `registry[0]!.later`, `Holder.current`, `link.getHost()`): of a type the instance's class fits,
 * `any` or `unknown`; not `this` (followed as such) nor a constructor's parameter.
 */
function instanceReceivers(code: Node, view: ClassDeclaration, constructorParameters: ReadonlySet<Node>, outsideTheWalk: boolean): Node[] {
  const instanceType = view.getType();
  const chain: Node[] = [];
  for (let current: ClassDeclaration | undefined = view; current !== undefined; current = current.getBaseClass()) {
    chain.push(current);
  }
  // `this` of an arrow written in a constructor or a field initializer of the instance's classes.
  const isConstructionThis = (keyword: Node): boolean => {
    const owner = thisOwner(keyword);
    return (
      owner !== undefined &&
      (Node.isConstructorDeclaration(owner) || Node.isClassDeclaration(owner)) &&
      chain.includes(Node.isConstructorDeclaration(owner) ? owner.getParentOrThrow() : owner)
    );
  };
  const receivers: Node[] = [];
  const fromParameters = fieldsFromConstructorParameters(view, constructorParameters);
  const accesses = [...(Node.isPropertyAccessExpression(code) || Node.isElementAccessExpression(code) ? [code] : []), ...code.getDescendants()];
  for (const access of accesses) {
    if (!Node.isPropertyAccessExpression(access) && !Node.isElementAccessExpression(access)) {
      continue;
    }
    const receiver = access.getExpression();
    const value = unwrapTypeOnly(receiver);
    if (Node.isThisExpression(value) || Node.isSuperExpression(value)) {
      if (outsideTheWalk && Node.isThisExpression(value) && isConstructionThis(value)) {
        receivers.push(receiver);
      }
      continue;
    }
    if (Node.isIdentifier(value) && declarationsOf(value.getSymbol()).some((declared) => constructorParameters.has(declared) || isMadeElsewhere(declared))) {
      continue;
    }
    // `this.parent` where the field only ever holds a constructor's parameter (review S56C, R1).
    if (Node.isPropertyAccessExpression(value) && Node.isThisExpression(unwrapTypeOnly(value.getExpression())) && fromParameters.has(value.getName())) {
      continue;
    }
    if (mayBeInstance(receiver.getType(), instanceType)) {
      receivers.push(receiver);
    }
  }
  return receivers;
}

/** A `const` holding an object made where it is declared (a literal, `new Other()`): another object than the instance (review S56C, R1). */
function isMadeElsewhere(declared: Node): boolean {
  if (!Node.isVariableDeclaration(declared) || declared.getVariableStatement()?.getDeclarationKind() !== VariableDeclarationKind.Const) {
    return false;
  }
  const initializer = declared.getInitializer();
  const value = initializer === undefined ? undefined : unwrapTypeOnly(initializer);
  return Node.isObjectLiteralExpression(value) || Node.isArrayLiteralExpression(value) || Node.isNewExpression(value);
}

/** The fields of the class and its bases that hold only a constructor's parameter: parameter properties, and fields every write gives one (`this.prev = prev`). */
function fieldsFromConstructorParameters(view: ClassDeclaration, constructorParameters: ReadonlySet<Node>): Set<string> {
  const fields = new Set<string>();
  const others = new Set<string>();
  for (let current: ClassDeclaration | undefined = view; current !== undefined; current = current.getBaseClass()) {
    parameterPropertiesOf(current).forEach((parameter) => fields.add(parameter.getName()));
    for (const assignment of current.getDescendantsOfKind(SyntaxKind.BinaryExpression)) {
      const target = unwrapTypeOnly(assignment.getLeft());
      if (
        !isAssignmentOperator(assignment.getOperatorToken().getKind()) ||
        !Node.isPropertyAccessExpression(target) ||
        !Node.isThisExpression(unwrapTypeOnly(target.getExpression()))
      ) {
        continue;
      }
      const right = unwrapTypeOnly(assignment.getRight());
      const fromParameter =
        assignment.getOperatorToken().getKind() === SyntaxKind.EqualsToken &&
        Node.isIdentifier(right) &&
        declarationsOf(right.getSymbol()).some((declared) => constructorParameters.has(declared));
      (fromParameter ? fields : others).add(target.getName());
    }
    current.getInstanceProperties().forEach((property) => {
      if (Node.isPropertyDeclaration(property) && property.hasInitializer()) {
        others.add(property.getName());
      }
    });
  }
  others.forEach((name) => fields.delete(name));
  // A write of that name through anything but `this` anywhere (`me.parent = me`, `registry[0].parent = this`) may put another value there (review S56D, D).
  for (const sourceFile of view
    .getProject()
    .getSourceFiles()
    .filter((each) => !each.isDeclarationFile())) {
    for (const assignment of nodesOfFileOfKind(sourceFile, SyntaxKind.BinaryExpression)) {
      const target = unwrapTypeOnly(assignment.getLeft());
      if (
        isAssignmentOperator(assignment.getOperatorToken().getKind()) &&
        (Node.isPropertyAccessExpression(target) || Node.isElementAccessExpression(target)) &&
        !Node.isThisExpression(unwrapTypeOnly(target.getExpression())) &&
        namesChainClass(target.getExpression().getType(), view, sourceFile)
      ) {
        const key = Node.isPropertyAccessExpression(target) ? target.getName() : literalKey(target.getArgumentExpression());
        if (key === undefined) {
          fields.clear();
        } else {
          fields.delete(key);
        }
      }
    }
  }
  return fields;
}

/** Whether a value of the type is typed by a class of the instance's chain (`me: Host`, `registry[0]!`), or is `any`/`unknown` in the class's own file. */
function namesChainClass(type: Type, view: ClassDeclaration, where: Node): boolean {
  const value = type.getNonNullableType();
  if (value.isAny() || value.isUnknown()) {
    return where.getSourceFile() === view.getSourceFile();
  }
  const chain = new Set<Node>();
  for (let current: ClassDeclaration | undefined = view; current !== undefined; current = current.getBaseClass()) {
    chain.add(current);
  }
  return (value.isUnion() ? value.getUnionTypes() : [value]).some((part) =>
    (part.getSymbol()?.getDeclarations() ?? []).some((declared) => chain.has(declared)),
  );
}

function isAssignmentOperator(kind: SyntaxKind): boolean {
  return kind >= SyntaxKind.FirstAssignment && kind <= SyntaxKind.LastAssignment;
}

/**
 * Where a value that may be the instance, or hold it (an array, a Map, a record of such values),
 * is converted without a member named: joined into text (`String(v)`, a template, `+`), printed by
 * JSON.stringify or console.log, joined or sorted by default (`list.join()`, `list.sort()`).
 */
function instanceConversions(code: Node, view: ClassDeclaration, typeParameters = true): Node[] {
  const instanceType = view.getType();
  // `this` itself is followed as such (`JSON.stringify(this)` reads the fields defined so far, in both).
  const holds = (node: Node): boolean =>
    !Node.isThisExpression(unwrapTypeOnly(node)) &&
    (typeParameters || !involvesTypeParameter(node.getType())) &&
    mayHoldInstance(node.getType(), instanceType, 0);
  const found: Node[] = [];
  for (const node of [code, ...code.getDescendants()]) {
    if (Node.isTemplateSpan(node) && holds(node.getExpression())) {
      found.push(node.getExpression());
    } else if (Node.isBinaryExpression(node) && [SyntaxKind.PlusToken, SyntaxKind.PlusEqualsToken].includes(node.getOperatorToken().getKind())) {
      found.push(...[node.getLeft(), node.getRight()].filter(holds));
    } else if (Node.isCallExpression(node)) {
      const callee = node.getExpression();
      const text = callee.getText();
      if (["String", "JSON.stringify", "console.log", "console.error", "console.info", "console.warn"].includes(text)) {
        found.push(...node.getArguments().filter(holds));
      } else if (
        Node.isPropertyAccessExpression(callee) &&
        ["join", "sort", "toString", "toLocaleString"].includes(callee.getName()) &&
        holds(callee.getExpression())
      ) {
        found.push(callee.getExpression());
      } else if (
        // `registry.map(String)`, `registry.forEach(console.log)`: the conversion given as a callback.
        Node.isPropertyAccessExpression(callee) &&
        holds(callee.getExpression()) &&
        node.getArguments().some((argument) => ["String", "JSON.stringify", "console.log"].includes(argument.getText()))
      ) {
        found.push(callee.getExpression());
      }
    }
  }
  return found;
}

/**
 * The bodies of the program's functions and methods a piece of code calls by name, and those they
 * call in turn (not what the library or a conversion may run: `reachedCode` follows that too, into
 * every class's toString, where any generic container's elements might be the instance).
 */
function calledBodies(code: Node): Node[] {
  const bodies: Node[] = [];
  const pending = [code];
  const seen = new Set<Node>([code]);
  while (pending.length > 0 && bodies.length < 200) {
    const current = pending.pop()!;
    for (const call of [...current.getDescendantsOfKind(SyntaxKind.CallExpression), ...current.getDescendantsOfKind(SyntaxKind.NewExpression)]) {
      const callee = unwrapTypeOnly(call.getExpression());
      const name = Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee;
      for (const declared of declarationsOf(name.getSymbol())) {
        const initializer = Node.isVariableDeclaration(declared) || Node.isPropertyDeclaration(declared) ? declared.getInitializer() : undefined;
        const body =
          Node.isFunctionDeclaration(declared) || Node.isMethodDeclaration(declared)
            ? declared.getBody()
            : Node.isClassDeclaration(declared)
              ? declared.getConstructors()[0]?.getBody()
              : Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer)
                ? initializer.getBody()
                : undefined;
        if (body !== undefined && !seen.has(body) && !body.getSourceFile().isDeclarationFile()) {
          seen.add(body);
          bodies.push(body);
          pending.push(body);
        }
      }
    }
  }
  return bodies;
}

/** The functions written in the field initializers the check does not walk (they run nothing where written) that hold the instance (`handlers = { go: () => this.later }`). */
function initializerClosures(chain: ClassDeclaration[]): Node[] {
  const closures: Node[] = [];
  for (const owner of chain) {
    for (const field of definedFieldDeclarations(owner)) {
      const initializer = field.getInitializer();
      if (initializer === undefined || initializerRunsCode(field)) {
        continue;
      }
      for (const written of [initializer, ...initializer.getDescendants()]) {
        if (
          (Node.isArrowFunction(written) || Node.isFunctionExpression(written)) &&
          written.getDescendantsOfKind(SyntaxKind.ThisKeyword).some((keyword) => thisOwner(keyword) === owner)
        ) {
          closures.push(written);
        }
      }
    }
  }
  return closures;
}

/**
 * Whether code calls a function the check cannot tell (a parameter, a `let`, an element, a call's
 * result, an object literal's or an interface's member), outside the functions it keeps for later:
 * it may be one the construction stored.
 */
function callsUnfollowed(code: Node): boolean {
  return code.getDescendantsOfKind(SyntaxKind.CallExpression).some((call) => {
    if (!runsNow(call, code)) {
      return false;
    }
    const callee = unwrapTypeOnly(call.getExpression());
    if (Node.isSuperExpression(callee) || Node.isArrowFunction(callee) || Node.isFunctionExpression(callee)) {
      return false;
    }
    if (!Node.isIdentifier(callee) && !Node.isPropertyAccessExpression(callee)) {
      return true;
    }
    // `this.deposit(…)`: the instance's own member, which the walk follows.
    if (Node.isPropertyAccessExpression(callee) && Node.isThisExpression(unwrapTypeOnly(callee.getExpression()))) {
      return false;
    }
    const declarations = declarationsOf((Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee).getSymbol());
    return (
      declarations.length === 0 ||
      !declarations.every(
        (declared) =>
          declared.getSourceFile().isDeclarationFile() ||
          Node.isFunctionDeclaration(declared) ||
          Node.isMethodDeclaration(declared) ||
          (Node.isVariableDeclaration(declared) && declared.getVariableStatement()?.getDeclarationKind() === VariableDeclarationKind.Const),
      )
    );
  });
}

/** Whether the type is or holds a type parameter's value (a generic container's element). */
function involvesTypeParameter(type: Type, depth = 0): boolean {
  const value = type.getNonNullableType();
  if (value.isTypeParameter() || depth > 3) {
    return value.isTypeParameter();
  }
  const parts = value.isUnion() ? value.getUnionTypes() : value.isIntersection() ? value.getIntersectionTypes() : [value];
  return parts.some((part) => {
    if (part.isTypeParameter()) {
      return true;
    }
    const element = part.getArrayElementType();
    return [...part.getTypeArguments(), ...(element === undefined ? [] : [element])].some((held) => involvesTypeParameter(held, depth + 1));
  });
}

/** The function kept for later that holds a `this` of the construction (`() => this.later` pushed or stored). */
function keptClosure(keyword: Node, scope: Node): Node | undefined {
  let found: Node | undefined;
  for (let current = keyword.getParent(); current !== undefined && current !== scope; current = current.getParent()) {
    if ((Node.isArrowFunction(current) || Node.isFunctionExpression(current)) && keptForLater(current, scope)) {
      found = current;
    }
  }
  return found;
}

/** Reads of the instance's members by destructuring a value that may be it (`for (const { later } of registry)`, `({ later }) => …`): each a read of that field. */
function instanceDestructurings(code: Node, view: ClassDeclaration, memberNames: string[]): Touch[] {
  const instanceType = view.getType();
  const touches: Touch[] = [];
  for (const pattern of [...(Node.isObjectBindingPattern(code) ? [code] : []), ...code.getDescendantsOfKind(SyntaxKind.ObjectBindingPattern)]) {
    const type = pattern.getType();
    if (!mayBeInstance(type, instanceType) || involvesTypeParameter(type)) {
      continue;
    }
    for (const element of pattern.getElements()) {
      const key = (element.getPropertyNameNode() ?? element.getNameNode()).getText();
      if (element.getDotDotDotToken() !== undefined) {
        memberNames.forEach((name) => touches.push({ node: element, name, written: false }));
      } else if (memberNames.includes(key)) {
        touches.push({ node: element, name: key, written: false });
      }
    }
  }
  return touches;
}

/** Whether a value of the type may be the instance or hold it (an element, a Map's value, a record's, to three levels). */
function mayHoldInstance(type: Type, instanceType: Type, depth: number): boolean {
  if (mayBeInstance(type, instanceType)) {
    return true;
  }
  if (depth > 3) {
    return false;
  }
  const value = type.getNonNullableType();
  const parts = value.isUnion() ? value.getUnionTypes() : [value];
  return parts.some((part) => {
    const element = part.getArrayElementType();
    const index = part.getStringIndexType() ?? part.getNumberIndexType();
    return [...part.getTypeArguments(), ...(element === undefined ? [] : [element]), ...(index === undefined ? [] : [index])].some((held) =>
      mayHoldInstance(held, instanceType, depth + 1),
    );
  });
}

function mayBeInstance(type: Type, instanceType: Type, depth = 0): boolean {
  // `NonNullable<T>` of a type parameter is `T & {}`: a bound on the walk through its parts.
  if (depth > 6) {
    return true;
  }
  const value = type.getNonNullableType();
  if (value.isAny() || value.isUnknown()) {
    return true;
  }
  if (value.isTypeParameter()) {
    const constraint = value.getConstraint();
    return constraint === undefined || mayBeInstance(constraint, instanceType, depth + 1);
  }
  const parts = value.isUnion() ? value.getUnionTypes() : value.isIntersection() ? value.getIntersectionTypes() : undefined;
  if (parts !== undefined) {
    return parts.some((part) => mayBeInstance(part, instanceType, depth + 1));
  }
  // A record (`Record<string, number>`) the instance was cast to (review S56C, S5).
  return (
    value.isObject() &&
    value.getCallSignatures().length === 0 &&
    (instanceType.isAssignableTo(value) ||
      (!value.isArray() && !value.isTuple() && (value.getStringIndexType() !== undefined || value.getNumberIndexType() !== undefined)))
  );
}

/** Fields of a class's instances that keep the instance constructed (`this.parent = parent`), with the class's hierarchy. */
interface Keeper {
  owner: ClassDeclaration;
  keeping: ReadonlySet<string>;
  /** The class, its bases and its subclasses: a value of any of them may hold the kept field. */
  hierarchy: ReadonlySet<ClassDeclaration>;
}

/** A class, its bases and its subclasses. */
function hierarchyOf(owner: ClassDeclaration): Set<ClassDeclaration> {
  const hierarchy = new Set<ClassDeclaration>();
  for (let base: ClassDeclaration | undefined = owner; base !== undefined; base = base.getBaseClass()) {
    hierarchy.add(base);
  }
  owner.getDerivedClasses().forEach((derived) => hierarchy.add(derived));
  return hierarchy;
}

/**
 * The reads of a keeping field in the given code (classes or walked code), each with the root it
 * was found in: by name or literal key on any value of the keeper's hierarchy (`this.parent`,
 * `(this as Child)["parent"]`, `child.parent`, `this.link.host`), and destructured from one (`const
 * { parent } = this`, the name bound). The write that keeps it (`this.parent = parent`) gives no
 * instance on.
 */
function keptFieldReads(keeper: Keeper, roots: Node[]): { read: Node; root: Node }[] {
  const related = (value: Node): boolean =>
    nonNullParts(value.getType()).some((part) =>
      (part.getSymbol()?.getDeclarations() ?? []).some((found) => Node.isClassDeclaration(found) && keeper.hierarchy.has(found)),
    );
  const reads: { read: Node; root: Node }[] = [];
  for (const root of roots) {
    for (const access of [
      ...(Node.isPropertyAccessExpression(root) || Node.isElementAccessExpression(root) ? [root] : []),
      ...root.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression),
      ...root.getDescendantsOfKind(SyntaxKind.ElementAccessExpression),
    ]) {
      if (!Node.isPropertyAccessExpression(access) && !Node.isElementAccessExpression(access)) {
        continue;
      }
      const key = Node.isPropertyAccessExpression(access) ? access.getName() : literalKey(access.getArgumentExpression());
      if (key !== undefined && keeper.keeping.has(key) && !isWrite(access) && related(access.getExpression())) {
        reads.push({ read: access, root });
      }
    }
    for (const pattern of root.getDescendantsOfKind(SyntaxKind.ObjectBindingPattern)) {
      const holder = pattern.getParent();
      const source = Node.isVariableDeclaration(holder) ? holder.getInitializer() : undefined;
      if (source === undefined || !related(source)) {
        continue;
      }
      for (const element of pattern.getElements()) {
        const name = element.getNameNode();
        if (keeper.keeping.has((element.getPropertyNameNode() ?? name).getText()) && Node.isIdentifier(name)) {
          reads.push(...usesOf(name, root).map((read) => ({ read, root })));
        }
      }
    }
  }
  return reads;
}

function nonNullParts(type: Type): Type[] {
  const value = type.getNonNullableType();
  return value.isUnion() ? value.getUnionTypes() : [value];
}

/** The text of a literal key (`this["parent"]`). */
function literalKey(argument: Node | undefined): string | undefined {
  return Node.isStringLiteral(argument) || Node.isNoSubstitutionTemplateLiteral(argument) ? argument.getLiteralText() : undefined;
}

/** A use of a parameter the instance was given to: returned, it goes back to a caller the check does not follow. */
function isParameterUse(subject: Node): boolean {
  return Node.isIdentifier(subject) && (subject.getSymbol()?.getDeclarations() ?? []).some(Node.isParameterDeclaration);
}

/** `return this` (or an arrow's `=> this`) from a class's method, getter or function-valued field. */
function returnedByMember(outer: Node): boolean {
  const parent = outer.getParent();
  const returning = Node.isReturnStatement(parent) ? returnedBy(parent) : Node.isArrowFunction(parent) && parent.getBody() === outer ? parent : undefined;
  const member = Node.isArrowFunction(returning) || Node.isFunctionExpression(returning) ? returning.getParent() : returning;
  return (
    returning !== undefined &&
    (Node.isMethodDeclaration(member) || Node.isGetAccessorDeclaration(member) || (Node.isPropertyDeclaration(member) && member.getInitializer() === returning))
  );
}

/** `this.m.call(this, …)`, `this.m.apply(this, …)`, `this.m.bind(this)`: the instance goes to its own member. */
function isThisOfMemberCall(outer: Node): boolean {
  const call = outer.getParent();
  if (!Node.isCallExpression(call) || call.getArguments()[0] !== outer) {
    return false;
  }
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || !["call", "apply", "bind"].includes(callee.getName())) {
    return false;
  }
  const member = unwrapTypeOnly(callee.getExpression());
  return (Node.isPropertyAccessExpression(member) || Node.isElementAccessExpression(member)) && Node.isThisExpression(unwrapTypeOnly(member.getExpression()));
}

const COMPARISONS = new Set([
  SyntaxKind.EqualsEqualsEqualsToken,
  SyntaxKind.ExclamationEqualsEqualsToken,
  SyntaxKind.EqualsEqualsToken,
  SyntaxKind.ExclamationEqualsToken,
  SyntaxKind.InstanceOfKeyword,
]);

/**
 * `this` handed to code the check does not follow (`register(this)`, `return this`, `[this]`,
 * `[...this]`, `for (const item of this)`, `Object.keys(this)`): that code may read or write any
 * member, so every one counts as read and written there.
 */
function handedOver(outer: Node, allMembers: string[]): Touch[] {
  // It may write them too (`list[0].b = 5`): a key made before its definition (review S54A, F22).
  return allMembers.flatMap((name): Touch[] => [
    { node: outer, name, written: false, handedOver: true },
    { node: outer, name, written: true, handedOver: true },
  ]);
}

/**
 * Whether the code at `node` runs when `root` runs: each arrow or function expression between them
 * may be called now unless it is kept for later (stored as an event handler, or in a local whose
 * every use stores it).
 */
function runsNow(node: Node, root: Node): boolean {
  for (let current = node.getParent(); current !== undefined && current !== root; current = current.getParent()) {
    if ((Node.isArrowFunction(current) || Node.isFunctionExpression(current)) && keptForLater(current, root)) {
      return false;
    }
  }
  return true;
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

/**
 * The expression that gives the instance back where a touch reads or calls a member returning
 * `this` (`this.self()` of a fluent method, `this.me` of a getter): it touches what `this` would.
 */
function resultIfThis(touch: Touch, members: Node[]): Node | undefined {
  const parent = touch.node.getParent();
  const call = Node.isCallExpression(parent) && parent.getExpression() === touch.node ? parent : undefined;
  const returning = members.some((member) =>
    call !== undefined ? !Node.isGetAccessorDeclaration(member) && returnsThis(member) : Node.isGetAccessorDeclaration(member) && returnsThis(member),
  );
  return !returning || touch.written ? undefined : (call ?? touch.node);
}

/** Whether a method, getter or function-valued field returns its own `this` (`return this` of a fluent method). */
function returnsThis(member: Node, seen = new Set<Node>()): boolean {
  const initializer = Node.isPropertyDeclaration(member) ? member.getInitializer() : undefined;
  const callable = Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer) ? initializer : member;
  if (seen.has(callable)) {
    return false;
  }
  seen.add(callable);
  // `this`, a local holding it (`const me = this; return me`), or a member's call or getter giving it back (`this.self()`).
  const givesThis = (returned: Node): boolean => {
    const value = unwrapTypeOnly(returned);
    if (Node.isThisExpression(value)) {
      return true;
    }
    const declaration = Node.isIdentifier(value) ? value.getSymbol()?.getDeclarations()[0] : undefined;
    if (Node.isVariableDeclaration(declaration)) {
      const held = declaration.getInitializer();
      return held !== undefined && givesThis(held);
    }
    const access = Node.isCallExpression(value) ? unwrapTypeOnly(value.getExpression()) : value;
    return (
      Node.isPropertyAccessExpression(access) &&
      Node.isThisExpression(unwrapTypeOnly(access.getExpression())) &&
      (access.getNameNode().getSymbol()?.getDeclarations() ?? []).some(
        (declared) => Node.isCallExpression(value) !== Node.isGetAccessorDeclaration(declared) && returnsThis(declared, seen),
      )
    );
  };
  if (Node.isArrowFunction(callable) && !Node.isBlock(callable.getBody()) && givesThis(callable.getBody())) {
    return true;
  }
  return callable.getDescendantsOfKind(SyntaxKind.ReturnStatement).some((statement) => {
    const value = statement.getExpression();
    return value !== undefined && returnedBy(statement) === callable && givesThis(value);
  });
}

/** The function a return statement returns from. */
function returnedBy(statement: Node): Node | undefined {
  return statement.getFirstAncestor(
    (ancestor) => Node.isFunctionLikeDeclaration(ancestor) || Node.isArrowFunction(ancestor) || Node.isFunctionExpression(ancestor),
  );
}

/** The parameters' defaults of the code `this.name` runs. */
function parameterDefaults(member: Node): Node[] {
  const initializer = Node.isPropertyDeclaration(member) ? member.getInitializer() : undefined;
  const callable = Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer) ? initializer : member;
  const parameters = Node.isFunctionLikeDeclaration(callable) ? callable.getParameters() : [];
  return parameters.flatMap((parameter) => parameter.getInitializer() ?? []);
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
export function asksOnlyTruthiness(read: Node): boolean {
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
export function isMissingTest(read: Node, admitsNull: boolean): boolean {
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
