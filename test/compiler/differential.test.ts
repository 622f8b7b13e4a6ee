/**
 * Whatever compiles behaves in Python as in Node (TypeScriptToLua's expectToMatchJsResult): every
 * exported `test…` function in test/compiler/differential/ runs under Node and, compiled, under
 * Python 3.8 and 3.11; the JSON of each result (or the fact that it threw) must be identical.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { compileFiles, formatDiagnostic } from "../../transpiler/src/index";
import { toSnakeCase } from "../../transpiler/src/naming";
import { pythonVersions, runPython } from "../support/python";

const casesDirectory = path.join(__dirname, "differential");
const modules = readdirSync(casesDirectory)
  .filter((name) => name.endsWith(".ts"))
  .map((name) => name.replace(/\.ts$/, ""));

type Outcome = { value: unknown } | { threw: true };

/** Every case under Node: module → Python function name → outcome as JSON text. */
function runUnderNode(): Map<string, string> {
  const results = new Map<string, string>();
  for (const module of modules) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(path.join(casesDirectory, module)) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(exports)) {
      if (!exportName.startsWith("test") || typeof value !== "function") {
        continue;
      }
      let outcome: Outcome;
      try {
        outcome = { value: (value as () => unknown)() };
      } catch {
        outcome = { threw: true };
      }
      results.set(`${module}.${toSnakeCase(exportName)}`, JSON.stringify(outcome));
    }
  }
  return results;
}

const RUNNER = `
import importlib, json, sys
sys.path.insert(0, sys.argv[1])
from cases.js_runtime import js_json_stringify
results = {}
for module_name in sys.argv[2:]:
    module = importlib.import_module("cases." + module_name.replace("-", "_"))
    for name in sorted(dir(module)):
        function = getattr(module, name)
        if not name.startswith("test_") or not callable(function):
            continue
        try:
            outcome = {"value": function()}
        except Exception:
            outcome = {"threw": True}
        results[module_name + "." + name] = js_json_stringify(outcome)
print(json.dumps(results))
`;

let outputRoot: string;
const node = runUnderNode();
const caseNames = [...node.keys()].sort();
const python = new Map<string, Map<string, string>>();

beforeAll(() => {
  outputRoot = mkdtempSync(path.join(tmpdir(), "cloudsync-differential-"));
  const result = compileFiles({ files: modules.map((module) => path.join(casesDirectory, `${module}.ts`)), outDir: path.join(outputRoot, "cases") });
  expect(result.diagnostics.filter((diagnostic) => diagnostic.category === "error").map((diagnostic) => formatDiagnostic(diagnostic))).toEqual([]);
  for (const { label, executable } of pythonVersions()) {
    const printed = runPython(executable, ["-c", RUNNER, outputRoot, ...modules]);
    python.set(label, new Map(Object.entries(JSON.parse(printed) as Record<string, string>)));
  }
}, 120_000);

test("the suite has at least 400 cases, each found under Node and Python", () => {
  expect(caseNames.length).toBeGreaterThanOrEqual(400);
  for (const results of python.values()) {
    expect([...results.keys()].sort()).toEqual(caseNames);
  }
});

describe.each(pythonVersions().map((version) => version.label))("Python %s", (label) => {
  test.each(caseNames)("%s gives what Node gives", (caseName) => {
    expect(python.get(label)?.get(caseName)).toBe(node.get(caseName));
  });
});

test("the compiled cases pass pyright (basic) with zero errors", () => {
  writeFileSync(path.join(outputRoot, "pyrightconfig.json"), JSON.stringify({ typeCheckingMode: "basic", pythonVersion: "3.8", include: ["cases"] }));
  const result = spawnSync(path.join(__dirname, "..", "..", "node_modules", ".bin", "pyright"), ["-p", path.join(outputRoot, "pyrightconfig.json"), "--outputjson"], { encoding: "utf8" });
  const report = JSON.parse(result.stdout) as { generalDiagnostics: { file: string; severity: string; message: string; range: { start: { line: number } } }[]; summary: { filesAnalyzed: number } };
  const errors = report.generalDiagnostics.filter((diagnostic) => diagnostic.severity === "error").map((diagnostic) => `${path.basename(diagnostic.file)}:${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
  expect(errors).toEqual([]);
  expect(report.summary.filesAnalyzed).toBeGreaterThanOrEqual(modules.length);
}, 120_000);

test("the line map leads from a Python line back to the TypeScript line it came from", () => {
  const source = path.join(casesDirectory, "classes.ts");
  const result = compileFiles({ files: [source], outDir: mkdtempSync(path.join(tmpdir(), "cloudsync-linemap-")) });
  const compiled = result.modules.find((module) => module.sourceFile === source);
  expect(result.modules.map((module) => module.sourceFile)).toContain(source);
  const pythonLines = readFileSync(compiled?.outputFile ?? "", "utf8").split("\n");
  const typeScriptLines = readFileSync(source, "utf8").split("\n");
  const pythonLine = pythonLines.findIndex((line) => line.includes("def increment(self)"));
  const typeScriptLine = typeScriptLines.findIndex((line) => line.includes("increment(): number {"));
  expect(pythonLine).toBeGreaterThan(0);
  expect(compiled?.lineMap[pythonLine]).toBe(typeScriptLine + 1);
  const returnLine = pythonLines.findIndex((line) => line.includes('barks"') && line.includes("return"));
  expect(returnLine).toBeGreaterThan(0);
  expect(typeScriptLines[(compiled?.lineMap[returnLine] ?? 0) - 1]).toContain("barks");
});
