/**
 * console.log and friends print in Python what Node prints: the same stdout and stderr, byte for
 * byte, under Python 3.8, 3.11 and 3.13 (each program's `main` in test/compiler/console/: a
 * differential case returns a value, and what console.log prints is not one).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { compileCases } from "./support/differential";
import { compilerPythons } from "./support/pythons";

const directory = path.join(__dirname, "console");
const sources = readdirSync(directory)
  .filter((name) => name.endsWith(".ts"))
  .sort()
  .map((name) => path.join(directory, name));

function underNode(source: string): { stdout: string; stderr: string } {
  const javascript = ts.transpileModule(readFileSync(source, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const run = spawnSync(process.execPath, ["-e", `${javascript}\nexports.main();`], { encoding: "utf8" });
  return { stdout: run.stdout, stderr: run.stderr };
}

const compiled = compileCases(sources);
const programs = sources.map((source) => ({ name: path.basename(source, ".ts"), node: underNode(source) }));

test("the programs compile", () => {
  expect(compiled.errors).toEqual([]);
});

describe.each(compilerPythons())("Python $label", ({ executable }) => {
  test.each(programs)("$name prints what Node prints, on the same streams", ({ name, node }) => {
    const module = name.replace(/-/g, "_");
    const run = spawnSync(executable, ["-c", `import sys; sys.path.insert(0, sys.argv[1]); from cases.${module} import main; main()`, compiled.outputRoot], {
      encoding: "utf8",
      env: { ...process.env, PYTHONIOENCODING: "utf-8" },
    });
    expect(run.stderr.includes("Traceback") ? run.stderr : "").toBe("");
    expect(run.stdout).toBe(node.stdout);
    expect(run.stderr).toBe(node.stderr);
  });
});
