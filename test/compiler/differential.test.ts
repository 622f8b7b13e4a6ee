/**
 * Whatever compiles behaves in Python as in Node: each case's run() is executed by Node and by
 * the compiled Python on 3.8 and 3.11, and the JSON of their results must be identical.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { compileFiles, formatDiagnostic } from "../../transpiler/src/index";
import { pythonVersions, runPython } from "../support/python";

const casesDirectory = path.join(__dirname, "cases");
const caseNames = readdirSync(casesDirectory)
  .filter((name) => name.endsWith(".ts"))
  .map((name) => name.replace(/\.ts$/, ""));
let outputRoot: string;

beforeAll(() => {
  outputRoot = mkdtempSync(path.join(tmpdir(), "cloudsync-differential-"));
  const result = compileFiles({ files: caseNames.map((name) => path.join(casesDirectory, `${name}.ts`)), outDir: path.join(outputRoot, "cases") });
  expect(result.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic))).toEqual([]);
}, 60_000);

const nodeResults = new Map<string, string>();

/** Node runs each case once, like each Python process does (cases may keep state in statics). */
function nodeResult(name: string): string {
  let result = nodeResults.get(name);
  if (result === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(path.join(casesDirectory, name)) as { run: () => unknown };
    result = JSON.stringify(module.run());
    nodeResults.set(name, result);
  }
  return result;
}

describe.each(caseNames)("case %s", (name) => {
  test.each(pythonVersions())("Python $label gives what Node gives", ({ executable }) => {
    const script = `from cases.${name} import run\nfrom cases.js_runtime import js_json_stringify\nprint(js_json_stringify(run()))`;
    const python = runPython(executable, ["-c", script], { cwd: outputRoot }).trimEnd();
    const node = nodeResult(name);
    expect(JSON.parse(python)).toEqual(JSON.parse(node));
    expect(python).toBe(node); // and the JSON text itself, byte for byte
  });
});

test("the compiled cases pass pyright (basic) with zero errors", () => {
  writeFileSync(path.join(outputRoot, "pyrightconfig.json"), JSON.stringify({ typeCheckingMode: "basic", pythonVersion: "3.8", include: ["cases"] }));
  const result = spawnSync(path.join(__dirname, "..", "..", "node_modules", ".bin", "pyright"), ["-p", path.join(outputRoot, "pyrightconfig.json"), "--outputjson"], { encoding: "utf8" });
  const report = JSON.parse(result.stdout) as { generalDiagnostics: { file: string; severity: string; message: string; range: { start: { line: number } } }[]; summary: { filesAnalyzed: number } };
  const errors = report.generalDiagnostics.filter((diagnostic) => diagnostic.severity === "error").map((diagnostic) => `${path.basename(diagnostic.file)}:${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
  expect(errors).toEqual([]);
  expect(report.summary.filesAnalyzed).toBeGreaterThanOrEqual(caseNames.length);
}, 120_000);
