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
import { ClassDeclaration, Node, ParameterDeclaration, PropertyAccessExpression, PropertyDeclaration, SyntaxKind } from "ts-morph";
import { reachedCode } from "./static-initializer-reach";
import { declaredOnlyFields, definedFieldDeclarations, initializerRunsCode, parameterPropertiesOf } from "./constructor-assignments";
import { noneMeaning } from "./none-meaning";
import { thisOwner } from "./this-type";
import { unwrapTypeOnly, wrappedOutermost } from "./type-wrappers";
import { runsNow, parameterGiven, usesOf, keptForLater, localHolding, isStored, runsNothingElse } from "./code-kept-for-later";
import { fieldKey, isPrivateName, privateKey, Touch } from "./construction-touch";
import {
  KeptInstance,
  initializerClosures,
  instanceReceivers,
  instanceDestructurings,
  instanceConversions,
  keptClosure,
  escapes,
  COMPARISONS,
  instanceArguments,
  programInstanceSites,
} from "./instance-escape";
import { calledBodies, calledCode, callsUnfollowed, isErrorLike, isToldFunction } from "./untold-calls";
import { classChain, hierarchyOf, keptFieldReads } from "./instance-keepers";
import { sureWrites } from "./sure-writes";
import { isCalled, isCompound, isWrittenAccess } from "./written-accesses";

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

type Field = ParameterDeclaration | PropertyDeclaration;

/** The early touches of fields of `declaration`'s instances that Python cannot follow, one per field and runner. */
export function fieldsTouchedBeforeDefined(declaration: ClassDeclaration): EarlyTouch[] {
  const chain = classChain(declaration);
  // Each runner's findings, reported from the instance's class up to its bases.
  const foundByRunner: EarlyTouch[][] = chain.map(() => []);
  let found: EarlyTouch[] = [];
  // Where the touch is written in the instance's classes, the message points at the construction code itself.
  const inChain = (node: Node): boolean =>
    chain.some((owner) => owner.getSourceFile() === node.getSourceFile() && owner.containsRange(node.getPos(), node.getEnd()));
  const add = (early: EarlyTouch): void => {
    // One per field and runner; one per place for a print of the whole instance; one in the
    // instance's classes rather than one in other code the check followed (review S57A).
    const runners = foundByRunner.find((each) =>
      each.some((other) => other.because === early.because && (other.field === early.field || other.touch === early.touch)),
    );
    if (runners === undefined) {
      found.push(early);
      return;
    }
    const index = runners.findIndex((other) => other.because === early.because && (other.field === early.field || other.touch === early.touch));
    if (!inChain(runners[index]!.touch) && inChain(early.touch)) {
      runners[index] = early;
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
      const unsetNow = unset.filter((each) => !writtenByInitializers.has(fieldKey(each.getName(), each)));
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
    // The body's statements are walked in turn below from what was kept before the body, not after
    // it: an escape at its end (`registry.push(this)`) does not reach the calls before (review S58A, W1).
    const keptBeforeBody = copyOfKept(kept);
    checkBelow(
      [...defaultTouches, ...(body === undefined ? [] : touchesReached([body], declaration, kept))],
      (owner) => `the constructor of \`${runnerName}\` runs it, before \`${owner.getName() ?? "the subclass"}\` defines the field`,
      true,
    );
    // The body's statements in turn: a field without initializer read before the statement that
    // assigns it (a write anywhere in a statement counts for the statements after it; a local
    // holding `this` counts where it is declared).
    const notAssigned = own(
      unset.filter((each) => !writtenByInitializers.has(fieldKey(each.getName(), each))),
      () => true,
    );
    for (const statement of notAssigned.size > 0 && Node.isBlock(body) ? body.getStatements() : []) {
      const touches = touchesReached([statement], declaration, keptBeforeBody, body);
      checkOwn(touches, notAssigned, () => true, `the constructor of \`${runnerName}\` runs it`);
      // Only a write that runs whatever happens sets the field for the statements after it (review S56E).
      const written = sureWrites(statement, "constructor");
      for (const [name, field] of [...notAssigned]) {
        if (written.has(fieldKey(name, field))) {
          notAssigned.delete(name);
        }
      }
    }
  });
  return foundByRunner.flat();
}

/** What a construction kept so far, to walk on from without changing it. */
function copyOfKept(kept: KeptInstance): KeptInstance {
  return { keepers: [...kept.keepers], receivers: new Set(kept.receivers), escaped: kept.escaped, closures: [...kept.closures] };
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
        // A method or a function-valued field stored for later (`readers.push(this.capture.bind(this))`)
        // runs after the construction, or where code the check cannot follow calls it (review S57A, R7).
        for (const code of [...parameterDefaults(member), reachedBody(member)]) {
          if (code !== undefined && !kept.closures.includes(code)) {
            kept.closures.push(code);
          }
        }
        continue;
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
  // Whether the program's places that may meet the escaped instance were taken in (once per walk).
  let programSitesAdded = false;
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
      // In code reached otherwise than by a named call, a type parameter's value (a generic container's element) is not taken for it.
      const called = new Set([root, ...calledBodies(root)]);
      // In code the construction runs outside its own walk (a function it calls, a stored arrow it
      // calls back), `this` of the construction's arrows is the instance too (review S56D, A).
      for (const reached of [root, ...reach.code]) {
        addKeptReads(instanceReceivers(reached, view, reached !== root).map((read) => ({ read, root: reached })));
        // Destructured from a value that may be it (`for (const { later } of registry)`; review S56D, C).
        touches.push(...instanceDestructurings(reached, view, memberNames));
        // Given to the program's function or constructor, it is that parameter there (`new Item(Holder.current)`; review S57A, R8).
        for (const argument of instanceArguments(reached, view, called.has(reached))) {
          const handed = parameterGiven(argument);
          const call = wrappedOutermost(argument).getParent();
          if (handed !== undefined) {
            addKeptReads(usesOf(handed.name, handed.code).map((read) => ({ read, root: handed.code })));
          } else if (
            (Node.isCallExpression(call) || Node.isNewExpression(call)) &&
            !isToldFunction(unwrapTypeOnly(call.getExpression())) &&
            runsNow(argument, reached)
          ) {
            // Given to a function the check cannot tell (`log(registry[0])` of a parameter `log`), it may be read whole.
            touches.push(...handedOver(argument, memberNames));
          }
        }
      }
      // Converted to text or JSON, joined, sorted or printed in the construction code or the code it
      // runs, it runs its toString/toJSON or is read whole (review S56C, S4; S56D, B). In code reached
      // otherwise than by a named call, a type parameter's value (a generic container's element) is not taken for it.
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
    // `getters[0]()`; `handlers = { go: () => this.later }`, then `this.handlers.go()`; review S56D,
    // A), or, once the instance has escaped, any of the program's functions, which may read it from
    // where it went (`readers[0]!()` reading `Holder.current!.later`; review S57A, R6).
    let unfollowed: boolean | undefined;
    const reachUnfollowed = (): void => {
      if (kept.closures.length === 0 && !kept.escaped) {
        return;
      }
      // What the code runs by name, and what it runs unnamed (a getter, a setter, a `toString`, an
      // iterator, of its declaration or of another object the value may be: review S57C, A; S58A,
      // F3; see `calledBodies`).
      // A conversion the program replaced by assignment runs a function the check cannot tell (review S59D, B).
      if (unfollowed === undefined) {
        const called = calledCode(node);
        unfollowed = called.runsUntold || [node, ...called.bodies].some((code) => callsUnfollowed(code, view));
      }
      if (!unfollowed) {
        return;
      }
      for (const closure of kept.closures) {
        if (!visited.has(closure)) {
          visited.add(closure);
          pending.push(closure);
        }
      }
      if (kept.escaped && !programSitesAdded) {
        programSitesAdded = true;
        const sites = programInstanceSites(view, memberNames);
        addKeptReads([...sites.receivers.map((read) => ({ read, root: functionOf(read) })), ...sites.handed]);
        touches.push(...sites.destructurings, ...sites.conversions.flatMap((converted) => handedOver(converted, memberNames)));
      }
    };
    reachUnfollowed();
    // What the subjects find (a closure kept, the instance escaping) may reach more code and more subjects.
    for (let index = 0; ; reachUnfollowed()) {
      if (index >= subjects.length) {
        break;
      }
      for (; index < subjects.length; index++) {
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
    }
    for (const keyword of node.getDescendantsOfKind(SyntaxKind.SuperKeyword)) {
      const access = keyword.getParent();
      const base = keyword.getFirstAncestorByKind(SyntaxKind.ClassDeclaration)?.getBaseClass();
      if (base !== undefined && thisOwner(keyword) === owner && runsNow(keyword, node) && Node.isPropertyAccessExpression(access)) {
        follow(
          base.getType().getProperty(access.getName())?.getDeclarations() ?? [],
          isWrittenAccess(access) ? true : undefined,
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

/** What a member read gives on as a function value: `this.m.bind(…)` for a bound method, else the read itself. */
function referenceOf(access: Node): Node {
  const parent = access.getParent();
  const call = parent?.getParent();
  return Node.isPropertyAccessExpression(parent) && parent.getName() === "bind" && Node.isCallExpression(call) && call.getExpression() === parent
    ? call
    : access;
}

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
    // An Error's toString (the library's) reads its `name` and `message`, a getter of the class among them (review S59D, A).
    const read: Touch[] = isErrorLike(outer.getType().getApparentType())
      ? ["name", "message"].filter((name) => allMembers.includes(name)).map((name) => ({ node: outer, name, written: false }))
      : [];
    return [{ node: outer, name: "toString", written: false, called: true }, ...read];
  }
  if (Node.isPropertyAccessExpression(parent) && parent.getExpression() === outer) {
    return [{ node: parent, name: parent.getName(), written: isWrittenAccess(parent) }];
  }
  if (Node.isElementAccessExpression(parent) && parent.getExpression() === outer) {
    const argument = parent.getArgumentExpression();
    if (argument !== undefined && (Node.isStringLiteral(argument) || Node.isNoSubstitutionTemplateLiteral(argument))) {
      return [{ node: parent, name: argument.getLiteralText(), written: isWrittenAccess(parent) }];
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
    // `return this` in a constructor gives `new` the object made (compiled to a bare `return`).
    (Node.isReturnStatement(parent) && Node.isConstructorDeclaration(parent.getFirstAncestor((ancestor) => Node.isFunctionLikeDeclaration(ancestor)))) ||
    Node.isTypeOfExpression(parent) ||
    (Node.isPrefixUnaryExpression(parent) && parent.getOperatorToken() === SyntaxKind.ExclamationToken) ||
    (Node.isBinaryExpression(parent) && COMPARISONS.has(parent.getOperatorToken().getKind()));
  return alone ? [] : handedOver(outer, allMembers);
}

/**
 * The functions a class's code (or its bases') writes to a field of its instance (`this.cb = () =>
 * …`, `this.run = this.step.bind(this)`): the arrow, or the body of the method bound; undefined
 * where one writes a value the check cannot see into (a local, a parameter, another field).
 */
function functionsStoredIn(name: string, view: ClassDeclaration): Node[] | undefined {
  const stored: Node[] = [];
  for (const current of classChain(view)) {
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

/** The function, method, accessor or constructor whose code a node is in. */
function functionOf(node: Node): Node {
  return node.getFirstAncestor((ancestor) => Node.isFunctionLikeDeclaration(ancestor)) ?? node.getSourceFile();
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

/**
 * `this` handed to code the check does not follow (`register(this)`, `return this`, `[this]`,
 * `[...this]`, `for (const item of this)`, `Object.keys(this)`): that code may read or write any
 * member, so every one counts as read and written there.
 */
export function handedOver(outer: Node, allMembers: string[]): Touch[] {
  // It may write them too (`list[0].b = 5`): a key made before its definition (review S54A, F22).
  return allMembers.flatMap((name): Touch[] => [
    { node: outer, name, written: false, handedOver: true },
    { node: outer, name, written: true, handedOver: true },
  ]);
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
