/**
 * A class's static initializer or static block that runs code (`static first = new Config()`,
 * `static { Registry.load(); }`) which reads a static field declared after it: JavaScript reads
 * undefined there, whatever the field's type says. The compiled class sets such a field to None
 * until its turn (classes.ts, placeStaticFields), which Python takes for the null a `T | null` type
 * admits, or for a value of a type admitting neither (arithmetic raises TypeError at import).
 *
 * The code the runner reaches is followed through calls of the program's functions and methods, the
 * constructors (and instance field initializers) of the classes it makes, and getters it reads;
 * every function written inside reached code counts as reached (it may be called there).
 */
import { ClassDeclaration, Node, PropertyDeclaration, SyntaxKind } from "ts-morph";
import { isInert } from "./constructor-assignments";
import { asksOnlyTruthiness, isMissingTest } from "./fields-touched-before-defined";
import { noneMeaning } from "./none-meaning";
import { isTypeOnlyWrapper } from "./type-wrappers";

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
    for (const node of reachedCode(code)) {
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
        if (field !== undefined && !written && !alike && !reported.has(field)) {
          reported.add(field);
          found.push({
            read: access,
            field,
            className: declaration.getName() ?? "the class",
            runnerField: Node.isPropertyDeclaration(runner) ? runner.getName() : undefined,
            admitsNull,
          });
        }
      }
    }
  });
  return found;
}

/** The code a piece of code runs: itself, and the bodies of what it calls, constructs or reads through a getter. */
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
    for (const call of [node, ...node.getDescendants()]) {
      if (Node.isCallExpression(call) || Node.isPropertyAccessExpression(call)) {
        const target = Node.isCallExpression(call) ? call.getExpression() : call;
        const nameNode = Node.isPropertyAccessExpression(target) ? target.getNameNode() : target;
        for (const declaration of nameNode.getSymbol()?.getDeclarations() ?? []) {
          if (Node.isCallExpression(call) || Node.isGetAccessorDeclaration(declaration)) {
            bodiesOf(declaration).forEach(add);
          }
        }
      } else if (Node.isNewExpression(call)) {
        const made = call.getExpression().getSymbol()?.getDeclarations()[0];
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

/** The code a declaration runs when called: a function's, a method's or an accessor's body, or the function a variable or field holds. */
function bodiesOf(declaration: Node): Node[] {
  if (Node.isFunctionDeclaration(declaration) || Node.isMethodDeclaration(declaration) || Node.isGetAccessorDeclaration(declaration)) {
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
  let outer = read;
  while (outer.getParent() !== undefined && isTypeOnlyWrapper(outer.getParentOrThrow())) {
    outer = outer.getParentOrThrow();
  }
  const parent = outer.getParent();
  return Node.isBinaryExpression(parent) && parent.getLeft() === outer && parent.getOperatorToken().getKind() === SyntaxKind.QuestionQuestionToken;
}
