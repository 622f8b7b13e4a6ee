/**
 * Compiles TypeScript files to a Python package: every file through the visitor table and the
 * printer, plus the JS-semantics runtime and the package's `__init__.py` files.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { Node, Project, SourceFile } from "ts-morph";
import { ModuleLocation, TransformContext } from "./context";
import { Diagnostic, moduleNameCollision } from "./diagnostics";
import { reportDeeplyNestedBlocks } from "./utils/block-depth";
import { reportDeeplyNestedBrackets } from "./utils/bracket-depth";
import { type LoadTimeImport, reportImportCycles } from "./utils/import-cycles";
import type * as py from "./python/ast";
import { moduleName } from "./utils/naming";
import { GLOBALS_DECLARATION } from "./globals-declaration";
import { printModule } from "./python/printer";
import { SOURCE_MAP_FILE, sourceMapText } from "./source-map";
import { fromTypeScript } from "./typescript-diagnostics";
import { transformSourceFile } from "./visitors/modules";
import { visitorTables } from "./visitors/table";

export const RUNTIME_MODULE = "js_runtime";
export const RUNTIME_SOURCE = path.resolve(__dirname, "..", "runtime", `${RUNTIME_MODULE}.py`);
/** V8's fdlibm in Python (Math.sin, exp, pow …), which the runtime imports as its sibling. */
export const FDLIBM_SOURCE = path.resolve(__dirname, "..", "runtime", "js_fdlibm.py");
export { GLOBALS_DECLARATION } from "./globals-declaration";

/** Projects without @types or the DOM library get the runtime's `console`. */
function addRuntimeGlobals(project: Project): void {
  const options = project.getCompilerOptions();
  const hasConsole = options.types === undefined || options.types.length > 0 || (options.lib ?? []).some((lib) => /dom/i.test(lib));
  if (!hasConsole && project.getSourceFile(GLOBALS_DECLARATION) === undefined) {
    project.addSourceFileAtPath(GLOBALS_DECLARATION);
  }
}

export interface CompiledModule {
  /** The TypeScript file. */
  sourceFile: string;
  /** The Python file written. */
  outputFile: string;
  /** Python line (index 0 = line 1) → TypeScript line (0 = none). */
  lineMap: number[];
}

export interface CompileResult {
  diagnostics: Diagnostic[];
  writtenFiles: string[];
  modules: CompiledModule[];
}

function commonDirectory(files: string[]): string {
  let common = path.dirname(files[0]);
  for (const file of files) {
    while (!(path.dirname(file) + path.sep).startsWith(common + path.sep) && common !== path.dirname(common)) {
      common = path.dirname(common);
    }
  }
  return common;
}

function compileSourceFiles(project: Project, sourceFiles: SourceFile[], outDir: string, packageRoot: string): CompileResult {
  const diagnostics: Diagnostic[] = [];
  // Type errors first: the compiler's decisions rest on the types being right.
  diagnostics.push(...project.getPreEmitDiagnostics().map(fromTypeScript));
  const modules: CompiledModule[] = [];
  const outputs: { file: string; text: string }[] = [];
  const packageDirectories = new Set<string>([outDir]);
  const loadTimeImports = new Map<SourceFile, LoadTimeImport[]>();
  for (const sourceFile of sourceFiles) {
    const relative = path.relative(packageRoot, sourceFile.getFilePath());
    const directoryParts = path
      .dirname(relative)
      .split(path.sep)
      .filter((part) => part !== "." && part !== "")
      .map(moduleName);
    const location: ModuleLocation = { directoryParts, runtimeModule: RUNTIME_MODULE };
    const context = new TransformContext(sourceFile, project.getTypeChecker(), project.getProgram(), location, visitorTables);
    const module = transformSourceFile(sourceFile, context, packageRoot);
    loadTimeImports.set(sourceFile, ownLoadTimeImports(module));
    reportDeeplyNestedBlocks(module.body, context);
    diagnostics.push(...context.diagnostics);
    const printed = printModule(module);
    diagnostics.push(...reportDeeplyNestedBrackets(printed.text, printed.lineMap, sourceFile));
    const outputFile = path.join(outDir, ...directoryParts, moduleName(path.basename(relative).replace(/\.ts$/, "")) + ".py");
    for (let directory = path.dirname(outputFile); directory.startsWith(outDir) && directory !== outDir; directory = path.dirname(directory)) {
      packageDirectories.add(directory);
    }
    const same = modules.find((other) => other.outputFile.toLowerCase() === outputFile.toLowerCase());
    if (same !== undefined) {
      diagnostics.push(moduleNameCollision(sourceFile, path.relative(packageRoot, same.sourceFile), path.relative(outDir, outputFile)));
    }
    outputs.push({ file: outputFile, text: printed.text });
    modules.push({ sourceFile: sourceFile.getFilePath(), outputFile, lineMap: printed.lineMap });
  }
  diagnostics.push(...reportImportCycles(loadTimeImports, packageRoot));
  const writtenFiles: string[] = [];
  if (diagnostics.some((diagnostic) => diagnostic.category === "error")) {
    return { diagnostics, writtenFiles, modules };
  }
  for (const output of outputs) {
    mkdirSync(path.dirname(output.file), { recursive: true });
    writeFileSync(output.file, output.text);
    writtenFiles.push(output.file);
  }
  for (const directory of packageDirectories) {
    mkdirSync(directory, { recursive: true });
    const initFile = path.join(directory, "__init__.py");
    if (!writtenFiles.includes(initFile)) {
      writeFileSync(initFile, "");
      writtenFiles.push(initFile);
    }
  }
  const runtimeTarget = path.join(outDir, `${RUNTIME_MODULE}.py`);
  copyFileSync(RUNTIME_SOURCE, runtimeTarget);
  writtenFiles.push(runtimeTarget);
  const fdlibmTarget = path.join(outDir, path.basename(FDLIBM_SOURCE));
  copyFileSync(FDLIBM_SOURCE, fdlibmTarget);
  writtenFiles.push(fdlibmTarget);
  const sourceMapTarget = path.join(outDir, SOURCE_MAP_FILE);
  writeFileSync(sourceMapTarget, sourceMapText(modules, outDir, packageRoot));
  writtenFiles.push(sourceMapTarget);
  return { diagnostics, writtenFiles, modules };
}

/** The program's own modules a compiled module imports when it loads (not those under `if TYPE_CHECKING:`). */
function ownLoadTimeImports(module: py.Module): LoadTimeImport[] {
  return module.imports.flatMap((statement) => {
    const declaration = statement.origin;
    // `import "./setup"` is `importlib.import_module(".setup", __package__)`: it loads the module too.
    const ownModule = statement.kind === "ImportFrom" ? statement.module.startsWith(".") : statement.kind === "ExpressionStatement";
    if (!ownModule || declaration === undefined || !Node.isImportDeclaration(declaration) || !declaration.getModuleSpecifierValue().startsWith(".")) {
      return [];
    }
    const target = declaration.getModuleSpecifierSourceFile();
    return target === undefined ? [] : [{ declaration, target }];
  });
}

function isCompiled(sourceFile: SourceFile): boolean {
  return !sourceFile.isDeclarationFile() && !sourceFile.isInNodeModules();
}

/** Compiles every TypeScript file of a tsconfig project into `outDir` (a Python package). Writes nothing when there are errors. */
export function compileProject(options: { tsConfigFilePath: string; outDir: string }): CompileResult {
  const project = new Project({ tsConfigFilePath: options.tsConfigFilePath });
  addRuntimeGlobals(project);
  const sourceFiles = project.getSourceFiles().filter(isCompiled);
  const packageRoot = path.dirname(path.resolve(options.tsConfigFilePath));
  return compileSourceFiles(project, sourceFiles, path.resolve(options.outDir), packageRoot);
}

/** Compiles standalone files (and what they import) into `outDir`, laid out relative to their common directory. */
export function compileFiles(options: { files: string[]; outDir: string }): CompileResult {
  const project = new Project({
    compilerOptions: {
      strict: true,
      noUncheckedIndexedAccess: true,
      target: 9 /* ES2022 */,
      lib: ["lib.es2022.d.ts", "lib.es2023.array.d.ts"],
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
  });
  const files = options.files.map((file) => path.resolve(file));
  for (const file of files) {
    project.addSourceFileAtPath(file);
  }
  addRuntimeGlobals(project);
  project.resolveSourceFileDependencies();
  const sourceFiles = project.getSourceFiles().filter(isCompiled);
  const packageRoot = commonDirectory(sourceFiles.map((sourceFile) => sourceFile.getFilePath()));
  return compileSourceFiles(project, sourceFiles, path.resolve(options.outDir), packageRoot);
}
