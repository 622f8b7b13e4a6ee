/** pyright on the add-on's Python as the project checks it: basic mode, Python 3.8, Kodi's stubs from transpiler/stubs. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { repoPath } from "./paths";

export interface PyrightReport {
  /** "file:line: message" of every error. */
  errors: string[];
  filesAnalyzed: number;
}

/** Checks the files and folders in `include`, importing from `extraPaths`. */
export function runPyright(options: { include: string[]; extraPaths: string[] }): PyrightReport {
  const directory = mkdtempSync(path.join(tmpdir(), "cloudsync-pyright-"));
  const config = path.join(directory, "pyrightconfig.json");
  // pyright only takes paths relative to its config file.
  const relative = (target: string): string => path.relative(directory, target);
  writeFileSync(
    config,
    JSON.stringify({
      typeCheckingMode: "basic",
      pythonVersion: "3.8",
      stubPath: relative(repoPath("transpiler", "stubs")),
      extraPaths: options.extraPaths.map(relative),
      include: options.include.map(relative),
    }),
  );
  const result = spawnSync(repoPath("node_modules", ".bin", "pyright"), ["-p", config, "--outputjson"], { encoding: "utf8" });
  const report = JSON.parse(result.stdout) as {
    generalDiagnostics: { file: string; severity: string; message: string; range: { start: { line: number } } }[];
    summary: { filesAnalyzed: number };
  };
  return {
    errors: report.generalDiagnostics
      .filter((diagnostic) => diagnostic.severity === "error")
      .map((diagnostic) => `${diagnostic.file}:${diagnostic.range.start.line + 1}: ${diagnostic.message}`),
    filesAnalyzed: report.summary.filesAnalyzed,
  };
}
