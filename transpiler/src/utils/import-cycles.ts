/**
 * Modules of the program that import each other when they load. JavaScript binds imported names
 * live, so a cycle whose names are used only inside functions works in Node; Python's
 * `from .registry import describe` reads the name while `registry` is still loading (it is running
 * its own imports), and raises ImportError. Found over the compiled modules' load-time imports (an
 * import used only in annotations goes under `if TYPE_CHECKING:` and is no edge).
 */
import * as path from "node:path";
import { ImportDeclaration, SourceFile } from "ts-morph";
import { type Diagnostic, importCycle } from "../diagnostics";

export interface LoadTimeImport {
  declaration: ImportDeclaration;
  target: SourceFile;
}

/** One diagnostic per group of modules that import each other, at an import of its first module (by path). */
export function reportImportCycles(imports: Map<SourceFile, LoadTimeImport[]>, packageRoot: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<SourceFile>();
  const files = [...imports.keys()].sort((a, b) => a.getFilePath().localeCompare(b.getFilePath()));
  for (const start of files) {
    if (reported.has(start)) {
      continue;
    }
    for (const edge of imports.get(start) ?? []) {
      const back = pathBetween(edge.target, start, imports);
      if (back === undefined) {
        continue;
      }
      const cycle = [start, ...back];
      cycle.forEach((file) => reported.add(file));
      diagnostics.push(
        importCycle(
          edge.declaration,
          cycle.map((file) => path.relative(packageRoot, file.getFilePath()).split(path.sep).join("/")),
        ),
      );
      break;
    }
  }
  return diagnostics;
}

/** The modules from `from` to `to` along load-time imports (both included), breadth first: the shortest. */
function pathBetween(from: SourceFile, to: SourceFile, imports: Map<SourceFile, LoadTimeImport[]>): SourceFile[] | undefined {
  const cameFrom = new Map<SourceFile, SourceFile | undefined>([[from, undefined]]);
  const queue = [from];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (file === to) {
      const found: SourceFile[] = [];
      for (let step: SourceFile | undefined = file; step !== undefined; step = cameFrom.get(step)) {
        found.unshift(step);
      }
      return found;
    }
    for (const edge of imports.get(file) ?? []) {
      if (!cameFrom.has(edge.target)) {
        cameFrom.set(edge.target, file);
        queue.push(edge.target);
      }
    }
  }
  return undefined;
}
