/** Step 1: src/ (TypeScript) → a Python package, in a scratch directory so a failed compile leaves no half add-on. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { compileProject, formatDiagnostic } from "../../transpiler/src/index";
import { REPO_ROOT, SOURCE_TSCONFIG } from "../paths";

export function compileSources(): string {
  const scratch = mkdtempSync(path.join(tmpdir(), "cloudsync-compile-"));
  const outDir = path.join(scratch, "cloudsync");
  try {
    const result = compileProject({ tsConfigFilePath: SOURCE_TSCONFIG, outDir });
    for (const diagnostic of result.diagnostics) {
      process.stderr.write(formatDiagnostic(diagnostic, REPO_ROOT) + "\n");
    }
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.category === "error");
    if (errors.length > 0) {
      throw new Error(`the TypeScript→Python compiler reported ${errors.length} error(s) (listed above)`);
    }
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
  return outDir;
}
