/**
 * A class's static initializer or static block that runs code (`static first = new Config()`,
 * `static { Registry.load(); }`) which reads a static field declared after it: JavaScript reads
 * undefined there, whatever the field's type says. The compiled class sets such a field to None
 * until its turn (classes.ts, placeStaticFields), which Python takes for the null a `T | null` type
 * admits, or for a value of a type admitting neither (arithmetic raises TypeError at import).
 *
 * The code the runner reaches is followed conservatively (static-initializer-reach.ts); the class
 * read by a key or destructured reads the later fields. Code the walk cannot follow there may read
 * every later field.
 */
import { ClassDeclaration, Node, PropertyDeclaration, SyntaxKind } from "ts-morph";
import { asksOnlyTruthiness, isMissingTest } from "./fields-touched-before-defined";
import { noneMeaning } from "./none-meaning";
import { reachedCode, staticRunnerCode } from "./static-initializer-reach";
import { unwrapTypeOnly, wrappedOutermost } from "./type-wrappers";

export interface StaticReadEarly {
  /** The read of the later static field. */
  read: Node;
  field: PropertyDeclaration;
  className: string;
  /** The static field whose initializer reaches the read; undefined for a static block. */
  runnerField?: string;
  /** Whether the field's type admits null (else it admits neither null nor undefined). */
  admitsNull: boolean;
  /** The runner runs code the check cannot follow there (`read`), which may read the field. */
  unfollowed: boolean;
  /** The field is a base class's, declared again without initializer: JavaScript reads the base's value until then. */
  inherited: boolean;
}

export function staticsReadBeforeDefined(declaration: ClassDeclaration): StaticReadEarly[] {
  const found: StaticReadEarly[] = [];
  // One report per field: at the first runner that reaches it.
  const reported = new Set<PropertyDeclaration>();
  const members = declaration.getMembers();
  members.forEach((runner, index) => {
    const code = staticRunnerCode(runner);
    if (code === undefined) {
      return;
    }
    // The static fields defined after the runner whose None would not read as undefined.
    // A field a base class has too reads the base's value until it is defined, in both.
    const inherited = (name: string): boolean => {
      // (a base's static without initializer is undefined until then: review S54C, G4).
      for (let base = declaration.getBaseClass(); base !== undefined; base = base.getBaseClass()) {
        const member = base.getStaticMember(name);
        if (member !== undefined) {
          return !Node.isPropertyDeclaration(member) || member.hasInitializer();
        }
      }
      return false;
    };
    // A field a subclass declares again without initializer reads the base's value until its
    // definition in JavaScript, where the compiled class body holds None.
    const redeclaredUnset = (member: PropertyDeclaration): boolean =>
      !member.hasInitializer() && !member.hasModifier(SyntaxKind.DeclareKeyword) && inherited(member.getName());
    const later = members
      .slice(index + 1)
      .filter(
        (member): member is PropertyDeclaration =>
          Node.isPropertyDeclaration(member) && member.isStatic() && ((member.hasInitializer() && !inherited(member.getName())) || redeclaredUnset(member)),
      )
      .filter((field) => {
        const meaning = noneMeaning(field.getType());
        return redeclaredUnset(field) || meaning.null || !meaning.undefined;
      });
    if (later.length === 0) {
      return;
    }
    const symbols = new Map(later.flatMap((field) => (field.getSymbol() === undefined ? [] : [[field.getSymbol()!, field] as const])));
    const report = (read: Node, field: PropertyDeclaration, admitsNull: boolean, unfollowed = false): void => {
      if (!reported.has(field)) {
        reported.add(field);
        found.push({
          read,
          field,
          className: declaration.getName() ?? "the class",
          runnerField: Node.isPropertyDeclaration(runner) ? runner.getName() : undefined,
          admitsNull,
          unfollowed,
          inherited: redeclaredUnset(field),
        });
      }
    };
    const isTheClass = (node: Node): boolean => (node.getSymbol()?.getDeclarations() ?? []).includes(declaration);
    const reached = reachedCode(code, declaration);
    for (const node of reached.code) {
      // The class read by a key (`Config["limit"]`, `Config[key]`) or destructured (`const { limit } =
      // Config`): every later field, or those named, count as read.
      for (const element of [node, ...node.getDescendantsOfKind(SyntaxKind.ElementAccessExpression)]) {
        if (Node.isElementAccessExpression(element) && isTheClass(unwrapTypeOnly(element.getExpression()))) {
          later.forEach((field) => report(element, field, noneMeaning(field.getType()).null));
        }
      }
      for (const pattern of node.getDescendantsOfKind(SyntaxKind.ObjectBindingPattern)) {
        const holder = pattern.getParent();
        const source = Node.isVariableDeclaration(holder) ? holder.getInitializer() : undefined;
        if (source !== undefined && isTheClass(unwrapTypeOnly(source))) {
          for (const element of pattern.getElements()) {
            const named = (element.getPropertyNameNode() ?? element.getNameNode()).getText();
            later.filter((field) => field.getName() === named).forEach((field) => report(element, field, noneMeaning(field.getType()).null));
          }
        }
      }
      for (const access of [node, ...node.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)]) {
        if (!Node.isPropertyAccessExpression(access)) {
          continue;
        }
        const symbol = access.getNameNode().getSymbol();
        const field = symbol === undefined ? undefined : symbols.get(symbol);
        const parent = access.getParent();
        const written = Node.isBinaryExpression(parent) && parent.getLeft() === access && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken;
        const admitsNull = field === undefined ? false : noneMeaning(field.getType()).null;
        // Reads that ask only whether the value is there (`?? fallback`, `== null`, and where the
        // type admits null, a truth test) answer alike for undefined and None.
        const alike = field !== undefined && (isNullishFallbackLeft(access) || isMissingTest(access, admitsNull) || (admitsNull && asksOnlyTruthiness(access)));
        if (field !== undefined && !written && !alike) {
          report(access, field, admitsNull);
        }
      }
    }
    // Code the walk cannot follow may read any later field: reported there, after the reads the walk
    // found, which say better where the class's own code reads one (the same fields are refused).
    if (reached.unfollowed !== undefined) {
      const unfollowed = reached.unfollowed;
      later.forEach((field) => report(unfollowed, field, noneMeaning(field.getType()).null, true));
    }
  });
  return found;
}

/** The left of `??`, which the compiled code tests for None whatever its type says. */
function isNullishFallbackLeft(read: Node): boolean {
  const outer = wrappedOutermost(read);
  const parent = outer.getParent();
  return Node.isBinaryExpression(parent) && parent.getLeft() === outer && parent.getOperatorToken().getKind() === SyntaxKind.QuestionQuestionToken;
}
