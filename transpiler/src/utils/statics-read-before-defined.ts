/**
 * A class's static initializer or static block that runs code (`static first = new Config()`,
 * `static { Registry.load(); }`) which reads a static field declared after it: JavaScript reads
 * undefined there, whatever the field's type says. The compiled class sets such a field to None
 * until its turn (classes.ts, placeStaticFields), which Python takes for the null a `T | null` type
 * admits, or for a value of a type admitting neither (arithmetic raises TypeError at import).
 *
 * The code the runner reaches is followed conservatively: every function, method or accessor it names,
 * called or not, with the same-named statics of subclasses, the constructors (and instance field
 * initializers) of the classes it makes, and every function written inside reached code; the class
 * read by a key or destructured reads the later fields.
 */
import { ClassDeclaration, Node, PropertyDeclaration, SyntaxKind } from "ts-morph";
import { isInert } from "./constructor-assignments";
import { asksOnlyTruthiness, isMissingTest } from "./fields-touched-before-defined";
import { noneMeaning } from "./none-meaning";
import { namesakesInSubclasses } from "./overriding-members";
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
}

export function staticsReadBeforeDefined(declaration: ClassDeclaration): StaticReadEarly[] {
  const found: StaticReadEarly[] = [];
  // One report per field: at the first runner that reaches it.
  const reported = new Set<PropertyDeclaration>();
  const members = declaration.getMembers();
  members.forEach((runner, index) => {
    const code = Node.isClassStaticBlockDeclaration(runner)
      ? runner.getBody()
      : Node.isPropertyDeclaration(runner) && runner.isStatic()
        ? runner.getInitializer()
        : undefined;
    // A static block always runs code; an initializer does unless it is a literal, a name or a function.
    if (code === undefined || (!Node.isClassStaticBlockDeclaration(runner) && isInert(code))) {
      return;
    }
    // The static fields defined after the runner whose None would not read as undefined.
    // A field a base class has too reads the base's value until it is defined, in both.
    const inherited = (name: string): boolean => {
      for (let base = declaration.getBaseClass(); base !== undefined; base = base.getBaseClass()) {
        if (base.getStaticMember(name) !== undefined) {
          return true;
        }
      }
      return false;
    };
    const later = members
      .slice(index + 1)
      .filter(
        (member): member is PropertyDeclaration =>
          Node.isPropertyDeclaration(member) && member.isStatic() && member.hasInitializer() && !inherited(member.getName()),
      )
      .filter((field) => {
        const meaning = noneMeaning(field.getType());
        return meaning.null || !meaning.undefined;
      });
    if (later.length === 0) {
      return;
    }
    const symbols = new Map(later.flatMap((field) => (field.getSymbol() === undefined ? [] : [[field.getSymbol()!, field] as const])));
    const report = (read: Node, field: PropertyDeclaration, admitsNull: boolean): void => {
      if (!reported.has(field)) {
        reported.add(field);
        found.push({
          read,
          field,
          className: declaration.getName() ?? "the class",
          runnerField: Node.isPropertyDeclaration(runner) ? runner.getName() : undefined,
          admitsNull,
        });
      }
    };
    const isTheClass = (node: Node): boolean => (node.getSymbol()?.getDeclarations() ?? []).includes(declaration);
    for (const node of reachedCode(code)) {
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
  });
  return found;
}

/**
 * The code a piece of code may run: itself, and the bodies of every function, method or accessor it
 * names (called or not: a reference may be called by what it is given to, a static holding one by
 * what reads it), with the same-named static members of subclasses (a static method's `this` may be
 * one), and the constructors and field initializers of the classes it constructs.
 */
function reachedCode(code: Node): Node[] {
  const reached: Node[] = [code];
  const seen = new Set<Node>([code]);
  const add = (node: Node | undefined): void => {
    if (node !== undefined && !seen.has(node)) {
      seen.add(node);
      reached.push(node);
    }
  };
  for (let index = 0; index < reached.length; index++) {
    const node = reached[index]!;
    for (const named of [node, ...node.getDescendants()]) {
      if (Node.isIdentifier(named)) {
        for (const declaration of named.getSymbol()?.getDeclarations() ?? []) {
          bodiesOf(declaration).forEach(add);
          if (Node.isStaticable(declaration) && declaration.isStatic()) {
            // A static method's `this` may be a subclass, whose static of that name runs.
            namesakesInSubclasses(declaration)
              .filter((override) => Node.isStaticable(override) && override.isStatic())
              .forEach((override) => bodiesOf(override).forEach(add));
          }
        }
      } else if (Node.isNewExpression(named)) {
        const made = named.getExpression().getSymbol()?.getDeclarations()[0];
        for (let current = Node.isClassDeclaration(made) ? made : undefined; current !== undefined; current = current.getBaseClass()) {
          add(
            current
              .getConstructors()
              .find((constructor) => constructor.getBody() !== undefined)
              ?.getBody(),
          );
          current
            .getInstanceProperties()
            .filter(Node.isPropertyDeclaration)
            .forEach((property) => add(property.getInitializer()));
        }
      }
    }
  }
  return reached;
}

/** The code a declaration runs when called or read: a function's, a method's or an accessor's body (and parameter defaults), or the function a variable or field holds. */
function bodiesOf(declaration: Node): Node[] {
  if (
    Node.isFunctionDeclaration(declaration) ||
    Node.isMethodDeclaration(declaration) ||
    Node.isGetAccessorDeclaration(declaration) ||
    Node.isSetAccessorDeclaration(declaration)
  ) {
    const body = declaration.getBody();
    return [...declaration.getParameters().flatMap((parameter) => parameter.getInitializer() ?? []), ...(body === undefined ? [] : [body])];
  }
  if (Node.isVariableDeclaration(declaration) || Node.isPropertyDeclaration(declaration)) {
    const initializer = declaration.getInitializer();
    return initializer !== undefined && (Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer)) ? [initializer] : [];
  }
  return [];
}

/** The left of `??`, which the compiled code tests for None whatever its type says. */
function isNullishFallbackLeft(read: Node): boolean {
  const outer = wrappedOutermost(read);
  const parent = outer.getParent();
  return Node.isBinaryExpression(parent) && parent.getLeft() === outer && parent.getOperatorToken().getKind() === SyntaxKind.QuestionQuestionToken;
}
