/**
 * A TypeScript module → a Python module: its docstring, imports (package-relative for our
 * own files, plain for host modules, only what is used) and body.
 */
import { reportInstancesPrintedUnseen } from "../utils/json-printed-values";
import { nodesOfFileOfKind } from "../utils/file-nodes";
import { reportConversionMethodWrites } from "../utils/conversion-method-writes";
import { reportUntypedArithmetic } from "../utils/untyped-arithmetic";
import { reportVoidResultsUsed } from "../utils/void-results";
import { reportTextIndexes } from "../utils/array-index-keys";
import { namesTheProgramUses } from "../utils/program-names";
import { ClassDeclaration, ImportDeclaration, Node, SourceFile, SyntaxKind, VariableDeclarationKind } from "ts-morph";
import * as path from "node:path";
import type { TransformContext } from "../context";
import { importOfReassignedVariable, unsupportedConstruct, unsupportedSyntax } from "../diagnostics";
import type * as py from "../python/ast";
import { attribute, call, expressionStatement, name, text } from "../python/build";
import { moduleName } from "../utils/naming";
import { nameForIdentifier } from "../utils/names";
import { transformBody } from "../utils/body";
import { withFunctionsDefinedFirst } from "../utils/hoisted-functions";
import { reportNameCollisions } from "../utils/name-collisions";
import { reportMemberCollisions } from "../utils/member-collisions";
import { reportUnboundMethodReads } from "../utils/unbound-methods";
import { reportObjectsAsData } from "../utils/objects-as-data";
import { reportRegExpGroupsCopies } from "../utils/regexp-groups";
import { reportStaticPrivatesThroughValues } from "../utils/static-private-receivers";
import { namesRead } from "../utils/temporaries";
import { writesIn } from "../utils/assignments";
import { enclosingFunction } from "../utils/python-scopes";
import { transformExportList } from "../utils/export-lists";

/** The file's opening comment, when it describes the file rather than the first declaration. */
function moduleDocstring(sourceFile: SourceFile): string | undefined {
  const first = sourceFile.getStatements()[0];
  if (first === undefined) {
    return undefined;
  }
  const ranges = first.getLeadingCommentRanges();
  if (ranges.length === 0) {
    return undefined;
  }
  const range = ranges[0];
  const followedByBlankLine = /\n\s*\n/.test(sourceFile.getFullText().slice(range.getEnd(), ranges[1]?.getPos() ?? first.getStart()));
  if (!followedByBlankLine && !Node.isImportDeclaration(first)) {
    return undefined;
  }
  const text = range.getText();
  const lines = text.startsWith("//")
    ? ranges
        .filter((candidate) => candidate.getText().startsWith("//"))
        .slice(0, 1)
        .map((candidate) =>
          candidate
            .getText()
            .replace(/^\/\/ ?/, "")
            .trim(),
        )
    : text
        .replace(/^\/\*\*?/, "")
        .replace(/\*\/$/, "")
        .split("\n")
        .map((line, index) => (index === 0 ? line.trim() : line.replace(/^\s*\* ?/, "").trimEnd()));
  while (lines.length > 0 && lines[0].trim() === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  return lines.length === 0 ? undefined : lines.join("\n");
}

interface PendingImport {
  module: string;
  names: py.ImportName[];
  origin: Node;
  /** Classes named only in annotations, by a spelling that imports no value: never imported at run time. */
  typeOnly?: boolean;
  /** `import "./setup"`: the module is run for its effects, and binds no name. */
  forEffects?: boolean;
}

/** `./core/topics` seen from `kodi/json-rpc.ts` → `..core.topics`. */
function relativeModule(fromFile: string, targetFile: string, packageRoot: string): string {
  const fromParts = path
    .relative(packageRoot, path.dirname(fromFile))
    .split(path.sep)
    .filter((part) => part !== "");
  const targetRelative = path.relative(packageRoot, targetFile).replace(/\.(d\.)?ts$/, "");
  const targetParts = targetRelative.split(path.sep).map(moduleName);
  let common = 0;
  while (common < fromParts.length && common < targetParts.length - 1 && moduleName(fromParts[common]) === targetParts[common]) {
    common++;
  }
  const dots = ".".repeat(fromParts.length - common + 1);
  return dots + targetParts.slice(common).join(".");
}

const defaultImportAdvice = "a default import (export the declaration by its name, `export function greet`, and import `{ greet }`)";

function transformImport(declaration: ImportDeclaration, context: TransformContext, packageRoot: string): PendingImport[] {
  // An `import type` of a class is kept for the annotations that name it (`engine?: Engine`): only
  // names used as values are imported at run time, the others under `if TYPE_CHECKING:`.
  const specifier = declaration.getModuleSpecifierValue();
  const targetFile = declaration.getModuleSpecifierSourceFile();
  const isRelative = specifier.startsWith(".");
  let module: string;
  if (isRelative) {
    if (targetFile === undefined) {
      context.report(unsupportedSyntax(declaration, `an import of "${specifier}", which does not resolve to a file`));
      return [];
    }
    module = relativeModule(context.sourceFile.getFilePath(), targetFile.getFilePath(), packageRoot);
  } else {
    // A host module (`declare module "xbmc"`, `"cloudsync_host/mqtt"`): a plain Python import.
    module = specifier.replaceAll("/", ".");
  }
  if (declaration.getImportClause() === undefined) {
    // `import "./setup"` runs the module, as Node does, in its place among the imports. Python has no
    // import statement that binds no name: importlib's, which returns the module.
    context.useModule("importlib");
    return [{ module, names: [], origin: declaration, forEffects: true }];
  }
  const names: py.ImportName[] = [];
  // Classes a type-only import names by another spelling (a default or namespace import, a
  // re-export), imported under `if TYPE_CHECKING:` from the module that declares them (review S45U, K6).
  const classes = new TypeOnlyClasses(context, packageRoot, declaration);
  // `import type Shape from`, `import type * as T from`: types only, at run time nothing (review S45T, H3).
  const typeOnly = declaration.isTypeOnly();
  const defaultImport = declaration.getDefaultImport();
  if (defaultImport !== undefined && !typeOnly) {
    context.report(unsupportedSyntax(declaration, defaultImportAdvice));
  } else if (defaultImport !== undefined) {
    classes.add(defaultImport, nameForIdentifier(defaultImport, context));
  }
  const namespace = declaration.getNamespaceImport();
  if (namespace !== undefined && typeOnly) {
    // `L.Shape` in an annotation is printed `L.Shape`: the module, as L, for type checkers (`from . import
    // lib as L`); a class L re-exports from another module is imported from that one by its name there.
    for (const qualified of nodesOfFileOfKind(context.sourceFile, SyntaxKind.QualifiedName)) {
      if (Node.isIdentifier(qualified.getLeft()) && qualified.getLeft().getText() === namespace.getText() && classes.isReExported(qualified.getRight())) {
        classes.add(qualified.getRight(), nameForIdentifier(qualified.getRight(), context));
      }
    }
    if (!isRelative) {
      return classes.pending();
    }
    const dots = /^\.+/.exec(module)?.[0] ?? "";
    const parts = module.slice(dots.length).split(".");
    const last = parts.pop() ?? "";
    const parent = dots + parts.join(".");
    return [
      ...classes.pending(),
      { module: parent, names: [{ name: last, alias: nameForIdentifier(namespace, context) }], origin: declaration, typeOnly: true },
    ];
  }
  if (namespace !== undefined) {
    if (isRelative) {
      context.report(unsupportedSyntax(declaration, "`import * as` of our own module (import the names you use)"));
      return [];
    }
    const alias = nameForIdentifier(namespace, context);
    return [{ module: "", names: [{ name: module, alias: alias === module ? undefined : alias }], origin: declaration }];
  }
  for (const imported of declaration.getNamedImports()) {
    const localNode = imported.getAliasNode() ?? imported.getNameNode();
    if ((typeOnly || imported.isTypeOnly()) && (!Node.isIdentifier(imported.getNameNode()) || imported.getNameNode().getText() === "default")) {
      if (Node.isIdentifier(localNode)) {
        classes.add(localNode, nameForIdentifier(localNode, context)); // `import type { default as D }`
      }
      continue; // a type's other spellings, erased
    }
    if ((typeOnly || imported.isTypeOnly()) && Node.isIdentifier(localNode) && classes.isReExported(localNode)) {
      classes.add(localNode, nameForIdentifier(localNode, context));
      continue;
    }
    if (!Node.isIdentifier(imported.getNameNode())) {
      // `import { "my-helper" as helper }`: no Python name can spell what the module exports.
      context.report(unsupportedSyntax(imported, 'an import of a name that is no identifier (`"my-helper" as helper`; export it under an identifier)'));
      continue;
    }
    if (imported.getNameNode().getText() === "default") {
      // `import { default as greet }` is the default import spelled out: Python has no `default` to import.
      context.report(unsupportedSyntax(imported, defaultImportAdvice));
      continue;
    }
    const localName = nameForIdentifier(localNode, context);
    const target = context.resolveSymbol(imported.getNameNode());
    const targetDeclaration = target?.getDeclarations()[0];
    if (targetDeclaration !== undefined && (Node.isInterfaceDeclaration(targetDeclaration) || Node.isTypeAliasDeclaration(targetDeclaration))) {
      continue; // types are erased
    }
    if (targetDeclaration !== undefined && isReassignedAfterLoading(targetDeclaration, context)) {
      context.report(importOfReassignedVariable(imported, imported.getNameNode().getText()));
    }
    const exportedName = imported.getAliasNode() === undefined ? localName : nameForIdentifier(imported.getNameNode(), context);
    names.push({ name: exportedName, alias: exportedName === localName ? undefined : localName });
  }
  return [...(names.length === 0 ? [] : [{ module, names, origin: declaration }]), ...classes.pending()];
}

/** The Python names the module's top-level declarations take. */
function topLevelNames(sourceFile: SourceFile, context: TransformContext): Set<string> {
  const names = new Set<string>();
  for (const statement of sourceFile.getStatements()) {
    const declared = Node.isVariableStatement(statement)
      ? statement
          .getDeclarations()
          .flatMap((declaration) => [declaration.getNameNode(), ...declaration.getNameNode().getDescendantsOfKind(SyntaxKind.Identifier)])
      : Node.isClassDeclaration(statement) || Node.isFunctionDeclaration(statement) || Node.isEnumDeclaration(statement)
        ? [statement.getNameNode()]
        : [];
    for (const nameNode of declared) {
      if (nameNode !== undefined && Node.isIdentifier(nameNode)) {
        names.add(nameForIdentifier(nameNode, context));
      }
    }
  }
  return names;
}

/** The classes a type-only import reaches by another spelling, by the module that declares each. */
class TypeOnlyClasses {
  private readonly byModule = new Map<string, py.ImportName[]>();

  constructor(
    private readonly context: TransformContext,
    private readonly packageRoot: string,
    private readonly origin: ImportDeclaration,
  ) {}

  /** The class a name resolves to, declared in one of the program's files. */
  private classOf(name: Node): ClassDeclaration | undefined {
    const declaration = this.context.resolveSymbol(name)?.getDeclarations()[0];
    return declaration !== undefined && Node.isClassDeclaration(declaration) && !declaration.getSourceFile().isDeclarationFile() ? declaration : undefined;
  }

  /** `import type { Shape } from "./mid"` where mid re-exports lib's Shape: mid defines no Shape. */
  isReExported(name: Node): boolean {
    const declared = this.classOf(name);
    return declared !== undefined && declared.getSourceFile() !== this.origin.getModuleSpecifierSourceFile();
  }

  /** Imports the class `name` resolves to by its own name, as `alias` where given and different. */
  add(name: Node, alias: string | undefined): void {
    const declared = this.classOf(name);
    const declaredName = declared?.getNameNode();
    if (declared === undefined || declaredName === undefined) {
      return;
    }
    const module = relativeModule(this.context.sourceFile.getFilePath(), declared.getSourceFile().getFilePath(), this.packageRoot);
    const own = nameForIdentifier(declaredName, this.context);
    const names = this.byModule.get(module) ?? [];
    if (!names.some((known) => known.name === own && known.alias === (alias === own ? undefined : alias))) {
      names.push({ name: own, alias: alias === own ? undefined : alias });
    }
    this.byModule.set(module, names);
  }

  pending(): PendingImport[] {
    return [...this.byModule].map(([module, names]) => ({ module, names, origin: this.origin, typeOnly: true }));
  }
}

/**
 * A module variable that a function (or method, or callback) of its module writes: it may change
 * after the module has loaded, which an importer's copy (`from .a import counter`) would not see.
 * Writes at the module's top level run while it loads, before any importer copies the value.
 */
function isReassignedAfterLoading(declaration: Node, context: TransformContext): boolean {
  if (!Node.isVariableDeclaration(declaration) && !Node.isBindingElement(declaration)) {
    return false;
  }
  const list = declaration.getFirstAncestorByKind(SyntaxKind.VariableDeclarationList);
  if (list === undefined || list.getDeclarationKind() === VariableDeclarationKind.Const) {
    return false;
  }
  return writesIn(declaration.getSourceFile(), declaration, context).some((write) => enclosingFunction(write) !== undefined);
}

function importStatement(pending: PendingImport, names: py.ImportName[]): py.Statement {
  if (pending.module === "") {
    return { kind: "Import", module: names[0].alias === undefined ? names[0].name : `${names[0].name} as ${names[0].alias}`, origin: pending.origin };
  }
  return { kind: "ImportFrom", module: pending.module, names, origin: pending.origin };
}

export function transformSourceFile(sourceFile: SourceFile, context: TransformContext, packageRoot: string): py.Module {
  // A decorator replaces or wraps what it decorates when the class is defined; the compiled class
  // would be the undecorated one.
  for (const decorator of nodesOfFileOfKind(sourceFile, SyntaxKind.Decorator)) {
    context.report(
      unsupportedConstruct(
        decorator,
        "A decorator",
        "it would replace or wrap what it decorates when the class is defined, which the compiled class would leave as written; call the function yourself (`calc = double(calc)` in a static block, or wrap the method's body)",
      ),
    );
  }
  context.reserveNames(namesTheProgramUses(sourceFile, context));
  reportNameCollisions(sourceFile, context);
  reportMemberCollisions(sourceFile, context);
  reportUnboundMethodReads(sourceFile, context);
  reportConversionMethodWrites(sourceFile, context);
  reportUntypedArithmetic(sourceFile, context);
  reportVoidResultsUsed(sourceFile, context);
  reportTextIndexes(sourceFile, context);
  reportObjectsAsData(sourceFile, context);
  reportInstancesPrintedUnseen(sourceFile, context);
  reportRegExpGroupsCopies(sourceFile, context);
  reportStaticPrivatesThroughValues(sourceFile, context);
  const pending: PendingImport[] = [];
  const exportAliases: py.Statement[] = [];
  const statements = sourceFile.getStatements().filter((statement) => {
    if (Node.isImportDeclaration(statement)) {
      pending.push(...transformImport(statement, context, packageRoot));
      return false;
    }
    if (Node.isExportDeclaration(statement)) {
      // `export type { Shape } from`, `export { type Shape } from`: types only, erased (review S45U, K7).
      if (statement.isTypeOnly() || (statement.getNamedExports().length > 0 && statement.getNamedExports().every((specifier) => specifier.isTypeOnly()))) {
        return false;
      }
      if (statement.getModuleSpecifier() !== undefined) {
        context.report(unsupportedSyntax(statement, "re-exporting (`export … from`); import from the defining module"));
      } else if (statement.getNamespaceExport() === undefined) {
        exportAliases.push(...transformExportList(statement, context));
      }
      return false;
    }
    if (Node.isExportAssignment(statement)) {
      context.report(unsupportedSyntax(statement, "`export default` / `export =` (use named exports)"));
      return false;
    }
    if (Node.isModuleDeclaration(statement)) {
      if (!statement.hasModifier(SyntaxKind.DeclareKeyword)) {
        context.report(
          unsupportedConstruct(
            statement,
            "A namespace",
            "export its members from a module of their own, or group them in a class with static members or a `const` object",
          ),
        );
      }
      return false;
    }
    return true;
  });
  const docstring = moduleDocstring(sourceFile);
  const body = [...transformBodyStatements(statements, context, docstring !== undefined), ...exportAliases];

  const imports: py.Statement[] = [{ kind: "ImportFrom", module: "__future__", names: [{ name: "annotations" }] }];
  for (const module of [...context.standardModules].sort()) {
    imports.push({ kind: "Import", module });
  }
  const typeCheckingImports: py.Statement[] = [];
  const hostImports: py.Statement[] = [];
  const ownImports: py.Statement[] = [];
  // A type-only class's local name that the module also gives a value (its own class, an import, a
  // local class in a function) or another import: the annotation's text cannot tell them apart, and
  // an import of it would hide the value (review S46C, F1–F3). Left out.
  // The module's own top-level names: a function's local namesake is its own (review S46D, F7).
  const moduleNames = topLevelNames(sourceFile, context);
  const importedNames = new Set(
    pending.filter((entry) => entry.typeOnly !== true).flatMap((entry) => entry.names.map((imported) => imported.alias ?? imported.name)),
  );
  const local = (imported: py.ImportName): string => imported.alias ?? imported.name;
  for (const entry of pending) {
    if (entry.forEffects === true) {
      const relative = entry.module.startsWith(".");
      const run = call(attribute(name("importlib"), "import_module"), [text(entry.module), ...(relative ? [name("__package__")] : [])], entry.origin);
      (relative ? ownImports : hostImports).push(expressionStatement(run, entry.origin));
      continue;
    }
    let runtimeNames: py.ImportName[] = [];
    let typeNames: py.ImportName[];
    if (entry.typeOnly === true) {
      typeNames = entry.names.filter(
        (imported) => context.annotationNames.has(local(imported)) && !moduleNames.has(local(imported)) && !importedNames.has(local(imported)),
      );
      typeNames.forEach((imported) => importedNames.add(local(imported)));
    } else {
      runtimeNames = entry.names.filter((imported) => context.valueNames.has(local(imported)));
      typeNames = entry.names.filter((imported) => !context.valueNames.has(local(imported)) && context.annotationNames.has(local(imported)));
    }
    const target = entry.module.startsWith(".") ? ownImports : hostImports;
    if (runtimeNames.length > 0) {
      target.push(importStatement(entry, runtimeNames));
    }
    const sameModule = typeCheckingImports.find((statement) => statement.kind === "ImportFrom" && entry.module !== "" && statement.module === entry.module);
    if (sameModule !== undefined && sameModule.kind === "ImportFrom") {
      sameModule.names.push(
        ...typeNames.filter((imported) => !sameModule.names.some((known) => known.name === imported.name && known.alias === imported.alias)),
      );
    } else if (typeNames.length > 0) {
      typeCheckingImports.push(importStatement(entry, typeNames));
    }
  }
  if (typeCheckingImports.length > 0) {
    context.typingNames.add("TYPE_CHECKING");
  }
  if (context.typingNames.size > 0) {
    imports.push({ kind: "ImportFrom", module: "typing", names: [...context.typingNames].sort(sortTypingNames).map((typingName) => ({ name: typingName })) });
  }
  imports.push(...hostImports);
  // Only the helpers the module names: a compilation the transform discarded (a receiver compiled
  // again on its own) may have asked for one.
  const named = namesRead(body);
  const helpers = [...context.runtimeHelpers].filter((helper) => named.has(helper) || context.annotationNames.has(helper));
  if (helpers.length > 0) {
    const dots = ".".repeat(context.location.directoryParts.length + 1);
    imports.push({
      kind: "ImportFrom",
      module: dots + context.location.runtimeModule,
      names: helpers.sort().map((helper) => ({ name: helper })),
    });
  }
  imports.push(...ownImports);
  return { docstring, imports, typeCheckingImports, body };
}

function sortTypingNames(a: string, b: string): number {
  // TYPE_CHECKING first, like isort does for constants.
  if (a === "TYPE_CHECKING") return -1;
  if (b === "TYPE_CHECKING") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function transformBodyStatements(statements: Node[], context: TransformContext, skipFirstComment: boolean): py.Statement[] {
  const result: py.Statement[] = [];
  withFunctionsDefinedFirst(statements, false).forEach((statement) => {
    const body = transformBody(statement, context);
    // The file's opening comment became the module docstring: do not repeat it.
    if (statement.getChildIndex() === 0 && skipFirstComment && body[0]?.kind === "Comment") {
      const comment = body[0];
      const first = statement.getLeadingCommentRanges();
      if (first.length <= 1) {
        body.shift();
      } else {
        comment.lines = comment.lines.slice(countLines(first[0].getText()));
        if (comment.lines.length === 0) body.shift();
      }
    }
    result.push(...body);
  });
  return result;
}

function countLines(commentText: string): number {
  if (commentText.startsWith("//")) {
    return 1;
  }
  return commentText
    .replace(/^\/\*\*?/, "")
    .replace(/\*\/$/, "")
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, "").trim())
    .filter((line, index, all) => line !== "" || (index > 0 && index < all.length - 1)).length;
}
