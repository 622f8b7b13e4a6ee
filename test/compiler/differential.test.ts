/**
 * Whatever compiles behaves in Python as in Node (TypeScriptToLua's expectToMatchJsResult): every
 * exported `test…` function in test/compiler/differential/ runs under Node and, compiled, under
 * Python 3.8, 3.11 and 3.13; the JSON of each result (or the fact that it threw) must be identical.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { compileFiles } from "../../transpiler/src/index";
import { compileCases, runCompiledCases } from "./support/differential";
import { runExportsUnderNode } from "./support/node-exports";
import { compilerPythons } from "./support/pythons";

const casesDirectory = path.join(__dirname, "differential");
const modules = readdirSync(casesDirectory)
  .filter((name) => name.endsWith(".ts"))
  .map((name) => name.replace(/\.ts$/, ""));

/** Every case under Node: module → Python function name → outcome as JSON text. */
function runUnderNode(): Map<string, string> {
  const results = new Map<string, string>();
  for (const module of modules) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    runExportsUnderNode(module, require(path.join(casesDirectory, module)) as Record<string, unknown>, results);
  }
  return results;
}

let outputRoot: string;
const node = runUnderNode();
const caseNames = [...node.keys()].sort();
const pythons = compilerPythons();
const python = new Map<string, Map<string, string>>();

beforeAll(() => {
  const compiled = compileCases(modules.map((module) => path.join(casesDirectory, `${module}.ts`)));
  outputRoot = compiled.outputRoot;
  expect(compiled.errors).toEqual([]);
  for (const { label, executable } of pythons) {
    python.set(label, runCompiledCases(executable, outputRoot, modules));
  }
}, 180_000);

test("the suite has at least 1,000 cases, each found under Node and every Python", () => {
  expect(caseNames.length).toBeGreaterThanOrEqual(1000);
  expect([...python.keys()]).toEqual(["3.8", "3.11", "3.13"]);
  for (const results of python.values()) {
    expect([...results.keys()].sort()).toEqual(caseNames);
  }
});

describe.each(pythons.map((version) => version.label))("Python %s", (label) => {
  test.each(caseNames)("%s gives what Node gives", (caseName) => {
    expect(python.get(label)?.get(caseName)).toBe(node.get(caseName));
  });
});

test("the compiled cases pass pyright (basic) with zero errors", () => {
  writeFileSync(path.join(outputRoot, "pyrightconfig.json"), JSON.stringify({ typeCheckingMode: "basic", pythonVersion: "3.8", include: ["cases"] }));
  const result = spawnSync(
    path.join(__dirname, "..", "..", "node_modules", ".bin", "pyright"),
    ["-p", path.join(outputRoot, "pyrightconfig.json"), "--outputjson"],
    { encoding: "utf8" },
  );
  const report = JSON.parse(result.stdout) as {
    generalDiagnostics: { file: string; severity: string; message: string; range: { start: { line: number } } }[];
    summary: { filesAnalyzed: number };
  };
  const errors = report.generalDiagnostics
    .filter((diagnostic) => diagnostic.severity === "error")
    .map((diagnostic) => `${path.basename(diagnostic.file)}:${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
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
  const pythonLine = pythonLines.findIndex((line) => line.includes("def increment(self"));
  const typeScriptLine = typeScriptLines.findIndex((line) => line.includes("increment(): number {"));
  expect(pythonLine).toBeGreaterThan(0);
  expect(compiled?.lineMap[pythonLine]).toBe(typeScriptLine + 1);
  const returnLine = pythonLines.findIndex((line) => line.includes('barks"') && line.includes("return"));
  expect(returnLine).toBeGreaterThan(0);
  expect(typeScriptLines[(compiled?.lineMap[returnLine] ?? 0) - 1]).toContain("barks");
});
