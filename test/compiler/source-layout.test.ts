/**
 * The compiler's own layering (docs/architecture.md, "The compiler"): visitors reach each other
 * only through the context's dispatch, so no module of transpiler/src imports itself back through
 * a chain of imports, and each visitor gets its node already typed for its kind by the table.
 */
import * as path from "node:path";
import { Node, Project, SourceFile } from "ts-morph";
import { repoPath } from "../support/paths";

const sourceDirectory = repoPath("transpiler", "src");
const project = new Project({ skipAddingFilesFromTsConfig: true, compilerOptions: { allowJs: false } });
project.addSourceFilesAtPaths(path.join(sourceDirectory, "**", "*.ts"));

function relative(file: SourceFile): string {
  return path.relative(sourceDirectory, file.getFilePath());
}

/** The modules a file imports values from (type-only imports vanish in the JavaScript and cannot make a cycle at load time). */
function valueImports(file: SourceFile): SourceFile[] {
  return file
    .getImportDeclarations()
    .filter((declaration) => !declaration.isTypeOnly())
    .map((declaration) => declaration.getModuleSpecifierSourceFile())
    .filter((imported): imported is SourceFile => imported !== undefined && imported.getFilePath().startsWith(sourceDirectory + path.sep));
}

/** Every import cycle, as the chain of files from a file back to itself. */
function importCycles(files: SourceFile[]): string[][] {
  const cycles: string[][] = [];
  const done = new Set<SourceFile>();
  const visit = (file: SourceFile, chain: SourceFile[]): void => {
    const index = chain.indexOf(file);
    if (index >= 0) {
      cycles.push([...chain.slice(index), file].map(relative));
      return;
    }
    if (done.has(file)) {
      return;
    }
    for (const imported of valueImports(file)) {
      visit(imported, [...chain, file]);
    }
    done.add(file);
  };
  for (const file of files) {
    visit(file, []);
  }
  return cycles;
}

test("the compiler's modules were found", () => {
  const files = project.getSourceFiles().map(relative);
  expect(files).toEqual(expect.arrayContaining(["context.ts", "visitors/table.ts", "visitors/statements.ts", "builtins/globals.ts", "utils/body.ts"]));
});

test("no module of the compiler imports itself back through other modules", () => {
  expect(importCycles(project.getSourceFiles())).toEqual([]);
});

test("no transform narrows its node with asKindOrThrow: the visitor table types each visitor's node", () => {
  const narrowings = project.getSourceFiles().flatMap((file) =>
    file
      .getDescendants()
      .filter((node) => Node.isIdentifier(node) && node.getText() === "asKindOrThrow")
      .map((node) => `${relative(file)}:${node.getStartLineNumber()}`),
  );
  expect(narrowings).toEqual([]);
});
