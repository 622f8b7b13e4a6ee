/**
 * The line map shipped beside the compiled package, so a traceback can name the TypeScript line
 * of each Python frame (as TypeScriptToLua's sourcemap traceback does): `js_runtime.py`'s
 * `js_error_stack` reads it the first time an error's stack is asked for, never before.
 */
import * as path from "node:path";

/** The map's file name in the output package; js_runtime.py's `_SOURCE_MAP_FILE` names the same file. */
export const SOURCE_MAP_FILE = "js_source_map.json";

export interface ModuleLines {
  /** The TypeScript file, relative to the folder above the project's root (`src/service.ts`). */
  source: string;
  /**
   * Where the TypeScript line changes, as pairs of deltas from the previous pair: Python line,
   * TypeScript line. A Python line maps to the TypeScript line of the last change at or above it;
   * lines with no origin (blank lines, continuations of a long statement) keep the one above.
   */
  lines: number[];
}

/** `lineMap[i]` is the TypeScript line of Python line i + 1 (0 = none). */
export function encodeLineMap(lineMap: number[]): number[] {
  const encoded: number[] = [];
  let previousPython = 0;
  let previousTypeScript = 0;
  lineMap.forEach((typeScriptLine, index) => {
    if (typeScriptLine === 0 || typeScriptLine === previousTypeScript) {
      return;
    }
    const pythonLine = index + 1;
    encoded.push(pythonLine - previousPython, typeScriptLine - previousTypeScript);
    previousPython = pythonLine;
    previousTypeScript = typeScriptLine;
  });
  return encoded;
}

/** The map's JSON: Python module path in the package (`core/group_session.py`) → its TypeScript file and lines. */
export function sourceMapText(modules: { sourceFile: string; outputFile: string; lineMap: number[] }[], outDir: string, packageRoot: string): string {
  const entries: Record<string, ModuleLines> = {};
  for (const module of modules) {
    const key = path.relative(outDir, module.outputFile).split(path.sep).join("/");
    const source = path.relative(path.dirname(packageRoot), module.sourceFile).split(path.sep).join("/");
    entries[key] = { source, lines: encodeLineMap(module.lineMap) };
  }
  return JSON.stringify(entries);
}
