/**
 * Running TypeScript cases under Node and, compiled, under Python, and comparing: shared by the
 * differential suite, the generative test and `npm run fuzz:compiler` (Node's side is node-exports.ts).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { compileFiles, formatDiagnostic } from "../../../transpiler/src/index";

/** Imports each module of the compiled package and runs its `test_…` functions, printing one JSON object. */
const RUNNER = `
import importlib, json, sys
try:
    # A program that builds text without bound (Node stops it at its longest string) raises
    # MemoryError here rather than taking the machine's memory and every other case with it.
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (8 << 30, 8 << 30))
except (ImportError, ValueError):
    pass
sys.path.insert(0, sys.argv[1])
sys.setrecursionlimit(10000)
from cases.js_runtime import js_json_stringify
results = {}
for module_name in sys.argv[2:]:
    try:
        module = importlib.import_module("cases." + module_name.replace("-", "_"))
    except Exception as error:
        results[module_name + ".__import__"] = "import failed: " + repr(error)
        continue
    for name in sorted(dir(module)):
        function = getattr(module, name)
        if not name.startswith("test_") or not callable(function):
            continue
        try:
            outcome = {"value": function()}
        except Exception:
            outcome = {"threw": True}
        try:
            results[module_name + "." + name] = js_json_stringify(outcome)
        except Exception as error:
            results[module_name + "." + name] = "unprintable: " + repr(error)
sys.stdout.write(json.dumps(results))
`;

export interface CompiledCases {
  outputRoot: string;
  errors: string[];
}

/** Compiles the modules into `<outputRoot>/cases`, a Python package. */
export function compileCases(files: string[], outputRoot = mkdtempSync(path.join(tmpdir(), "cloudsync-differential-"))): CompiledCases {
  const result = compileFiles({ files, outDir: path.join(outputRoot, "cases") });
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.category === "error").map((diagnostic) => formatDiagnostic(diagnostic));
  return { outputRoot, errors };
}

/** Runs every case of the compiled modules in one Python process: case name → outcome as JSON text. */
export function runCompiledCases(executable: string, outputRoot: string, modules: string[]): Map<string, string> {
  // Thousands of generated programs print megabytes: a large buffer, and a time limit so that a loop that never ends fails loudly.
  const run = spawnSync(executable, ["-c", RUNNER, outputRoot, ...modules], {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    timeout: 600_000,
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
  });
  if (run.status !== 0) {
    throw new Error(`${executable} failed (${run.error?.message ?? run.signal ?? `status ${run.status}`}):\n${run.stderr}`);
  }
  return new Map(Object.entries(JSON.parse(run.stdout) as Record<string, string>));
}
