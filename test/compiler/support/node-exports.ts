/**
 * Running a module's exported `test…` functions under Node: in this process (the differential
 * suite's hand-written cases), or in a child Node with a bounded heap (generated programs, one of
 * which may grow an array or a text without bound). Every exported `test…` function is a case; its
 * outcome is the JSON of its result, or the fact that it threw.
 *
 * Run as a script, `node --require tsx/cjs node-exports.ts module=file.js …` prints one JSON object,
 * case name → outcome.
 */
import { spawnSync } from "node:child_process";
import { toSnakeCase } from "../../../transpiler/src/utils/naming";

export type Outcome = { value: unknown } | { threw: true };

/** What Node's result reads as when its JSON is longer than V8 can make (a generated key that grew without bound). */
export const TOO_LARGE = "(too large to compare)";

/** Runs exported `test…` functions: case name (`module.test_name`) → outcome as JSON text. */
export function runExportsUnderNode(module: string, exports: Record<string, unknown>, results = new Map<string, string>()): Map<string, string> {
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
    let text: string;
    try {
      text = JSON.stringify(outcome);
    } catch (error) {
      if (!(error instanceof RangeError)) {
        throw error;
      }
      text = TOO_LARGE;
    }
    results.set(`${module}.${toSnakeCase(exportName)}`, text);
  }
  return results;
}

/**
 * A generated program's heap under Node. The largest of 100,000 generated programs needed far less;
 * the two that grew an array without bound took Node's whole default heap (and with it the process
 * running every other program) before this limit.
 */
const HEAP_MEGABYTES = 1024;

/** Why a child Node gave no results: its heap ran out, or something else (named) went wrong. */
export interface ChildFailure {
  outOfMemory: boolean;
  reason: string;
}

/**
 * Runs CommonJS modules (module → JavaScript file) in one child Node: case name → outcome as JSON
 * text, or why the child gave none (its heap ran out; or it could not start, was killed, passed ten
 * minutes or exited with an error, each told as it happened rather than taken for the heap).
 */
export function runModulesInChildNode(files: Map<string, string>): Map<string, string> | ChildFailure {
  const run = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_MEGABYTES}`, "--require", "tsx/cjs", __filename, ...[...files].map(([module, file]) => `${module}=${file}`)],
    { encoding: "utf8", maxBuffer: 512 * 1024 * 1024, timeout: 600_000, cwd: __dirname },
  );
  if (run.status === 0) {
    return new Map(Object.entries(JSON.parse(run.stdout) as Record<string, string>));
  }
  // V8 prints "FATAL ERROR: … JavaScript heap out of memory" (or "Reached heap limit") and aborts.
  if (/heap out of memory|Reached heap limit/.test(run.stderr ?? "")) {
    return { outOfMemory: true, reason: "Node ran out of memory running it" };
  }
  const lastLine = (run.stderr ?? "").trim().split("\n").pop() ?? "";
  const how =
    run.error !== undefined
      ? `could not be run (${run.error.message})`
      : run.signal !== null
        ? `was killed by ${run.signal}`
        : `exited with status ${run.status}`;
  return { outOfMemory: false, reason: `Node ${how}${lastLine === "" ? "" : `: ${lastLine}`}` };
}

if (require.main === module) {
  const results = new Map<string, string>();
  for (const argument of process.argv.slice(2)) {
    const separator = argument.indexOf("=");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    runExportsUnderNode(argument.slice(0, separator), require(argument.slice(separator + 1)) as Record<string, unknown>, results);
  }
  process.stdout.write(JSON.stringify(Object.fromEntries(results)));
}
