/**
 * The code a piece of construction code runs: the program's functions it calls or gives by name and
 * what it runs without a call (accessors, conversions, iterators), and whether it calls a function
 * the check cannot tell, which may run any function of the program.
 */
import { Node, SyntaxKind, ClassDeclaration, VariableDeclarationKind } from "ts-morph";
import { runsNow, isStoringCall } from "./code-kept-for-later";
import { hierarchyOf } from "./instance-keepers";
import { declarationsOf } from "./named-declarations";
import { isReplacedMember } from "./replaced-members";
import { unwrapTypeOnly } from "./type-wrappers";

/** The bodies of the program's members a piece of code runs without calling them by name (see `calledBodies`). */
function implicitlyRun(code: Node): Node[] {
  const run: Node[] = [];
  const membersOf = (value: Node, names: (name: string) => boolean): void => {
    const type = value.getType().getNonNullableType();
    for (const part of type.isUnion() ? type.getUnionTypes() : [type]) {
      for (const property of part.getProperties().filter((each) => names(each.getName()))) {
        for (const declared of property.getDeclarations()) {
          const body = Node.isMethodDeclaration(declared) || Node.isGetAccessorDeclaration(declared) ? declared.getBody() : undefined;
          if (body !== undefined && !body.getSourceFile().isDeclarationFile()) {
            run.push(body);
          }
        }
      }
    }
  };
  const conversions = (name: string): boolean => ["toString", "valueOf", "toJSON"].includes(name);
  const iterators = (name: string): boolean => name.startsWith("__@iterator");
  for (const node of [code, ...code.getDescendants()]) {
    if (Node.isPropertyAccessExpression(node)) {
      for (const declared of declarationsOf(node.getNameNode().getSymbol())) {
        const body = Node.isGetAccessorDeclaration(declared) || Node.isSetAccessorDeclaration(declared) ? declared.getBody() : undefined;
        if (body !== undefined && !body.getSourceFile().isDeclarationFile()) {
          run.push(body);
        }
      }
    } else if (Node.isTemplateSpan(node)) {
      membersOf(node.getExpression(), conversions);
    } else if (Node.isBinaryExpression(node) && [SyntaxKind.PlusToken, SyntaxKind.PlusEqualsToken].includes(node.getOperatorToken().getKind())) {
      [node.getLeft(), node.getRight()].forEach((side) => membersOf(side, conversions));
    } else if (Node.isCallExpression(node) && ["String", "JSON.stringify"].includes(node.getExpression().getText())) {
      node.getArguments().forEach((argument) => membersOf(argument, conversions));
    } else if (Node.isForOfStatement(node) || Node.isSpreadElement(node)) {
      membersOf(node.getExpression(), iterators);
    }
  }
  return run;
}

/**
 * The bodies of the program's functions and methods a piece of code calls by name or gives by name,
 * the accessors, conversions and iterators of the program's types it runs without a call, and those
 * they run in turn (not what the library may run with a value typed by no class: `reachedCode`
 * follows that too, into every class's toString, where any generic container's elements might be
 * the instance).
 */
export function calledBodies(code: Node): Node[] {
  const bodies: Node[] = [];
  const pending = [code];
  const seen = new Set<Node>([code]);
  while (pending.length > 0 && bodies.length < 200) {
    const current = pending.pop()!;
    const calls = [
      ...(Node.isCallExpression(current) || Node.isNewExpression(current) ? [current] : []),
      ...current.getDescendantsOfKind(SyntaxKind.CallExpression),
      ...current.getDescendantsOfKind(SyntaxKind.NewExpression),
    ];
    for (const call of calls) {
      const callee = unwrapTypeOnly(call.getExpression());
      // A function given by name to a call runs as it would called (`[registry].map(format)`; review S57A, R5).
      const given = call
        .getArguments()
        .map(unwrapTypeOnly)
        .filter((argument) => Node.isIdentifier(argument) || Node.isPropertyAccessExpression(argument));
      const names = [callee, ...given].map((each) => (Node.isPropertyAccessExpression(each) ? each.getNameNode() : each));
      for (const declared of names.flatMap((name) => declarationsOf(name.getSymbol()))) {
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
    // What the code runs without a call: the program's accessors it reads or writes, the
    // `toString`/`valueOf`/`toJSON` of what it makes text of, the iterator of what it walks (review S57C, A).
    for (const run of implicitlyRun(current)) {
      if (!seen.has(run)) {
        seen.add(run);
        bodies.push(run);
        pending.push(run);
      }
    }
  }
  return bodies;
}

/**
 * Whether code calls a function the check cannot tell (a parameter, a `let`, an element, a call's
 * result, an object literal's or an interface's member), or gives one to the library, which may
 * call it (`[1].map(read)` of a parameter `read`; review S57A, R6), outside the functions it keeps
 * for later: it may be one the construction stored, or one reading the instance from where it went.
 */
export function callsUnfollowed(code: Node, view: ClassDeclaration): boolean {
  return [...(Node.isCallExpression(code) ? [code] : []), ...code.getDescendantsOfKind(SyntaxKind.CallExpression)].some((call) => {
    if (!runsNow(call, code)) {
      return false;
    }
    const callee = unwrapTypeOnly(call.getExpression());
    // `this.deposit(…)` of the instance's classes: its own member, which the walk follows. Of
    // another object, a method `calledBodies` follows; a function a field of it holds (`this.cb()`
    // in a bus that stored a callback) is not told (review S57C, A).
    if (Node.isPropertyAccessExpression(callee) && Node.isThisExpression(unwrapTypeOnly(callee.getExpression()))) {
      const owner = callee.getFirstAncestor((ancestor) => Node.isClassDeclaration(ancestor) || Node.isClassExpression(ancestor));
      if (Node.isClassDeclaration(owner) && hierarchyOf(view).has(owner)) {
        return false;
      }
      const declarations = declarationsOf(callee.getNameNode().getSymbol());
      return !(declarations.length > 0 && declarations.every((declared) => Node.isMethodDeclaration(declared) && !isReplacedMember(declared)));
    }
    if (!isToldFunction(callee)) {
      return true;
    }
    const library =
      (Node.isIdentifier(callee) || Node.isPropertyAccessExpression(callee)) &&
      declarationsOf((Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee).getSymbol()).some((declared) =>
        declared.getSourceFile().isDeclarationFile(),
      );
    // A storing call (`push`, `set`, `add`, `unshift`) keeps the function and calls nothing.
    return (
      library &&
      !(Node.isPropertyAccessExpression(callee) && isStoringCall(callee)) &&
      call
        .getArguments()
        .some((argument) => argument.getType().getNonNullableType().getCallSignatures().length > 0 && !isToldFunction(unwrapTypeOnly(argument)))
    );
  });
}

/**
 * Whether a function value is one the check can tell: written there, `super`, the library's, the
 * program's function or method nothing replaces (review S57C, C), or a `const` holding one of
 * those (not `const r = read` of a parameter, nor `const f = fns[0]!`: review S57C, B).
 */
export function isToldFunction(value: Node, depth = 0): boolean {
  if (Node.isSuperExpression(value) || Node.isArrowFunction(value) || Node.isFunctionExpression(value)) {
    return true;
  }
  if ((!Node.isIdentifier(value) && !Node.isPropertyAccessExpression(value)) || depth > 8) {
    return false;
  }
  const declarations = declarationsOf((Node.isPropertyAccessExpression(value) ? value.getNameNode() : value).getSymbol());
  return (
    declarations.length > 0 &&
    declarations.every((declared) => {
      if (declared.getSourceFile().isDeclarationFile()) {
        return true;
      }
      if (Node.isFunctionDeclaration(declared) || Node.isMethodDeclaration(declared)) {
        return !isReplacedMember(declared);
      }
      const initializer = Node.isVariableDeclaration(declared) ? declared.getInitializer() : undefined;
      return (
        Node.isVariableDeclaration(declared) &&
        declared.getVariableStatement()?.getDeclarationKind() === VariableDeclarationKind.Const &&
        initializer !== undefined &&
        isToldFunction(unwrapTypeOnly(initializer), depth + 1)
      );
    })
  );
}
