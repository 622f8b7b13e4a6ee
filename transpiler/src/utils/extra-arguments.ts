/**
 * JavaScript passes a function as many arguments as the caller gives and drops the ones it does not
 * declare; Python raises TypeError. TypeScript lets a function with fewer parameters stand for a
 * function type with more (`(item) => …` given as a `(item: T, index: number) => void`, a method
 * implementing an interface's or overriding a base class's longer one, a function declaration passed
 * as a callback), and the call through that type then passes the extra arguments. So a function that
 * can be called through another type gets a trailing `*_` that takes them: every arrow function and
 * function expression, every method but a private one (structural typing lets any class stand for an
 * interface it never names), and a function declaration used as a value anywhere in the program (or
 * called with a spread). A function declaration only ever called by its own name is checked by
 * TypeScript against its own parameters and needs none.
 */
import { MethodDeclaration, Node, Project, SyntaxKind, ts } from "ts-morph";
import { nodesOfFileOfKind } from "./file-nodes";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import type { FunctionLike } from "../visitors/functions";

const functionsUsedAsValues = new WeakMap<Project, Set<ts.Node>>();

/** The function declarations of the program that some expression uses other than by calling them, and the classes (with their ancestors) used other than by constructing them. */
function declarationsUsedAsValues(project: Project): Set<ts.Node> {
  const known = functionsUsedAsValues.get(project);
  if (known !== undefined) {
    return known;
  }
  const used = new Set<ts.Node>();
  const sourceFiles = project.getSourceFiles();
  const names = new Set<string>();
  for (const sourceFile of sourceFiles) {
    for (const declaration of [
      ...nodesOfFileOfKind(sourceFile, SyntaxKind.FunctionDeclaration),
      ...nodesOfFileOfKind(sourceFile, SyntaxKind.ClassDeclaration),
    ]) {
      const declared = declaration.getName();
      if (declared !== undefined) {
        names.add(declared);
      }
    }
  }
  // A function imported under another name (`import { half as halve }`, a default import) is used by that name.
  for (const sourceFile of sourceFiles) {
    for (const specifier of nodesOfFileOfKind(sourceFile, SyntaxKind.ImportSpecifier)) {
      names.add(specifier.getAliasNode()?.getText() ?? specifier.getName());
    }
    for (const clause of nodesOfFileOfKind(sourceFile, SyntaxKind.ImportClause)) {
      const local = clause.getDefaultImport()?.getText();
      if (local !== undefined) {
        names.add(local);
      }
    }
  }
  // On the compiler's nodes: ts-morph's getDescendantsOfKind(Identifier) builds every node's token
  // children to find them. The identifiers are the same: those of the syntax tree and of its JSDoc.
  const checker = project.getTypeChecker().compilerObject;
  for (const sourceFile of sourceFiles) {
    const file = sourceFile.compilerNode;
    forEachIdentifier(file, (identifier) => {
      if (!names.has(identifier.getText(file)) || isCallOrDeclarationName(identifier)) {
        return;
      }
      const symbol = (identifier as { symbol?: ts.Symbol }).symbol ?? checker.getSymbolAtLocation(identifier);
      const target = symbol !== undefined && (symbol.flags & ts.SymbolFlags.Alias) !== 0 ? (checker.getAliasedSymbol(symbol) ?? symbol) : symbol;
      for (const declaration of target?.declarations ?? []) {
        if (ts.isFunctionDeclaration(declaration)) {
          used.add(declaration);
        } else if (ts.isClassDeclaration(declaration) && !isClassUseThatConstructsNothing(identifier)) {
          addWithAncestors(declaration, checker, used);
        }
      }
    });
  }
  functionsUsedAsValues.set(project, used);
  return used;
}

/**
 * A class given as a value may be constructed through a constructor type with more parameters
 * (`new (config: string, verbose: boolean) => Plugin` given a class whose constructor takes one, or
 * none), and a class without a constructor of its own passes every argument on to its base class's:
 * so its program ancestors take extra arguments too.
 */
function addWithAncestors(declaration: ts.ClassDeclaration, checker: ts.TypeChecker, used: Set<ts.Node>): void {
  let current: ts.ClassDeclaration | undefined = declaration;
  while (current !== undefined && !used.has(current)) {
    used.add(current);
    const heritage: ts.ExpressionWithTypeArguments | undefined = current.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)
      ?.types[0];
    const base: ts.Symbol | undefined = heritage === undefined ? undefined : checker.getSymbolAtLocation(heritage.expression);
    const resolved: ts.Symbol | undefined = base !== undefined && (base.flags & ts.SymbolFlags.Alias) !== 0 ? checker.getAliasedSymbol(base) : base;
    current = resolved?.declarations?.find(ts.isClassDeclaration);
  }
}

/** `Point.origin`, `Point["origin"]`, `extends Point`, `implements Point`, `x instanceof Point`, a type: none of them can construct the class. */
function isClassUseThatConstructsNothing(identifier: ts.Identifier): boolean {
  const parent = identifier.parent as ts.Node | undefined;
  if (parent === undefined) {
    return true;
  }
  if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === identifier) {
    return true;
  }
  if (ts.isExpressionWithTypeArguments(parent) || ts.isTypeReferenceNode(parent) || ts.isQualifiedName(parent) || ts.isClassDeclaration(parent)) {
    return true;
  }
  return ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword && parent.right === identifier;
}

/** Calls `visit` with each identifier under `node`: its children's and its JSDoc's, as Node.getChildren() reaches them. */
function forEachIdentifier(node: ts.Node, visit: (identifier: ts.Identifier) => void): void {
  if (ts.isIdentifier(node)) {
    visit(node);
  }
  for (const doc of (node as { jsDoc?: ts.Node[] }).jsDoc ?? []) {
    forEachIdentifier(doc, visit);
  }
  ts.forEachChild(node, (child) => {
    forEachIdentifier(child, visit);
  });
}

/** `name(…)`, `new name(…)`, `module.name(…)`, the declaration's own name, an import or export specifier, `typeof name`. */
function isCallOrDeclarationName(identifier: ts.Identifier): boolean {
  const parent = identifier.parent as ts.Node | undefined;
  if (parent === undefined || ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isImportClause(parent) || ts.isTypeQueryNode(parent)) {
    return true;
  }
  if (ts.isFunctionDeclaration(parent)) {
    return parent.name === identifier;
  }
  const expression: ts.Node = ts.isPropertyAccessExpression(parent) && parent.name === identifier ? parent : identifier;
  const user = expression.parent as ts.Node | undefined;
  // A call that spreads a tuple (`two(...pair)`) passes as many as the tuple holds, and `push` grows a
  // tuple past its type (review 24B F12): such a callee takes extra arguments as a value does.
  return (
    user !== undefined &&
    (ts.isCallExpression(user) || ts.isNewExpression(user)) &&
    user.expression === expression &&
    !(user.arguments ?? []).some((argument) => ts.isSpreadElement(argument))
  );
}

function takesExtraArguments(node: FunctionLike, context: TransformContext): boolean {
  if (node.getParameters().some((parameter) => parameter.isRestParameter())) {
    return false;
  }
  if (Node.isArrowFunction(node) || Node.isFunctionExpression(node)) {
    return true;
  }
  if (Node.isMethodDeclaration(node)) {
    // A private method is called through another type only where its class reads it as a value
    // (`this.format.bind(this)`, `this.#handle` passed on): review 24B F15.
    return (!node.hasModifier(SyntaxKind.PrivateKeyword) && !Node.isPrivateIdentifier(node.getNameNode())) || isReadAsValue(node);
  }
  if (Node.isFunctionDeclaration(node)) {
    return declarationsUsedAsValues(context.sourceFile.getProject()).has(node.compilerNode);
  }
  if (Node.isConstructorDeclaration(node)) {
    return isClassUsedAsValue(node.getParent(), context);
  }
  return false;
}

/** A class of the program that some expression uses other than by constructing it or reading its statics (see addWithAncestors). */
export function isClassUsedAsValue(declaration: Node, context: TransformContext): boolean {
  return Node.isClassDeclaration(declaration) && declarationsUsedAsValues(context.sourceFile.getProject()).has(declaration.compilerNode);
}

/** A method its class reads other than by calling it (`this.method.bind(this)`, `this.method` passed on). */
function isReadAsValue(method: MethodDeclaration): boolean {
  const owner = method.getParent();
  const name = method.getName();
  return owner.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression).some((access) => {
    if (access.getName() !== name || !(access.getNameNode().getSymbol()?.getDeclarations() ?? []).includes(method)) {
      return false; // another object's member of that name (`methods.list` beside a private `list()`)
    }
    const parent = access.getParent();
    return !(Node.isCallExpression(parent) && parent.getExpression() === access);
  });
}

/** The parameters with `*_` after them when JavaScript could call the function with more arguments than it declares. */
export function withExtraArguments(node: FunctionLike, parameters: py.Parameter[], context: TransformContext): py.Parameter[] {
  if (!takesExtraArguments(node, context)) {
    return parameters;
  }
  // A constructor's `__init__` also holds its class's field initializers (`seen = _` of an outer `_`).
  return [...parameters, extraArgumentsParameter(Node.isConstructorDeclaration(node) ? node.getParent() : node, parameters, context)];
}

/**
 * `*_`, unless the parameters or the code in `scope` use `_` (an outer `const _ = 10` read there);
 * then a temporary's name, which no Python name of the program takes (`_Extra` is `_extra` in Python).
 */
export function extraArgumentsParameter(scope: Node, parameters: py.Parameter[], context: TransformContext): py.Parameter {
  const underscoreTaken =
    parameters.some((parameter) => parameter.name === "_") ||
    scope.getDescendantsOfKind(SyntaxKind.Identifier).some((identifier) => identifier.getText() === "_");
  return { name: underscoreTaken ? context.temporaryName("extra") : "_", rest: true };
}
