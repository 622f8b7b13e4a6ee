/**
 * What a transform needs besides its node: the checker, the diagnostics of the run, names the
 * module must import, temp names, and the dispatch into the visitor tables.
 */
import { KindToNodeMappings, Node, Program, SourceFile, Symbol as MorphSymbol, SyntaxKind, TypeChecker, ts } from "ts-morph";
import type * as py from "./python/ast";
import type { Diagnostic } from "./diagnostics";
import { unsupportedConstructAt } from "./utils/construct-names";

/** A table from syntax kind to its visitor, each visitor typed for its kind's node (`IfStatement` for `SyntaxKind.IfStatement`). */
export type Visitors<Result> = { [Kind in SyntaxKind]?: (node: KindToNodeMappings[Kind], context: TransformContext) => Result };

export interface VisitorTables {
  expressions: Visitors<py.Expression>;
  statements: Visitors<py.Statement[]>;
  /** An expression whose value is unused, as statements: assignments, increments and calls. */
  effects: (node: Node, context: TransformContext) => py.Statement[];
}

/** The visitor for a node's kind. The table's type ties each kind to its node type; indexing by a kind only known at run time loses that tie, restored here once. */
function visitorFor<Result>(table: Visitors<Result>, node: Node): ((node: Node, context: TransformContext) => Result) | undefined {
  return table[node.getKind()] as ((node: Node, context: TransformContext) => Result) | undefined;
}

/** Where the module being compiled sits in the output package: its directory parts below the package root. */
export interface ModuleLocation {
  directoryParts: string[];
  /** Python module name of the JS-semantics runtime, relative to the package root. */
  runtimeModule: string;
}

export class TransformContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Runtime helpers this module calls. */
  readonly runtimeHelpers = new Set<string>();
  /** Names this module needs from `typing`. */
  readonly typingNames = new Set<string>();
  /** Standard library modules this module needs (`math`, `random`). */
  readonly standardModules = new Set<string>();
  /** Python names used as values (not only in annotations): decides which imports stay. */
  readonly valueNames = new Set<string>();
  /** Python names used in annotations. */
  readonly annotationNames = new Set<string>();
  /** Statements the current expression needs run before it (a lifted function, a temp). */
  private readonly precedingStatements: py.Statement[][] = [];
  /** Variables of enclosing functions assigned in the current function: `nonlocal`. */
  readonly functionScopes: {
    /** Names declared so far; `declaredAnywhere`: every name the function declares, also further on. */
    declared: Set<string>;
    nonlocals: Set<string>;
    declaredAnywhere: Set<string>;
  }[] = [];
  /** The name of the `except` variable of each enclosing catch clause. */
  readonly catchNames: string[] = [];
  private nextTemp = 0;
  /** The diagnostics reported so far, by code, span and message. */
  private readonly reported = new Set<string>();
  /** Expressions already evaluated into a temporary, by the TypeScript node they came from (see `withEvaluated`). */
  private readonly evaluated = new Map<ts.Node, string>();

  constructor(
    readonly sourceFile: SourceFile,
    readonly checker: TypeChecker,
    readonly program: Program,
    readonly location: ModuleLocation,
    private readonly tables: VisitorTables,
  ) {}

  report(diagnostic: Diagnostic): void {
    // A node some transforms look at twice (a receiver compiled for the test and for the read) is
    // reported once: the same code, span and message say nothing new.
    const key = `${diagnostic.code}:${diagnostic.line}:${diagnostic.column}:${diagnostic.endLine}:${diagnostic.endColumn}:${diagnostic.message}`;
    if (!this.reported.has(key)) {
      this.reported.add(key);
      this.diagnostics.push(diagnostic);
    }
  }

  /** An error was reported inside `node` already (its receiver's refusal, say): a refusal of what follows from it would repeat it. */
  hasErrorWithin(node: Node): boolean {
    const start = node.getSourceFile().getLineAndColumnAtPos(node.getStart());
    const end = node.getSourceFile().getLineAndColumnAtPos(node.getEnd());
    const file = node.getSourceFile().getFilePath();
    const after = (line: number, column: number, otherLine: number, otherColumn: number): boolean =>
      line > otherLine || (line === otherLine && column >= otherColumn);
    return this.diagnostics.some(
      (diagnostic) =>
        diagnostic.category === "error" &&
        diagnostic.file === file &&
        after(diagnostic.line, diagnostic.column, start.line, start.column) &&
        after(end.line, end.column, diagnostic.endLine, diagnostic.endColumn),
    );
  }

  transformExpression(node: Node): py.Expression {
    const temporary = this.evaluated.get(node.compilerNode);
    if (temporary !== undefined) {
      return { kind: "Name", id: temporary, origin: node };
    }
    const visitor = visitorFor(this.tables.expressions, node);
    if (visitor === undefined) {
      this.report(unsupportedConstructAt(node, "expression"));
      return { kind: "Name", id: "None", origin: node };
    }
    return visitor(node, this);
  }

  transformStatement(node: Node): py.Statement[] {
    const visitor = visitorFor(this.tables.statements, node);
    if (visitor === undefined) {
      this.report(unsupportedConstructAt(node, "statement"));
      return [];
    }
    this.precedingStatements.push([]);
    let result: py.Statement[];
    try {
      result = visitor(node, this);
    } finally {
      const preceding = this.precedingStatements.pop() ?? [];
      result ??= [];
      result = [...preceding, ...result];
    }
    return result;
  }

  /** An expression run for its effects alone (a statement's, or a callback's whose value nothing reads), with what it needs run before it. */
  transformExpressionForEffects(node: Node): py.Statement[] {
    const { result, preceding } = this.collectPrecedingStatements(() => this.tables.effects(node, this));
    return [...preceding, ...result];
  }

  transformStatements(nodes: Node[]): py.Statement[] {
    return nodes.flatMap((node) => this.transformStatement(node));
  }

  /** Adds statements to run before the statement being transformed (TypeScriptToLua's preceding statements). */
  addPrecedingStatements(statements: py.Statement[]): void {
    const current = this.precedingStatements[this.precedingStatements.length - 1];
    if (current === undefined) {
      throw new Error("preceding statements outside a statement");
    }
    current.push(...statements);
  }

  /**
   * Runs `build` with its own list of preceding statements and returns them instead of placing them
   * before the enclosing statement: an arrow's expression body needs them inside the arrow, where its
   * parameters are in scope.
   */
  collectPrecedingStatements<T>(build: () => T): { result: T; preceding: py.Statement[] } {
    const preceding: py.Statement[] = [];
    this.precedingStatements.push(preceding);
    try {
      return { result: build(), preceding };
    } finally {
      this.precedingStatements.pop();
    }
  }

  /** True while a statement is being transformed: statements can be added before it. */
  get insideStatement(): boolean {
    return this.precedingStatements.length > 0;
  }

  /**
   * Runs `build` with each node compiled to the name of the temporary that already holds its value
   * (an assignment target's receiver and key, evaluated once before the target is read and written).
   */
  withEvaluated<T>(temporaries: [Node, string][], build: () => T): T {
    for (const [node, temporary] of temporaries) {
      this.evaluated.set(node.compilerNode, temporary);
    }
    try {
      return build();
    } finally {
      for (const [node] of temporaries) {
        this.evaluated.delete(node.compilerNode);
      }
    }
  }

  /** Names the module's own identifiers take, which a temporary must not (see `reserveNames`). */
  private reservedNames = new Set<string>();

  /** The Python names of the program's identifiers: `temporaryName` skips them. */
  reserveNames(names: Set<string>): void {
    this.reservedNames = names;
  }

  temporaryName(hint: string): string {
    let candidate: string;
    do {
      this.nextTemp += 1;
      candidate = `${hint}_${this.nextTemp}`;
    } while (this.reservedNames.has(candidate));
    return candidate;
  }

  useRuntime(helper: string): py.NameExpression {
    this.runtimeHelpers.add(helper);
    return { kind: "Name", id: helper };
  }

  useTyping(name: string): py.NameExpression {
    this.typingNames.add(name);
    return { kind: "Name", id: name };
  }

  useModule(module: string): py.NameExpression {
    this.standardModules.add(module);
    return { kind: "Name", id: module };
  }

  /** Resolves an import alias to the symbol it names. */
  resolveSymbol(node: Node): MorphSymbol | undefined {
    const symbol = this.checker.getSymbolAtLocation(node) ?? node.getSymbol();
    if (symbol === undefined) {
      return undefined;
    }
    return symbol.isAlias() ? (symbol.getAliasedSymbol() ?? symbol) : symbol;
  }

  /** True for declarations in TypeScript's own lib files (Math, JSON, Array, …). */
  isStandardLibrary(declaration: Node): boolean {
    // A node the checker made, in no file (the call signature it gives a decorator), is no program code.
    const file = declaration.compilerNode.getSourceFile() as ts.SourceFile | undefined;
    return file === undefined || this.program.compilerObject.isSourceFileDefaultLibrary(file) || /\/typescript\/lib\/lib\.[^/]*\.d\.ts$/.test(file.fileName);
  }

  /** True for declarations of Kodi's or our shims' Python APIs (`declare module "…"` in src/host/). */
  isHostDeclaration(declaration: Node): boolean {
    // Up the compiler's parents: getAncestors() wraps each one, and this is asked for every name.
    for (let ancestor = declaration.compilerNode.parent as ts.Node | undefined; ancestor !== undefined; ancestor = ancestor.parent) {
      if (ts.isModuleDeclaration(ancestor) && ts.isStringLiteral(ancestor.name)) {
        return true;
      }
    }
    return false;
  }
}
